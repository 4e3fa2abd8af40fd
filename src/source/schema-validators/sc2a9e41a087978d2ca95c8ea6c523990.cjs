// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sc2a9e41a087978d2ca95c8ea6c523990 = validate10;
const schema11 = {"type":"object","properties":{"name":{"description":"a string","text":true},"become":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"become_user":{"description":"a string","text":true},"become_method":{"description":"a string","text":true},"become_flags":{"description":"a string","text":true},"remote_user":{"description":"a string","text":true},"connection":{"description":"a string","text":true},"port":{"description":"a port number (1-65535)","anyOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"environment":{"description":"a mapping or a template","anyOf":[{"type":"object"},{"type":"null"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"vars":{"description":"a mapping or a list of mappings","anyOf":[{"type":"object"},{"type":"null"},{"type":"array","items":{"type":"object"}}]},"tags":{"description":"a string or a list of strings","anyOf":[{"anyOf":[{"type":"string"},{"type":"number"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}]},"no_log":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"check_mode":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"diff":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_errors":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_unreachable":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"any_errors_fatal":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"throttle":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"run_once":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"collections":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"delegate_to":{"description":"a string","text":true},"delegate_facts":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"notify":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"loop_control":{"type":"object","properties":{"loop_var":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"index_var":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"label":{"description":"a string","text":true},"pause":{"description":"a non-negative number","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"}]},"extended":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"extended_allitems":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"break_when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]}},"required":[],"additionalProperties":false},"register":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("\\{\\{|\\{%", "u");
const pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern15 = new RegExp("^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%", "u");

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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.become !== undefined){
let data1 = data.become;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.become.anyOf[0].type,parentSchema:schema11.properties.become.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(!((data1 === 0) || (data1 === 1))){
const err3 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.become.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.become.anyOf[1].enum,parentSchema:schema11.properties.become.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.become.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.become.anyOf[2].type,parentSchema:schema11.properties.become.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err6 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.become.anyOf,parentSchema:schema11.properties.become,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
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
if(data.become_user !== undefined){
let data2 = data.become_user;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err7 = {instancePath:instancePath+"/become_user",schemaPath:"#/properties/become_user/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_user,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.become_method !== undefined){
let data3 = data.become_method;
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err8 = {instancePath:instancePath+"/become_method",schemaPath:"#/properties/become_method/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_method,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.become_flags !== undefined){
let data4 = data.become_flags;
if(typeof data4 != "string" && !(data4 instanceof func3)){
const err9 = {instancePath:instancePath+"/become_flags",schemaPath:"#/properties/become_flags/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_flags,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.remote_user !== undefined){
let data5 = data.remote_user;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err10 = {instancePath:instancePath+"/remote_user",schemaPath:"#/properties/remote_user/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.remote_user,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.connection !== undefined){
let data6 = data.connection;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err11 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.connection,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.port !== undefined){
let data7 = data.port;
const _errs16 = errors;
let valid2 = false;
const _errs17 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
const err12 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.port.anyOf[0].type,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 65535 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid1 = _errs17 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs19 = errors;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.port.anyOf[1],data:data7};
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
const err16 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.port.anyOf[1].type,parentSchema:schema11.properties.port.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err17 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.port.anyOf,parentSchema:schema11.properties.port,data:data7};
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
if(data.environment !== undefined){
let data8 = data.environment;
const _errs22 = errors;
let valid3 = false;
const _errs23 = errors;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err18 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environment.anyOf[0].type,parentSchema:schema11.properties.environment.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs25 = errors;
if(data8 !== null){
const err19 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.environment.anyOf[1].type,parentSchema:schema11.properties.environment.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs27 = errors;
if(typeof data8 === "string"){
if(!pattern2.test(data8)){
const err20 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/2/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.environment.anyOf[2],data:data8};
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
const err21 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environment.anyOf[2].type,parentSchema:schema11.properties.environment.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid3 = valid3 || _valid2;
}
}
if(!valid3){
const err22 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.environment.anyOf,parentSchema:schema11.properties.environment,data:data8};
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
if(data.vars !== undefined){
let data9 = data.vars;
const _errs30 = errors;
let valid4 = false;
const _errs31 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err23 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[0].type,parentSchema:schema11.properties.vars.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs33 = errors;
if(data9 !== null){
const err24 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.vars.anyOf[1].type,parentSchema:schema11.properties.vars.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs35 = errors;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err25 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/anyOf/2/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[2].items.type,parentSchema:schema11.properties.vars.anyOf[2].items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.vars.anyOf[2].type,parentSchema:schema11.properties.vars.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid4 = valid4 || _valid3;
}
}
if(!valid4){
const err27 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars.anyOf,parentSchema:schema11.properties.vars,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
if(data.tags !== undefined){
let data11 = data.tags;
const _errs40 = errors;
let valid7 = false;
const _errs41 = errors;
const _errs42 = errors;
let valid8 = false;
const _errs43 = errors;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid5 = _errs43 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const _errs45 = errors;
if(!(typeof data11 == "number")){
const err29 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid8 = valid8 || _valid5;
}
if(!valid8){
const err30 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[0].anyOf,parentSchema:schema11.properties.tags.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
var _valid4 = _errs41 === errors;
valid7 = valid7 || _valid4;
if(!valid7){
const _errs47 = errors;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
const _errs50 = errors;
let valid11 = false;
const _errs51 = errors;
if(typeof data12 !== "string"){
const err31 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid11 = valid11 || _valid6;
if(!valid11){
const _errs53 = errors;
if(!(typeof data12 == "number")){
const err32 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid6 = _errs53 === errors;
valid11 = valid11 || _valid6;
}
if(!valid11){
const err33 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[1].items.anyOf,parentSchema:schema11.properties.tags.anyOf[1].items,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
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
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tags.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid4 = _errs47 === errors;
valid7 = valid7 || _valid4;
}
if(!valid7){
const err35 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf,parentSchema:schema11.properties.tags,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs40;
if(vErrors !== null){
if(_errs40){
vErrors.length = _errs40;
}
else {
vErrors = null;
}
}
}
}
if(data.no_log !== undefined){
let data13 = data.no_log;
const _errs56 = errors;
let valid12 = false;
const _errs57 = errors;
if(typeof data13 !== "boolean"){
const err36 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.no_log.anyOf[0].type,parentSchema:schema11.properties.no_log.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid7 = _errs57 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const _errs59 = errors;
if(!((data13 === 0) || (data13 === 1))){
const err37 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.no_log.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.no_log.anyOf[1].enum,parentSchema:schema11.properties.no_log.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs59 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const _errs60 = errors;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err38 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.no_log.anyOf[2],data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.no_log.anyOf[2].type,parentSchema:schema11.properties.no_log.anyOf[2],data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid7 = _errs60 === errors;
valid12 = valid12 || _valid7;
}
}
if(!valid12){
const err40 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.no_log.anyOf,parentSchema:schema11.properties.no_log,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
if(data.check_mode !== undefined){
let data14 = data.check_mode;
const _errs63 = errors;
let valid13 = false;
const _errs64 = errors;
if(typeof data14 !== "boolean"){
const err41 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.check_mode.anyOf[0].type,parentSchema:schema11.properties.check_mode.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid8 = _errs64 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const _errs66 = errors;
if(!((data14 === 0) || (data14 === 1))){
const err42 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.check_mode.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.check_mode.anyOf[1].enum,parentSchema:schema11.properties.check_mode.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid8 = _errs66 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const _errs67 = errors;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err43 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.check_mode.anyOf[2],data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.check_mode.anyOf[2].type,parentSchema:schema11.properties.check_mode.anyOf[2],data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid13 = valid13 || _valid8;
}
}
if(!valid13){
const err45 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.check_mode.anyOf,parentSchema:schema11.properties.check_mode,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.diff !== undefined){
let data15 = data.diff;
const _errs70 = errors;
let valid14 = false;
const _errs71 = errors;
if(typeof data15 !== "boolean"){
const err46 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.diff.anyOf[0].type,parentSchema:schema11.properties.diff.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid9 = _errs71 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs73 = errors;
if(!((data15 === 0) || (data15 === 1))){
const err47 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.diff.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.diff.anyOf[1].enum,parentSchema:schema11.properties.diff.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid9 = _errs73 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs74 = errors;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err48 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.diff.anyOf[2],data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.diff.anyOf[2].type,parentSchema:schema11.properties.diff.anyOf[2],data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid9 = _errs74 === errors;
valid14 = valid14 || _valid9;
}
}
if(!valid14){
const err50 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.diff.anyOf,parentSchema:schema11.properties.diff,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore_errors !== undefined){
let data16 = data.ignore_errors;
const _errs77 = errors;
let valid15 = false;
const _errs78 = errors;
if(typeof data16 !== "boolean"){
const err51 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_errors.anyOf[0].type,parentSchema:schema11.properties.ignore_errors.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid10 = _errs78 === errors;
valid15 = valid15 || _valid10;
if(!valid15){
const _errs80 = errors;
if(!((data16 === 0) || (data16 === 1))){
const err52 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_errors.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_errors.anyOf[1].enum,parentSchema:schema11.properties.ignore_errors.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid10 = _errs80 === errors;
valid15 = valid15 || _valid10;
if(!valid15){
const _errs81 = errors;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err53 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_errors.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_errors.anyOf[2].type,parentSchema:schema11.properties.ignore_errors.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid10 = _errs81 === errors;
valid15 = valid15 || _valid10;
}
}
if(!valid15){
const err55 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_errors.anyOf,parentSchema:schema11.properties.ignore_errors,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore_unreachable !== undefined){
let data17 = data.ignore_unreachable;
const _errs84 = errors;
let valid16 = false;
const _errs85 = errors;
if(typeof data17 !== "boolean"){
const err56 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_unreachable.anyOf[0].type,parentSchema:schema11.properties.ignore_unreachable.anyOf[0],data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid11 = _errs85 === errors;
valid16 = valid16 || _valid11;
if(!valid16){
const _errs87 = errors;
if(!((data17 === 0) || (data17 === 1))){
const err57 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_unreachable.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_unreachable.anyOf[1].enum,parentSchema:schema11.properties.ignore_unreachable.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid11 = _errs87 === errors;
valid16 = valid16 || _valid11;
if(!valid16){
const _errs88 = errors;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err58 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_unreachable.anyOf[2],data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_unreachable.anyOf[2].type,parentSchema:schema11.properties.ignore_unreachable.anyOf[2],data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid11 = _errs88 === errors;
valid16 = valid16 || _valid11;
}
}
if(!valid16){
const err60 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_unreachable.anyOf,parentSchema:schema11.properties.ignore_unreachable,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs84;
if(vErrors !== null){
if(_errs84){
vErrors.length = _errs84;
}
else {
vErrors = null;
}
}
}
}
if(data.any_errors_fatal !== undefined){
let data18 = data.any_errors_fatal;
const _errs91 = errors;
let valid17 = false;
const _errs92 = errors;
if(typeof data18 !== "boolean"){
const err61 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.any_errors_fatal.anyOf[0].type,parentSchema:schema11.properties.any_errors_fatal.anyOf[0],data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid12 = _errs92 === errors;
valid17 = valid17 || _valid12;
if(!valid17){
const _errs94 = errors;
if(!((data18 === 0) || (data18 === 1))){
const err62 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.any_errors_fatal.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.any_errors_fatal.anyOf[1].enum,parentSchema:schema11.properties.any_errors_fatal.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid12 = _errs94 === errors;
valid17 = valid17 || _valid12;
if(!valid17){
const _errs95 = errors;
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
const err63 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.any_errors_fatal.anyOf[2],data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.any_errors_fatal.anyOf[2].type,parentSchema:schema11.properties.any_errors_fatal.anyOf[2],data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
var _valid12 = _errs95 === errors;
valid17 = valid17 || _valid12;
}
}
if(!valid17){
const err65 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.any_errors_fatal.anyOf,parentSchema:schema11.properties.any_errors_fatal,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
if(data.timeout !== undefined){
let data19 = data.timeout;
const _errs98 = errors;
let valid18 = false;
const _errs99 = errors;
if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){
const err66 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.timeout.anyOf[0].type,parentSchema:schema11.properties.timeout.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err67 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.timeout.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var _valid13 = _errs99 === errors;
valid18 = valid18 || _valid13;
if(!valid18){
const _errs101 = errors;
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err68 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.timeout.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.timeout.anyOf[1].type,parentSchema:schema11.properties.timeout.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid13 = _errs101 === errors;
valid18 = valid18 || _valid13;
}
if(!valid18){
const err70 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.timeout.anyOf,parentSchema:schema11.properties.timeout,data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data.throttle !== undefined){
let data20 = data.throttle;
const _errs104 = errors;
let valid19 = false;
const _errs105 = errors;
if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){
const err71 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.throttle.anyOf[0].type,parentSchema:schema11.properties.throttle.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 < 0 || isNaN(data20)){
const err72 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.throttle.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
var _valid14 = _errs105 === errors;
valid19 = valid19 || _valid14;
if(!valid19){
const _errs107 = errors;
if(typeof data20 === "string"){
if(!pattern1.test(data20)){
const err73 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.throttle.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.throttle.anyOf[1].type,parentSchema:schema11.properties.throttle.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid14 = _errs107 === errors;
valid19 = valid19 || _valid14;
}
if(!valid19){
const err75 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.throttle.anyOf,parentSchema:schema11.properties.throttle,data:data20};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
else {
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
}
}
if(data.run_once !== undefined){
let data21 = data.run_once;
const _errs110 = errors;
let valid20 = false;
const _errs111 = errors;
if(typeof data21 !== "boolean"){
const err76 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.run_once.anyOf[0].type,parentSchema:schema11.properties.run_once.anyOf[0],data:data21};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid15 = _errs111 === errors;
valid20 = valid20 || _valid15;
if(!valid20){
const _errs113 = errors;
if(!((data21 === 0) || (data21 === 1))){
const err77 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.run_once.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.run_once.anyOf[1].enum,parentSchema:schema11.properties.run_once.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid15 = _errs113 === errors;
valid20 = valid20 || _valid15;
if(!valid20){
const _errs114 = errors;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err78 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.run_once.anyOf[2],data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.run_once.anyOf[2].type,parentSchema:schema11.properties.run_once.anyOf[2],data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid15 = _errs114 === errors;
valid20 = valid20 || _valid15;
}
}
if(!valid20){
const err80 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.run_once.anyOf,parentSchema:schema11.properties.run_once,data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
else {
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
}
}
if(data.collections !== undefined){
let data22 = data.collections;
const _errs117 = errors;
let valid21 = false;
const _errs118 = errors;
if(typeof data22 !== "string"){
const err81 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.collections.anyOf[0].type,parentSchema:schema11.properties.collections.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid16 = _errs118 === errors;
valid21 = valid21 || _valid16;
if(!valid21){
const _errs120 = errors;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 !== "string"){
const err82 = {instancePath:instancePath+"/collections/" + i2,schemaPath:"#/properties/collections/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.collections.anyOf[1].items.type,parentSchema:schema11.properties.collections.anyOf[1].items,data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.collections.anyOf[1].type,parentSchema:schema11.properties.collections.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid16 = _errs120 === errors;
valid21 = valid21 || _valid16;
}
if(!valid21){
const err84 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.collections.anyOf,parentSchema:schema11.properties.collections,data:data22};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
else {
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
}
}
if(data.when !== undefined){
let data24 = data.when;
const _errs125 = errors;
let valid24 = false;
const _errs126 = errors;
const _errs127 = errors;
let valid25 = false;
const _errs128 = errors;
if(typeof data24 !== "string"){
const err85 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid18 = _errs128 === errors;
valid25 = valid25 || _valid18;
if(!valid25){
const _errs130 = errors;
if(typeof data24 !== "boolean"){
const err86 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid18 = _errs130 === errors;
valid25 = valid25 || _valid18;
}
if(!valid25){
const err87 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[0].anyOf,parentSchema:schema11.properties.when.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
}
var _valid17 = _errs126 === errors;
valid24 = valid24 || _valid17;
if(!valid24){
const _errs132 = errors;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
const _errs135 = errors;
let valid28 = false;
const _errs136 = errors;
if(typeof data25 !== "string"){
const err88 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid19 = _errs136 === errors;
valid28 = valid28 || _valid19;
if(!valid28){
const _errs138 = errors;
if(typeof data25 !== "boolean"){
const err89 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid19 = _errs138 === errors;
valid28 = valid28 || _valid19;
}
if(!valid28){
const err90 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[1].items.anyOf,parentSchema:schema11.properties.when.anyOf[1].items,data:data25};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs135;
if(vErrors !== null){
if(_errs135){
vErrors.length = _errs135;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.when.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid17 = _errs132 === errors;
valid24 = valid24 || _valid17;
}
if(!valid24){
const err92 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf,parentSchema:schema11.properties.when,data:data24};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
}
}
if(data.delegate_to !== undefined){
let data26 = data.delegate_to;
if(typeof data26 != "string" && !(data26 instanceof func3)){
const err93 = {instancePath:instancePath+"/delegate_to",schemaPath:"#/properties/delegate_to/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.delegate_to,data:data26};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data.delegate_facts !== undefined){
let data27 = data.delegate_facts;
const _errs142 = errors;
let valid29 = false;
const _errs143 = errors;
if(typeof data27 !== "boolean"){
const err94 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.delegate_facts.anyOf[0].type,parentSchema:schema11.properties.delegate_facts.anyOf[0],data:data27};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid20 = _errs143 === errors;
valid29 = valid29 || _valid20;
if(!valid29){
const _errs145 = errors;
if(!((data27 === 0) || (data27 === 1))){
const err95 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.delegate_facts.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.delegate_facts.anyOf[1].enum,parentSchema:schema11.properties.delegate_facts.anyOf[1],data:data27};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
var _valid20 = _errs145 === errors;
valid29 = valid29 || _valid20;
if(!valid29){
const _errs146 = errors;
if(typeof data27 === "string"){
if(!pattern0.test(data27)){
const err96 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.delegate_facts.anyOf[2],data:data27};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.delegate_facts.anyOf[2].type,parentSchema:schema11.properties.delegate_facts.anyOf[2],data:data27};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid20 = _errs146 === errors;
valid29 = valid29 || _valid20;
}
}
if(!valid29){
const err98 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.delegate_facts.anyOf,parentSchema:schema11.properties.delegate_facts,data:data27};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
else {
errors = _errs142;
if(vErrors !== null){
if(_errs142){
vErrors.length = _errs142;
}
else {
vErrors = null;
}
}
}
}
if(data.notify !== undefined){
let data28 = data.notify;
const _errs149 = errors;
let valid30 = false;
const _errs150 = errors;
if(typeof data28 !== "string"){
const err99 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.notify.anyOf[0].type,parentSchema:schema11.properties.notify.anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid21 = _errs150 === errors;
valid30 = valid30 || _valid21;
if(!valid30){
const _errs152 = errors;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(typeof data29 !== "string"){
const err100 = {instancePath:instancePath+"/notify/" + i4,schemaPath:"#/properties/notify/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.notify.anyOf[1].items.type,parentSchema:schema11.properties.notify.anyOf[1].items,data:data29};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.notify.anyOf[1].type,parentSchema:schema11.properties.notify.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid21 = _errs152 === errors;
valid30 = valid30 || _valid21;
}
if(!valid30){
const err102 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.notify.anyOf,parentSchema:schema11.properties.notify,data:data28};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
else {
errors = _errs149;
if(vErrors !== null){
if(_errs149){
vErrors.length = _errs149;
}
else {
vErrors = null;
}
}
}
}
if(data.loop_control !== undefined){
let data30 = data.loop_control;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key1 in data30){
if(!(((((((key1 === "loop_var") || (key1 === "index_var")) || (key1 === "label")) || (key1 === "pause")) || (key1 === "extended")) || (key1 === "extended_allitems")) || (key1 === "break_when"))){
const err103 = {instancePath:instancePath+"/loop_control",schemaPath:"#/properties/loop_control/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.loop_control,data:data30};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data30.loop_var !== undefined){
let data31 = data30.loop_var;
if(typeof data31 === "string"){
if(!pattern13.test(data31)){
const err104 = {instancePath:instancePath+"/loop_control/loop_var",schemaPath:"#/properties/loop_control/properties/loop_var/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.loop_control.properties.loop_var,data:data31};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/loop_control/loop_var",schemaPath:"#/properties/loop_control/properties/loop_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.loop_var.type,parentSchema:schema11.properties.loop_control.properties.loop_var,data:data31};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data30.index_var !== undefined){
let data32 = data30.index_var;
if(typeof data32 === "string"){
if(!pattern13.test(data32)){
const err106 = {instancePath:instancePath+"/loop_control/index_var",schemaPath:"#/properties/loop_control/properties/index_var/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.loop_control.properties.index_var,data:data32};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/loop_control/index_var",schemaPath:"#/properties/loop_control/properties/index_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.index_var.type,parentSchema:schema11.properties.loop_control.properties.index_var,data:data32};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data30.label !== undefined){
let data33 = data30.label;
if(typeof data33 != "string" && !(data33 instanceof func3)){
const err108 = {instancePath:instancePath+"/loop_control/label",schemaPath:"#/properties/loop_control/properties/label/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.loop_control.properties.label,data:data33};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data30.pause !== undefined){
let data34 = data30.pause;
const _errs165 = errors;
let valid34 = false;
const _errs166 = errors;
if(typeof data34 == "number"){
if(data34 < 0 || isNaN(data34)){
const err109 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.loop_control.properties.pause.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[0],data:data34};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid22 = _errs166 === errors;
valid34 = valid34 || _valid22;
if(!valid34){
const _errs168 = errors;
if(typeof data34 === "string"){
if(!pattern15.test(data34)){
const err111 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.pause.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.pause.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[1],data:data34};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid22 = _errs168 === errors;
valid34 = valid34 || _valid22;
}
if(!valid34){
const err113 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.pause.anyOf,parentSchema:schema11.properties.loop_control.properties.pause,data:data34};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs165;
if(vErrors !== null){
if(_errs165){
vErrors.length = _errs165;
}
else {
vErrors = null;
}
}
}
}
if(data30.extended !== undefined){
let data35 = data30.extended;
const _errs171 = errors;
let valid35 = false;
const _errs172 = errors;
if(typeof data35 !== "boolean"){
const err114 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.extended.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[0],data:data35};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
var _valid23 = _errs172 === errors;
valid35 = valid35 || _valid23;
if(!valid35){
const _errs174 = errors;
if(!((data35 === 0) || (data35 === 1))){
const err115 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.loop_control.properties.extended.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.loop_control.properties.extended.anyOf[1].enum,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[1],data:data35};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
var _valid23 = _errs174 === errors;
valid35 = valid35 || _valid23;
if(!valid35){
const _errs175 = errors;
if(typeof data35 === "string"){
if(!pattern0.test(data35)){
const err116 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.extended.anyOf[2],data:data35};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.extended.anyOf[2].type,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[2],data:data35};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid23 = _errs175 === errors;
valid35 = valid35 || _valid23;
}
}
if(!valid35){
const err118 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.extended.anyOf,parentSchema:schema11.properties.loop_control.properties.extended,data:data35};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs171;
if(vErrors !== null){
if(_errs171){
vErrors.length = _errs171;
}
else {
vErrors = null;
}
}
}
}
if(data30.extended_allitems !== undefined){
let data36 = data30.extended_allitems;
const _errs178 = errors;
let valid36 = false;
const _errs179 = errors;
if(typeof data36 !== "boolean"){
const err119 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
var _valid24 = _errs179 === errors;
valid36 = valid36 || _valid24;
if(!valid36){
const _errs181 = errors;
if(!((data36 === 0) || (data36 === 1))){
const err120 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.loop_control.properties.extended_allitems.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[1].enum,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[1],data:data36};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid24 = _errs181 === errors;
valid36 = valid36 || _valid24;
if(!valid36){
const _errs182 = errors;
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
const err121 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2],data:data36};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2].type,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2],data:data36};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
var _valid24 = _errs182 === errors;
valid36 = valid36 || _valid24;
}
}
if(!valid36){
const err123 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf,parentSchema:schema11.properties.loop_control.properties.extended_allitems,data:data36};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
else {
errors = _errs178;
if(vErrors !== null){
if(_errs178){
vErrors.length = _errs178;
}
else {
vErrors = null;
}
}
}
}
if(data30.break_when !== undefined){
let data37 = data30.break_when;
const _errs185 = errors;
let valid37 = false;
const _errs186 = errors;
const _errs187 = errors;
let valid38 = false;
const _errs188 = errors;
if(typeof data37 !== "string"){
const err124 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[0],data:data37};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid26 = _errs188 === errors;
valid38 = valid38 || _valid26;
if(!valid38){
const _errs190 = errors;
if(typeof data37 !== "boolean"){
const err125 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[1],data:data37};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid26 = _errs190 === errors;
valid38 = valid38 || _valid26;
}
if(!valid38){
const err126 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0],data:data37};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
else {
errors = _errs187;
if(vErrors !== null){
if(_errs187){
vErrors.length = _errs187;
}
else {
vErrors = null;
}
}
}
var _valid25 = _errs186 === errors;
valid37 = valid37 || _valid25;
if(!valid37){
const _errs192 = errors;
if(Array.isArray(data37)){
const len5 = data37.length;
for(let i5=0; i5<len5; i5++){
let data38 = data37[i5];
const _errs195 = errors;
let valid41 = false;
const _errs196 = errors;
if(typeof data38 !== "string"){
const err127 = {instancePath:instancePath+"/loop_control/break_when/" + i5,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid27 = _errs196 === errors;
valid41 = valid41 || _valid27;
if(!valid41){
const _errs198 = errors;
if(typeof data38 !== "boolean"){
const err128 = {instancePath:instancePath+"/loop_control/break_when/" + i5,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[1],data:data38};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid27 = _errs198 === errors;
valid41 = valid41 || _valid27;
}
if(!valid41){
const err129 = {instancePath:instancePath+"/loop_control/break_when/" + i5,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items,data:data38};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
else {
errors = _errs195;
if(vErrors !== null){
if(_errs195){
vErrors.length = _errs195;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err130 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1],data:data37};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid25 = _errs192 === errors;
valid37 = valid37 || _valid25;
}
if(!valid37){
const err131 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf,parentSchema:schema11.properties.loop_control.properties.break_when,data:data37};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
errors = _errs185;
if(vErrors !== null){
if(_errs185){
vErrors.length = _errs185;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err132 = {instancePath:instancePath+"/loop_control",schemaPath:"#/properties/loop_control/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.loop_control.type,parentSchema:schema11.properties.loop_control,data:data30};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.register !== undefined){
let data39 = data.register;
if(typeof data39 === "string"){
if(!pattern13.test(data39)){
const err133 = {instancePath:instancePath+"/register",schemaPath:"#/properties/register/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.register,data:data39};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/register",schemaPath:"#/properties/register/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.register.type,parentSchema:schema11.properties.register,data:data39};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sc2a9e41a087978d2ca95c8ea6c523990;
};
