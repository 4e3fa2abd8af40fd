// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s1b4f100db97f8d5322310da47b00d2e1 = validate10;
const schema11 = {"type":"object","properties":{"reboot_timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"connect_timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"pre_reboot_delay":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"post_reboot_delay":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"msg":{"description":"the message shown to logged-in users","text":true},"test_command":{"description":"a command that succeeds once the host is usable","text":true},"reboot_command":{"description":"the command (and arguments) that reboots the host","text":true},"boot_time_command":{"description":"a command whose output changes with every boot","text":true},"search_paths":{"description":"a directory or a list of directories","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");

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
if(data.reboot_timeout !== undefined){
let data0 = data.reboot_timeout;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/reboot_timeout",schemaPath:"#/properties/reboot_timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.reboot_timeout.anyOf[0].type,parentSchema:schema11.properties.reboot_timeout.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/reboot_timeout",schemaPath:"#/properties/reboot_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.reboot_timeout.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/reboot_timeout",schemaPath:"#/properties/reboot_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.reboot_timeout.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/reboot_timeout",schemaPath:"#/properties/reboot_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.reboot_timeout.anyOf[1].type,parentSchema:schema11.properties.reboot_timeout.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/reboot_timeout",schemaPath:"#/properties/reboot_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.reboot_timeout.anyOf,parentSchema:schema11.properties.reboot_timeout,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.connect_timeout !== undefined){
let data1 = data.connect_timeout;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.connect_timeout.anyOf[0].type,parentSchema:schema11.properties.connect_timeout.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.connect_timeout.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs12 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.connect_timeout.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.connect_timeout.anyOf[1].type,parentSchema:schema11.properties.connect_timeout.anyOf[1],data:data1};
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
}
if(!valid2){
const err10 = {instancePath:instancePath+"/connect_timeout",schemaPath:"#/properties/connect_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.connect_timeout.anyOf,parentSchema:schema11.properties.connect_timeout,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.pre_reboot_delay !== undefined){
let data2 = data.pre_reboot_delay;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err11 = {instancePath:instancePath+"/pre_reboot_delay",schemaPath:"#/properties/pre_reboot_delay/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.pre_reboot_delay.anyOf[0].type,parentSchema:schema11.properties.pre_reboot_delay.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/pre_reboot_delay",schemaPath:"#/properties/pre_reboot_delay/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.pre_reboot_delay.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid2 = _errs16 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs18 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err13 = {instancePath:instancePath+"/pre_reboot_delay",schemaPath:"#/properties/pre_reboot_delay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.pre_reboot_delay.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/pre_reboot_delay",schemaPath:"#/properties/pre_reboot_delay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.pre_reboot_delay.anyOf[1].type,parentSchema:schema11.properties.pre_reboot_delay.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err15 = {instancePath:instancePath+"/pre_reboot_delay",schemaPath:"#/properties/pre_reboot_delay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.pre_reboot_delay.anyOf,parentSchema:schema11.properties.pre_reboot_delay,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.post_reboot_delay !== undefined){
let data3 = data.post_reboot_delay;
const _errs21 = errors;
let valid4 = false;
const _errs22 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err16 = {instancePath:instancePath+"/post_reboot_delay",schemaPath:"#/properties/post_reboot_delay/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.post_reboot_delay.anyOf[0].type,parentSchema:schema11.properties.post_reboot_delay.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/post_reboot_delay",schemaPath:"#/properties/post_reboot_delay/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.post_reboot_delay.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid3 = _errs22 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs24 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err18 = {instancePath:instancePath+"/post_reboot_delay",schemaPath:"#/properties/post_reboot_delay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.post_reboot_delay.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/post_reboot_delay",schemaPath:"#/properties/post_reboot_delay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.post_reboot_delay.anyOf[1].type,parentSchema:schema11.properties.post_reboot_delay.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err20 = {instancePath:instancePath+"/post_reboot_delay",schemaPath:"#/properties/post_reboot_delay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.post_reboot_delay.anyOf,parentSchema:schema11.properties.post_reboot_delay,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
if(data.msg !== undefined){
let data4 = data.msg;
if(typeof data4 != "string" && !(data4 instanceof func3)){
const err21 = {instancePath:instancePath+"/msg",schemaPath:"#/properties/msg/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.msg,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.test_command !== undefined){
let data5 = data.test_command;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err22 = {instancePath:instancePath+"/test_command",schemaPath:"#/properties/test_command/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.test_command,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.reboot_command !== undefined){
let data6 = data.reboot_command;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err23 = {instancePath:instancePath+"/reboot_command",schemaPath:"#/properties/reboot_command/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.reboot_command,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.boot_time_command !== undefined){
let data7 = data.boot_time_command;
if(typeof data7 != "string" && !(data7 instanceof func3)){
const err24 = {instancePath:instancePath+"/boot_time_command",schemaPath:"#/properties/boot_time_command/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.boot_time_command,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.search_paths !== undefined){
let data8 = data.search_paths;
const _errs31 = errors;
let valid5 = false;
const _errs32 = errors;
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/search_paths",schemaPath:"#/properties/search_paths/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.search_paths.anyOf[0].type,parentSchema:schema11.properties.search_paths.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs32 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs34 = errors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/search_paths/" + i0,schemaPath:"#/properties/search_paths/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.search_paths.anyOf[1].items.type,parentSchema:schema11.properties.search_paths.anyOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/search_paths",schemaPath:"#/properties/search_paths/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.search_paths.anyOf[1].type,parentSchema:schema11.properties.search_paths.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid4 = _errs34 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err28 = {instancePath:instancePath+"/search_paths",schemaPath:"#/properties/search_paths/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.search_paths.anyOf,parentSchema:schema11.properties.search_paths,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s1b4f100db97f8d5322310da47b00d2e1;
};
