// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sc107e02d5f3f0d5e6b34b0fbda31b36e = validate10;
const schema11 = {"type":"object","properties":{"host":{"description":"a string","text":true},"port":{"description":"a port number (1-65535)","anyOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"path":{"description":"a path","text":true},"state":{"description":"'started', 'stopped', 'present', 'absent' or 'drained'","anyOf":[{"enum":["started","stopped","present","absent","drained"]},{"type":"string","pattern":"\\{\\{|\\{%"}]},"timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"delay":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"connect_timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"sleep":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"search_regex":{"description":"a string","text":true},"msg":{"description":"a string","text":true},"exclude_hosts":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"active_connection_states":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.host !== undefined){
let data0 = data.host;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.host,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.port.anyOf[0].type,parentSchema:schema11.properties.port.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 > 65535 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.port.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.port.anyOf[1].type,parentSchema:schema11.properties.port.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err7 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.port.anyOf,parentSchema:schema11.properties.port,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
if(data.path !== undefined){
let data2 = data.path;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err8 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.path,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.state !== undefined){
let data3 = data.state;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(!(((((data3 === "started") || (data3 === "stopped")) || (data3 === "present")) || (data3 === "absent")) || (data3 === "drained"))){
const err9 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.state.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.state.anyOf[0].enum,parentSchema:schema11.properties.state.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs13 = errors;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err10 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.state.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.state.anyOf[1].type,parentSchema:schema11.properties.state.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err12 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.state.anyOf,parentSchema:schema11.properties.state,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.timeout !== undefined){
let data4 = data.timeout;
const _errs16 = errors;
let valid3 = false;
const _errs17 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err13 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.timeout.anyOf[0].type,parentSchema:schema11.properties.timeout.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.timeout.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid2 = _errs17 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs19 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err15 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.timeout.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.timeout.anyOf[1].type,parentSchema:schema11.properties.timeout.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err17 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.timeout.anyOf,parentSchema:schema11.properties.timeout,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.delay !== undefined){
let data5 = data.delay;
const _errs22 = errors;
let valid4 = false;
const _errs23 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err18 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.delay.anyOf[0].type,parentSchema:schema11.properties.delay.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(typeof data5 == "number"){
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.delay.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid3 = _errs23 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs25 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err20 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.delay.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.delay.anyOf[1].type,parentSchema:schema11.properties.delay.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs25 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err22 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.delay.anyOf,parentSchema:schema11.properties.delay,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.connect_timeout !== undefined){
let data6 = data.connect_timeout;
const _errs28 = errors;
let valid5 = false;
const _errs29 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err23 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.connect_timeout.anyOf[0].type,parentSchema:schema11.properties.connect_timeout.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.connect_timeout.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid4 = _errs29 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs31 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err25 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.connect_timeout.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.connect_timeout.anyOf[1].type,parentSchema:schema11.properties.connect_timeout.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs31 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err27 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.connect_timeout.anyOf,parentSchema:schema11.properties.connect_timeout,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.sleep !== undefined){
let data7 = data.sleep;
const _errs34 = errors;
let valid6 = false;
const _errs35 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err28 = {instancePath:instancePath+"/sleep",schemaPath:"#/properties/sleep/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.sleep.anyOf[0].type,parentSchema:schema11.properties.sleep.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/sleep",schemaPath:"#/properties/sleep/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.sleep.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid5 = _errs35 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs37 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err30 = {instancePath:instancePath+"/sleep",schemaPath:"#/properties/sleep/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.sleep.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/sleep",schemaPath:"#/properties/sleep/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sleep.anyOf[1].type,parentSchema:schema11.properties.sleep.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid5 = _errs37 === errors;
valid6 = valid6 || _valid5;
}
if(!valid6){
const err32 = {instancePath:instancePath+"/sleep",schemaPath:"#/properties/sleep/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.sleep.anyOf,parentSchema:schema11.properties.sleep,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.search_regex !== undefined){
let data8 = data.search_regex;
if(typeof data8 != "string" && !(data8 instanceof func3)){
const err33 = {instancePath:instancePath+"/search_regex",schemaPath:"#/properties/search_regex/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.search_regex,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.msg !== undefined){
let data9 = data.msg;
if(typeof data9 != "string" && !(data9 instanceof func3)){
const err34 = {instancePath:instancePath+"/msg",schemaPath:"#/properties/msg/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.msg,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.exclude_hosts !== undefined){
let data10 = data.exclude_hosts;
const _errs42 = errors;
let valid7 = false;
const _errs43 = errors;
if(typeof data10 !== "string"){
const err35 = {instancePath:instancePath+"/exclude_hosts",schemaPath:"#/properties/exclude_hosts/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exclude_hosts.anyOf[0].type,parentSchema:schema11.properties.exclude_hosts.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid6 = _errs43 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs45 = errors;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err36 = {instancePath:instancePath+"/exclude_hosts/" + i0,schemaPath:"#/properties/exclude_hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exclude_hosts.anyOf[1].items.type,parentSchema:schema11.properties.exclude_hosts.anyOf[1].items,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/exclude_hosts",schemaPath:"#/properties/exclude_hosts/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exclude_hosts.anyOf[1].type,parentSchema:schema11.properties.exclude_hosts.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid6 = _errs45 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err38 = {instancePath:instancePath+"/exclude_hosts",schemaPath:"#/properties/exclude_hosts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.exclude_hosts.anyOf,parentSchema:schema11.properties.exclude_hosts,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.active_connection_states !== undefined){
let data12 = data.active_connection_states;
const _errs50 = errors;
let valid10 = false;
const _errs51 = errors;
if(typeof data12 !== "string"){
const err39 = {instancePath:instancePath+"/active_connection_states",schemaPath:"#/properties/active_connection_states/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.active_connection_states.anyOf[0].type,parentSchema:schema11.properties.active_connection_states.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid7 = _errs51 === errors;
valid10 = valid10 || _valid7;
if(!valid10){
const _errs53 = errors;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(typeof data13 !== "string"){
const err40 = {instancePath:instancePath+"/active_connection_states/" + i1,schemaPath:"#/properties/active_connection_states/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.active_connection_states.anyOf[1].items.type,parentSchema:schema11.properties.active_connection_states.anyOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/active_connection_states",schemaPath:"#/properties/active_connection_states/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.active_connection_states.anyOf[1].type,parentSchema:schema11.properties.active_connection_states.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid7 = _errs53 === errors;
valid10 = valid10 || _valid7;
}
if(!valid10){
const err42 = {instancePath:instancePath+"/active_connection_states",schemaPath:"#/properties/active_connection_states/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.active_connection_states.anyOf,parentSchema:schema11.properties.active_connection_states,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sc107e02d5f3f0d5e6b34b0fbda31b36e;
};
