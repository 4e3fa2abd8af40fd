// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s8fba4a6683202b19513f0cf7309fa539 = validate10;
const schema11 = {"type":"object","properties":{"name":{"description":"a string","text":true},"become":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"become_user":{"description":"a string","text":true},"become_method":{"description":"a string","text":true},"become_flags":{"description":"a string","text":true},"remote_user":{"description":"a string","text":true},"connection":{"description":"a string","text":true},"port":{"description":"a port number (1-65535)","anyOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"environment":{"description":"a mapping or a template","anyOf":[{"type":"object"},{"type":"null"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"vars":{"description":"a mapping or a list of mappings","anyOf":[{"type":"object"},{"type":"null"},{"type":"array","items":{"type":"object"}}]},"tags":{"description":"a string or a list of strings","anyOf":[{"anyOf":[{"type":"string"},{"type":"number"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}]},"no_log":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"check_mode":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"diff":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_errors":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_unreachable":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"any_errors_fatal":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"throttle":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"run_once":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"collections":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"hosts":{"description":"a host pattern or a list of them","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]},"vars_prompt":{"description":"a list of prompts","anyOf":[{"type":"array","items":{"type":"object","properties":{"name":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"prompt":{"description":"a string","text":true},"default":{},"private":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"confirm":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"unsafe":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"encrypt":{"description":"a string","text":true},"salt":{"description":"a string","text":true},"salt_size":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]}},"required":["name"],"additionalProperties":false}},{"type":"null"}]},"vars_files":{"description":"a path or a list of paths","anyOf":[{"type":"string"},{"type":"array"},{"type":"null"}]},"gather_facts":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"gather_subset":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"gather_timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"serial":{"description":"a number, a percentage like \"30%\" or a list of them","anyOf":[{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"}]},{"type":"array","items":{"anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"}]}}]},"strategy":{"description":"a strategy name","text":true},"max_fail_percentage":{"description":"a percentage (0-100, optionally with %)","anyOf":[{"type":"number","minimum":0,"maximum":100},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"}]},"order":{"description":"'inventory', 'reverse_inventory', 'sorted', 'reverse_sorted' or 'shuffle'","anyOf":[{"enum":["inventory","reverse_inventory","sorted","reverse_sorted","shuffle"]},{"type":"string","pattern":"\\{\\{|\\{%"}]},"force_handlers":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"roles":{"description":"a list of roles","anyOf":[{"type":"array"},{"type":"null"}]},"pre_tasks":{"description":"a list of tasks","anyOf":[{"type":"array"},{"type":"null"}]},"tasks":{"description":"a list of tasks","anyOf":[{"type":"array"},{"type":"null"}]},"post_tasks":{"description":"a list of tasks","anyOf":[{"type":"array"},{"type":"null"}]},"handlers":{"description":"a list of tasks","anyOf":[{"type":"array"},{"type":"null"}]}},"required":["hosts"],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const func9 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("\\{\\{|\\{%", "u");
const pattern12 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern19 = new RegExp("^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hosts === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hosts"},message:"must have required property '"+"hosts"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
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
const err3 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.become.anyOf[0].type,parentSchema:schema11.properties.become.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(!((data1 === 0) || (data1 === 1))){
const err4 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.become.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.become.anyOf[1].enum,parentSchema:schema11.properties.become.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.become.anyOf[2],data:data1};
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
const err6 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.become.anyOf[2].type,parentSchema:schema11.properties.become.anyOf[2],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/become",schemaPath:"#/properties/become/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.become.anyOf,parentSchema:schema11.properties.become,data:data1};
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
if(data.become_user !== undefined){
let data2 = data.become_user;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err8 = {instancePath:instancePath+"/become_user",schemaPath:"#/properties/become_user/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_user,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.become_method !== undefined){
let data3 = data.become_method;
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err9 = {instancePath:instancePath+"/become_method",schemaPath:"#/properties/become_method/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_method,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.become_flags !== undefined){
let data4 = data.become_flags;
if(typeof data4 != "string" && !(data4 instanceof func3)){
const err10 = {instancePath:instancePath+"/become_flags",schemaPath:"#/properties/become_flags/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.become_flags,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.remote_user !== undefined){
let data5 = data.remote_user;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err11 = {instancePath:instancePath+"/remote_user",schemaPath:"#/properties/remote_user/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.remote_user,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.connection !== undefined){
let data6 = data.connection;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err12 = {instancePath:instancePath+"/connection",schemaPath:"#/properties/connection/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.connection,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
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
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.port.anyOf[0].type,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data7 == "number"){
if(data7 > 65535 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.port.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
const err16 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.port.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.port.anyOf[1].type,parentSchema:schema11.properties.port.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err18 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.port.anyOf,parentSchema:schema11.properties.port,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
const err19 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environment.anyOf[0].type,parentSchema:schema11.properties.environment.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs25 = errors;
if(data8 !== null){
const err20 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.environment.anyOf[1].type,parentSchema:schema11.properties.environment.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs27 = errors;
if(typeof data8 === "string"){
if(!pattern2.test(data8)){
const err21 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/2/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.environment.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environment.anyOf[2].type,parentSchema:schema11.properties.environment.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid3 = valid3 || _valid2;
}
}
if(!valid3){
const err23 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.environment.anyOf,parentSchema:schema11.properties.environment,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
const err24 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[0].type,parentSchema:schema11.properties.vars.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs33 = errors;
if(data9 !== null){
const err25 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.vars.anyOf[1].type,parentSchema:schema11.properties.vars.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
const err26 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/anyOf/2/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[2].items.type,parentSchema:schema11.properties.vars.anyOf[2].items,data:data10};
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
const err27 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.vars.anyOf[2].type,parentSchema:schema11.properties.vars.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid4 = valid4 || _valid3;
}
}
if(!valid4){
const err28 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars.anyOf,parentSchema:schema11.properties.vars,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
const err29 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid5 = _errs43 === errors;
valid8 = valid8 || _valid5;
if(!valid8){
const _errs45 = errors;
if(!(typeof data11 == "number")){
const err30 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid8 = valid8 || _valid5;
}
if(!valid8){
const err31 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[0].anyOf,parentSchema:schema11.properties.tags.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
const err32 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid11 = valid11 || _valid6;
if(!valid11){
const _errs53 = errors;
if(!(typeof data12 == "number")){
const err33 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid6 = _errs53 === errors;
valid11 = valid11 || _valid6;
}
if(!valid11){
const err34 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[1].items.anyOf,parentSchema:schema11.properties.tags.anyOf[1].items,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
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
const err35 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tags.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid4 = _errs47 === errors;
valid7 = valid7 || _valid4;
}
if(!valid7){
const err36 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf,parentSchema:schema11.properties.tags,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
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
const err37 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.no_log.anyOf[0].type,parentSchema:schema11.properties.no_log.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs57 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const _errs59 = errors;
if(!((data13 === 0) || (data13 === 1))){
const err38 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.no_log.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.no_log.anyOf[1].enum,parentSchema:schema11.properties.no_log.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid7 = _errs59 === errors;
valid12 = valid12 || _valid7;
if(!valid12){
const _errs60 = errors;
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err39 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.no_log.anyOf[2],data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.no_log.anyOf[2].type,parentSchema:schema11.properties.no_log.anyOf[2],data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid7 = _errs60 === errors;
valid12 = valid12 || _valid7;
}
}
if(!valid12){
const err41 = {instancePath:instancePath+"/no_log",schemaPath:"#/properties/no_log/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.no_log.anyOf,parentSchema:schema11.properties.no_log,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
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
const err42 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.check_mode.anyOf[0].type,parentSchema:schema11.properties.check_mode.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid8 = _errs64 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const _errs66 = errors;
if(!((data14 === 0) || (data14 === 1))){
const err43 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.check_mode.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.check_mode.anyOf[1].enum,parentSchema:schema11.properties.check_mode.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid8 = _errs66 === errors;
valid13 = valid13 || _valid8;
if(!valid13){
const _errs67 = errors;
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err44 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.check_mode.anyOf[2],data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.check_mode.anyOf[2].type,parentSchema:schema11.properties.check_mode.anyOf[2],data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid13 = valid13 || _valid8;
}
}
if(!valid13){
const err46 = {instancePath:instancePath+"/check_mode",schemaPath:"#/properties/check_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.check_mode.anyOf,parentSchema:schema11.properties.check_mode,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
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
const err47 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.diff.anyOf[0].type,parentSchema:schema11.properties.diff.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid9 = _errs71 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs73 = errors;
if(!((data15 === 0) || (data15 === 1))){
const err48 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.diff.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.diff.anyOf[1].enum,parentSchema:schema11.properties.diff.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid9 = _errs73 === errors;
valid14 = valid14 || _valid9;
if(!valid14){
const _errs74 = errors;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err49 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.diff.anyOf[2],data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.diff.anyOf[2].type,parentSchema:schema11.properties.diff.anyOf[2],data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid9 = _errs74 === errors;
valid14 = valid14 || _valid9;
}
}
if(!valid14){
const err51 = {instancePath:instancePath+"/diff",schemaPath:"#/properties/diff/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.diff.anyOf,parentSchema:schema11.properties.diff,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
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
const err52 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_errors.anyOf[0].type,parentSchema:schema11.properties.ignore_errors.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid10 = _errs78 === errors;
valid15 = valid15 || _valid10;
if(!valid15){
const _errs80 = errors;
if(!((data16 === 0) || (data16 === 1))){
const err53 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_errors.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_errors.anyOf[1].enum,parentSchema:schema11.properties.ignore_errors.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid10 = _errs80 === errors;
valid15 = valid15 || _valid10;
if(!valid15){
const _errs81 = errors;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err54 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_errors.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_errors.anyOf[2].type,parentSchema:schema11.properties.ignore_errors.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid10 = _errs81 === errors;
valid15 = valid15 || _valid10;
}
}
if(!valid15){
const err56 = {instancePath:instancePath+"/ignore_errors",schemaPath:"#/properties/ignore_errors/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_errors.anyOf,parentSchema:schema11.properties.ignore_errors,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
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
const err57 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_unreachable.anyOf[0].type,parentSchema:schema11.properties.ignore_unreachable.anyOf[0],data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid11 = _errs85 === errors;
valid16 = valid16 || _valid11;
if(!valid16){
const _errs87 = errors;
if(!((data17 === 0) || (data17 === 1))){
const err58 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_unreachable.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_unreachable.anyOf[1].enum,parentSchema:schema11.properties.ignore_unreachable.anyOf[1],data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid11 = _errs87 === errors;
valid16 = valid16 || _valid11;
if(!valid16){
const _errs88 = errors;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err59 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_unreachable.anyOf[2],data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_unreachable.anyOf[2].type,parentSchema:schema11.properties.ignore_unreachable.anyOf[2],data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid11 = _errs88 === errors;
valid16 = valid16 || _valid11;
}
}
if(!valid16){
const err61 = {instancePath:instancePath+"/ignore_unreachable",schemaPath:"#/properties/ignore_unreachable/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_unreachable.anyOf,parentSchema:schema11.properties.ignore_unreachable,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
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
const err62 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.any_errors_fatal.anyOf[0].type,parentSchema:schema11.properties.any_errors_fatal.anyOf[0],data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid12 = _errs92 === errors;
valid17 = valid17 || _valid12;
if(!valid17){
const _errs94 = errors;
if(!((data18 === 0) || (data18 === 1))){
const err63 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.any_errors_fatal.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.any_errors_fatal.anyOf[1].enum,parentSchema:schema11.properties.any_errors_fatal.anyOf[1],data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid12 = _errs94 === errors;
valid17 = valid17 || _valid12;
if(!valid17){
const _errs95 = errors;
if(typeof data18 === "string"){
if(!pattern0.test(data18)){
const err64 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.any_errors_fatal.anyOf[2],data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.any_errors_fatal.anyOf[2].type,parentSchema:schema11.properties.any_errors_fatal.anyOf[2],data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid12 = _errs95 === errors;
valid17 = valid17 || _valid12;
}
}
if(!valid17){
const err66 = {instancePath:instancePath+"/any_errors_fatal",schemaPath:"#/properties/any_errors_fatal/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.any_errors_fatal.anyOf,parentSchema:schema11.properties.any_errors_fatal,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
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
const err67 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.timeout.anyOf[0].type,parentSchema:schema11.properties.timeout.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 < 0 || isNaN(data19)){
const err68 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.timeout.anyOf[0],data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
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
const err69 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.timeout.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.timeout.anyOf[1].type,parentSchema:schema11.properties.timeout.anyOf[1],data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid13 = _errs101 === errors;
valid18 = valid18 || _valid13;
}
if(!valid18){
const err71 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.timeout.anyOf,parentSchema:schema11.properties.timeout,data:data19};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
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
const err72 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.throttle.anyOf[0].type,parentSchema:schema11.properties.throttle.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data20 == "number"){
if(data20 < 0 || isNaN(data20)){
const err73 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.throttle.anyOf[0],data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
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
const err74 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.throttle.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.throttle.anyOf[1].type,parentSchema:schema11.properties.throttle.anyOf[1],data:data20};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid14 = _errs107 === errors;
valid19 = valid19 || _valid14;
}
if(!valid19){
const err76 = {instancePath:instancePath+"/throttle",schemaPath:"#/properties/throttle/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.throttle.anyOf,parentSchema:schema11.properties.throttle,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
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
const err77 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.run_once.anyOf[0].type,parentSchema:schema11.properties.run_once.anyOf[0],data:data21};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid15 = _errs111 === errors;
valid20 = valid20 || _valid15;
if(!valid20){
const _errs113 = errors;
if(!((data21 === 0) || (data21 === 1))){
const err78 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.run_once.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.run_once.anyOf[1].enum,parentSchema:schema11.properties.run_once.anyOf[1],data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid15 = _errs113 === errors;
valid20 = valid20 || _valid15;
if(!valid20){
const _errs114 = errors;
if(typeof data21 === "string"){
if(!pattern0.test(data21)){
const err79 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.run_once.anyOf[2],data:data21};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.run_once.anyOf[2].type,parentSchema:schema11.properties.run_once.anyOf[2],data:data21};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid15 = _errs114 === errors;
valid20 = valid20 || _valid15;
}
}
if(!valid20){
const err81 = {instancePath:instancePath+"/run_once",schemaPath:"#/properties/run_once/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.run_once.anyOf,parentSchema:schema11.properties.run_once,data:data21};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
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
const err82 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.collections.anyOf[0].type,parentSchema:schema11.properties.collections.anyOf[0],data:data22};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
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
const err83 = {instancePath:instancePath+"/collections/" + i2,schemaPath:"#/properties/collections/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.collections.anyOf[1].items.type,parentSchema:schema11.properties.collections.anyOf[1].items,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.collections.anyOf[1].type,parentSchema:schema11.properties.collections.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid16 = _errs120 === errors;
valid21 = valid21 || _valid16;
}
if(!valid21){
const err85 = {instancePath:instancePath+"/collections",schemaPath:"#/properties/collections/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.collections.anyOf,parentSchema:schema11.properties.collections,data:data22};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
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
if(data.hosts !== undefined){
let data24 = data.hosts;
const _errs125 = errors;
let valid24 = false;
const _errs126 = errors;
if(typeof data24 === "string"){
if(func9(data24) < 1){
const err86 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.hosts.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hosts.anyOf[0].type,parentSchema:schema11.properties.hosts.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid17 = _errs126 === errors;
valid24 = valid24 || _valid17;
if(!valid24){
const _errs128 = errors;
if(Array.isArray(data24)){
if(data24.length < 1){
const err88 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.hosts.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(typeof data25 !== "string"){
const err89 = {instancePath:instancePath+"/hosts/" + i3,schemaPath:"#/properties/hosts/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hosts.anyOf[1].items.type,parentSchema:schema11.properties.hosts.anyOf[1].items,data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.hosts.anyOf[1].type,parentSchema:schema11.properties.hosts.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid17 = _errs128 === errors;
valid24 = valid24 || _valid17;
}
if(!valid24){
const err91 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.hosts.anyOf,parentSchema:schema11.properties.hosts,data:data24};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
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
if(data.vars_prompt !== undefined){
let data26 = data.vars_prompt;
const _errs133 = errors;
let valid27 = false;
const _errs134 = errors;
if(Array.isArray(data26)){
const len4 = data26.length;
for(let i4=0; i4<len4; i4++){
let data27 = data26[i4];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.name === undefined){
const err92 = {instancePath:instancePath+"/vars_prompt/" + i4,schemaPath:"#/properties/vars_prompt/anyOf/0/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.vars_prompt.anyOf[0].items.required,parentSchema:schema11.properties.vars_prompt.anyOf[0].items,data:data27};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key1 in data27){
if(!(func2.call(schema11.properties.vars_prompt.anyOf[0].items.properties, key1))){
const err93 = {instancePath:instancePath+"/vars_prompt/" + i4,schemaPath:"#/properties/vars_prompt/anyOf/0/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.vars_prompt.anyOf[0].items,data:data27};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data27.name !== undefined){
let data28 = data27.name;
if(typeof data28 === "string"){
if(!pattern12.test(data28)){
const err94 = {instancePath:instancePath+"/vars_prompt/" + i4+"/name",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/vars_prompt/" + i4+"/name",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.name.type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.name,data:data28};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data27.prompt !== undefined){
let data29 = data27.prompt;
if(typeof data29 != "string" && !(data29 instanceof func3)){
const err96 = {instancePath:instancePath+"/vars_prompt/" + i4+"/prompt",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/prompt/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.prompt,data:data29};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data27.private !== undefined){
let data30 = data27.private;
const _errs143 = errors;
let valid31 = false;
const _errs144 = errors;
if(typeof data30 !== "boolean"){
const err97 = {instancePath:instancePath+"/vars_prompt/" + i4+"/private",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/private/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[0].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
var _valid19 = _errs144 === errors;
valid31 = valid31 || _valid19;
if(!valid31){
const _errs146 = errors;
if(!((data30 === 0) || (data30 === 1))){
const err98 = {instancePath:instancePath+"/vars_prompt/" + i4+"/private",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/private/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[1].enum,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid19 = _errs146 === errors;
valid31 = valid31 || _valid19;
if(!valid31){
const _errs147 = errors;
if(typeof data30 === "string"){
if(!pattern0.test(data30)){
const err99 = {instancePath:instancePath+"/vars_prompt/" + i4+"/private",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/private/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/vars_prompt/" + i4+"/private",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/private/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[2].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid19 = _errs147 === errors;
valid31 = valid31 || _valid19;
}
}
if(!valid31){
const err101 = {instancePath:instancePath+"/vars_prompt/" + i4+"/private",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/private/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.private.anyOf,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.private,data:data30};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
}
}
if(data27.confirm !== undefined){
let data31 = data27.confirm;
const _errs150 = errors;
let valid32 = false;
const _errs151 = errors;
if(typeof data31 !== "boolean"){
const err102 = {instancePath:instancePath+"/vars_prompt/" + i4+"/confirm",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/confirm/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[0].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid20 = _errs151 === errors;
valid32 = valid32 || _valid20;
if(!valid32){
const _errs153 = errors;
if(!((data31 === 0) || (data31 === 1))){
const err103 = {instancePath:instancePath+"/vars_prompt/" + i4+"/confirm",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/confirm/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[1].enum,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid20 = _errs153 === errors;
valid32 = valid32 || _valid20;
if(!valid32){
const _errs154 = errors;
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
const err104 = {instancePath:instancePath+"/vars_prompt/" + i4+"/confirm",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/confirm/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[2],data:data31};
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
const err105 = {instancePath:instancePath+"/vars_prompt/" + i4+"/confirm",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/confirm/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[2].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf[2],data:data31};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
var _valid20 = _errs154 === errors;
valid32 = valid32 || _valid20;
}
}
if(!valid32){
const err106 = {instancePath:instancePath+"/vars_prompt/" + i4+"/confirm",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/confirm/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm.anyOf,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.confirm,data:data31};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
else {
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
}
}
if(data27.unsafe !== undefined){
let data32 = data27.unsafe;
const _errs157 = errors;
let valid33 = false;
const _errs158 = errors;
if(typeof data32 !== "boolean"){
const err107 = {instancePath:instancePath+"/vars_prompt/" + i4+"/unsafe",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/unsafe/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[0].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[0],data:data32};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
var _valid21 = _errs158 === errors;
valid33 = valid33 || _valid21;
if(!valid33){
const _errs160 = errors;
if(!((data32 === 0) || (data32 === 1))){
const err108 = {instancePath:instancePath+"/vars_prompt/" + i4+"/unsafe",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/unsafe/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[1].enum,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[1],data:data32};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid21 = _errs160 === errors;
valid33 = valid33 || _valid21;
if(!valid33){
const _errs161 = errors;
if(typeof data32 === "string"){
if(!pattern0.test(data32)){
const err109 = {instancePath:instancePath+"/vars_prompt/" + i4+"/unsafe",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/unsafe/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[2],data:data32};
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
const err110 = {instancePath:instancePath+"/vars_prompt/" + i4+"/unsafe",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/unsafe/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[2].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf[2],data:data32};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid21 = _errs161 === errors;
valid33 = valid33 || _valid21;
}
}
if(!valid33){
const err111 = {instancePath:instancePath+"/vars_prompt/" + i4+"/unsafe",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/unsafe/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe.anyOf,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.unsafe,data:data32};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs157;
if(vErrors !== null){
if(_errs157){
vErrors.length = _errs157;
}
else {
vErrors = null;
}
}
}
}
if(data27.encrypt !== undefined){
let data33 = data27.encrypt;
if(typeof data33 != "string" && !(data33 instanceof func3)){
const err112 = {instancePath:instancePath+"/vars_prompt/" + i4+"/encrypt",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/encrypt/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.encrypt,data:data33};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data27.salt !== undefined){
let data34 = data27.salt;
if(typeof data34 != "string" && !(data34 instanceof func3)){
const err113 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt,data:data34};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data27.salt_size !== undefined){
let data35 = data27.salt_size;
const _errs166 = errors;
let valid34 = false;
const _errs167 = errors;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err114 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt_size",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt_size/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[0].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[0],data:data35};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(typeof data35 == "number"){
if(data35 < 0 || isNaN(data35)){
const err115 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt_size",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt_size/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[0],data:data35};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var _valid22 = _errs167 === errors;
valid34 = valid34 || _valid22;
if(!valid34){
const _errs169 = errors;
if(typeof data35 === "string"){
if(!pattern1.test(data35)){
const err116 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt_size",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt_size/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[1],data:data35};
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
const err117 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt_size",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt_size/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[1].type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf[1],data:data35};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid22 = _errs169 === errors;
valid34 = valid34 || _valid22;
}
if(!valid34){
const err118 = {instancePath:instancePath+"/vars_prompt/" + i4+"/salt_size",schemaPath:"#/properties/vars_prompt/anyOf/0/items/properties/salt_size/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size.anyOf,parentSchema:schema11.properties.vars_prompt.anyOf[0].items.properties.salt_size,data:data35};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs166;
if(vErrors !== null){
if(_errs166){
vErrors.length = _errs166;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err119 = {instancePath:instancePath+"/vars_prompt/" + i4,schemaPath:"#/properties/vars_prompt/anyOf/0/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars_prompt.anyOf[0].items.type,parentSchema:schema11.properties.vars_prompt.anyOf[0].items,data:data27};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/vars_prompt",schemaPath:"#/properties/vars_prompt/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.vars_prompt.anyOf[0].type,parentSchema:schema11.properties.vars_prompt.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid18 = _errs134 === errors;
valid27 = valid27 || _valid18;
if(!valid27){
const _errs171 = errors;
if(data26 !== null){
const err121 = {instancePath:instancePath+"/vars_prompt",schemaPath:"#/properties/vars_prompt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.vars_prompt.anyOf[1].type,parentSchema:schema11.properties.vars_prompt.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid18 = _errs171 === errors;
valid27 = valid27 || _valid18;
}
if(!valid27){
const err122 = {instancePath:instancePath+"/vars_prompt",schemaPath:"#/properties/vars_prompt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_prompt.anyOf,parentSchema:schema11.properties.vars_prompt,data:data26};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
}
}
if(data.vars_files !== undefined){
let data36 = data.vars_files;
const _errs174 = errors;
let valid35 = false;
const _errs175 = errors;
if(typeof data36 !== "string"){
const err123 = {instancePath:instancePath+"/vars_files",schemaPath:"#/properties/vars_files/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.vars_files.anyOf[0].type,parentSchema:schema11.properties.vars_files.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid23 = _errs175 === errors;
valid35 = valid35 || _valid23;
if(!valid35){
const _errs177 = errors;
if(!(Array.isArray(data36))){
const err124 = {instancePath:instancePath+"/vars_files",schemaPath:"#/properties/vars_files/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.vars_files.anyOf[1].type,parentSchema:schema11.properties.vars_files.anyOf[1],data:data36};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid23 = _errs177 === errors;
valid35 = valid35 || _valid23;
if(!valid35){
const _errs179 = errors;
if(data36 !== null){
const err125 = {instancePath:instancePath+"/vars_files",schemaPath:"#/properties/vars_files/anyOf/2/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.vars_files.anyOf[2].type,parentSchema:schema11.properties.vars_files.anyOf[2],data:data36};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid23 = _errs179 === errors;
valid35 = valid35 || _valid23;
}
}
if(!valid35){
const err126 = {instancePath:instancePath+"/vars_files",schemaPath:"#/properties/vars_files/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars_files.anyOf,parentSchema:schema11.properties.vars_files,data:data36};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
else {
errors = _errs174;
if(vErrors !== null){
if(_errs174){
vErrors.length = _errs174;
}
else {
vErrors = null;
}
}
}
}
if(data.gather_facts !== undefined){
let data37 = data.gather_facts;
const _errs182 = errors;
let valid36 = false;
const _errs183 = errors;
if(typeof data37 !== "boolean"){
const err127 = {instancePath:instancePath+"/gather_facts",schemaPath:"#/properties/gather_facts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.gather_facts.anyOf[0].type,parentSchema:schema11.properties.gather_facts.anyOf[0],data:data37};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid24 = _errs183 === errors;
valid36 = valid36 || _valid24;
if(!valid36){
const _errs185 = errors;
if(!((data37 === 0) || (data37 === 1))){
const err128 = {instancePath:instancePath+"/gather_facts",schemaPath:"#/properties/gather_facts/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.gather_facts.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.gather_facts.anyOf[1].enum,parentSchema:schema11.properties.gather_facts.anyOf[1],data:data37};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid24 = _errs185 === errors;
valid36 = valid36 || _valid24;
if(!valid36){
const _errs186 = errors;
if(typeof data37 === "string"){
if(!pattern0.test(data37)){
const err129 = {instancePath:instancePath+"/gather_facts",schemaPath:"#/properties/gather_facts/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.gather_facts.anyOf[2],data:data37};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/gather_facts",schemaPath:"#/properties/gather_facts/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_facts.anyOf[2].type,parentSchema:schema11.properties.gather_facts.anyOf[2],data:data37};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid24 = _errs186 === errors;
valid36 = valid36 || _valid24;
}
}
if(!valid36){
const err131 = {instancePath:instancePath+"/gather_facts",schemaPath:"#/properties/gather_facts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.gather_facts.anyOf,parentSchema:schema11.properties.gather_facts,data:data37};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
else {
errors = _errs182;
if(vErrors !== null){
if(_errs182){
vErrors.length = _errs182;
}
else {
vErrors = null;
}
}
}
}
if(data.gather_subset !== undefined){
let data38 = data.gather_subset;
const _errs189 = errors;
let valid37 = false;
const _errs190 = errors;
if(typeof data38 !== "string"){
const err132 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_subset.anyOf[0].type,parentSchema:schema11.properties.gather_subset.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
var _valid25 = _errs190 === errors;
valid37 = valid37 || _valid25;
if(!valid37){
const _errs192 = errors;
if(Array.isArray(data38)){
const len5 = data38.length;
for(let i5=0; i5<len5; i5++){
let data39 = data38[i5];
if(typeof data39 !== "string"){
const err133 = {instancePath:instancePath+"/gather_subset/" + i5,schemaPath:"#/properties/gather_subset/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_subset.anyOf[1].items.type,parentSchema:schema11.properties.gather_subset.anyOf[1].items,data:data39};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.gather_subset.anyOf[1].type,parentSchema:schema11.properties.gather_subset.anyOf[1],data:data38};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid25 = _errs192 === errors;
valid37 = valid37 || _valid25;
}
if(!valid37){
const err135 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.gather_subset.anyOf,parentSchema:schema11.properties.gather_subset,data:data38};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
}
}
if(data.gather_timeout !== undefined){
let data40 = data.gather_timeout;
const _errs197 = errors;
let valid40 = false;
const _errs198 = errors;
if(!((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40)))){
const err136 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.gather_timeout.anyOf[0].type,parentSchema:schema11.properties.gather_timeout.anyOf[0],data:data40};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(typeof data40 == "number"){
if(data40 < 0 || isNaN(data40)){
const err137 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.gather_timeout.anyOf[0],data:data40};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
var _valid26 = _errs198 === errors;
valid40 = valid40 || _valid26;
if(!valid40){
const _errs200 = errors;
if(typeof data40 === "string"){
if(!pattern1.test(data40)){
const err138 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.gather_timeout.anyOf[1],data:data40};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_timeout.anyOf[1].type,parentSchema:schema11.properties.gather_timeout.anyOf[1],data:data40};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid26 = _errs200 === errors;
valid40 = valid40 || _valid26;
}
if(!valid40){
const err140 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.gather_timeout.anyOf,parentSchema:schema11.properties.gather_timeout,data:data40};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
else {
errors = _errs197;
if(vErrors !== null){
if(_errs197){
vErrors.length = _errs197;
}
else {
vErrors = null;
}
}
}
}
if(data.serial !== undefined){
let data41 = data.serial;
const _errs203 = errors;
let valid41 = false;
const _errs204 = errors;
const _errs205 = errors;
let valid42 = false;
const _errs206 = errors;
if(!((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41)))){
const err141 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.serial.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.serial.anyOf[0].anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(typeof data41 == "number"){
if(data41 < 0 || isNaN(data41)){
const err142 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/0/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.serial.anyOf[0].anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
var _valid28 = _errs206 === errors;
valid42 = valid42 || _valid28;
if(!valid42){
const _errs208 = errors;
if(typeof data41 === "string"){
if(!pattern19.test(data41)){
const err143 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/0/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.serial.anyOf[0].anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.serial.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.serial.anyOf[0].anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid28 = _errs208 === errors;
valid42 = valid42 || _valid28;
}
if(!valid42){
const err145 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.serial.anyOf[0].anyOf,parentSchema:schema11.properties.serial.anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
else {
errors = _errs205;
if(vErrors !== null){
if(_errs205){
vErrors.length = _errs205;
}
else {
vErrors = null;
}
}
}
var _valid27 = _errs204 === errors;
valid41 = valid41 || _valid27;
if(!valid41){
const _errs210 = errors;
if(Array.isArray(data41)){
const len6 = data41.length;
for(let i6=0; i6<len6; i6++){
let data42 = data41[i6];
const _errs213 = errors;
let valid45 = false;
const _errs214 = errors;
if(!((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42)))){
const err146 = {instancePath:instancePath+"/serial/" + i6,schemaPath:"#/properties/serial/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.serial.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.serial.anyOf[1].items.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(typeof data42 == "number"){
if(data42 < 0 || isNaN(data42)){
const err147 = {instancePath:instancePath+"/serial/" + i6,schemaPath:"#/properties/serial/anyOf/1/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.serial.anyOf[1].items.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
var _valid29 = _errs214 === errors;
valid45 = valid45 || _valid29;
if(!valid45){
const _errs216 = errors;
if(typeof data42 === "string"){
if(!pattern19.test(data42)){
const err148 = {instancePath:instancePath+"/serial/" + i6,schemaPath:"#/properties/serial/anyOf/1/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.serial.anyOf[1].items.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/serial/" + i6,schemaPath:"#/properties/serial/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.serial.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.serial.anyOf[1].items.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
var _valid29 = _errs216 === errors;
valid45 = valid45 || _valid29;
}
if(!valid45){
const err150 = {instancePath:instancePath+"/serial/" + i6,schemaPath:"#/properties/serial/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.serial.anyOf[1].items.anyOf,parentSchema:schema11.properties.serial.anyOf[1].items,data:data42};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
else {
errors = _errs213;
if(vErrors !== null){
if(_errs213){
vErrors.length = _errs213;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err151 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.serial.anyOf[1].type,parentSchema:schema11.properties.serial.anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
var _valid27 = _errs210 === errors;
valid41 = valid41 || _valid27;
}
if(!valid41){
const err152 = {instancePath:instancePath+"/serial",schemaPath:"#/properties/serial/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.serial.anyOf,parentSchema:schema11.properties.serial,data:data41};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
else {
errors = _errs203;
if(vErrors !== null){
if(_errs203){
vErrors.length = _errs203;
}
else {
vErrors = null;
}
}
}
}
if(data.strategy !== undefined){
let data43 = data.strategy;
if(typeof data43 != "string" && !(data43 instanceof func3)){
const err153 = {instancePath:instancePath+"/strategy",schemaPath:"#/properties/strategy/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.strategy,data:data43};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data.max_fail_percentage !== undefined){
let data44 = data.max_fail_percentage;
const _errs220 = errors;
let valid46 = false;
const _errs221 = errors;
if(typeof data44 == "number"){
if(data44 > 100 || isNaN(data44)){
const err154 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema11.properties.max_fail_percentage.anyOf[0],data:data44};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data44 < 0 || isNaN(data44)){
const err155 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.max_fail_percentage.anyOf[0],data:data44};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.max_fail_percentage.anyOf[0].type,parentSchema:schema11.properties.max_fail_percentage.anyOf[0],data:data44};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
var _valid30 = _errs221 === errors;
valid46 = valid46 || _valid30;
if(!valid46){
const _errs223 = errors;
if(typeof data44 === "string"){
if(!pattern19.test(data44)){
const err157 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d+)?%?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.max_fail_percentage.anyOf[1],data:data44};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.max_fail_percentage.anyOf[1].type,parentSchema:schema11.properties.max_fail_percentage.anyOf[1],data:data44};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid30 = _errs223 === errors;
valid46 = valid46 || _valid30;
}
if(!valid46){
const err159 = {instancePath:instancePath+"/max_fail_percentage",schemaPath:"#/properties/max_fail_percentage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.max_fail_percentage.anyOf,parentSchema:schema11.properties.max_fail_percentage,data:data44};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
errors = _errs220;
if(vErrors !== null){
if(_errs220){
vErrors.length = _errs220;
}
else {
vErrors = null;
}
}
}
}
if(data.order !== undefined){
let data45 = data.order;
const _errs226 = errors;
let valid47 = false;
const _errs227 = errors;
if(!(((((data45 === "inventory") || (data45 === "reverse_inventory")) || (data45 === "sorted")) || (data45 === "reverse_sorted")) || (data45 === "shuffle"))){
const err160 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.order.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.order.anyOf[0].enum,parentSchema:schema11.properties.order.anyOf[0],data:data45};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid31 = _errs227 === errors;
valid47 = valid47 || _valid31;
if(!valid47){
const _errs228 = errors;
if(typeof data45 === "string"){
if(!pattern2.test(data45)){
const err161 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.order.anyOf[1],data:data45};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
else {
const err162 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.order.anyOf[1].type,parentSchema:schema11.properties.order.anyOf[1],data:data45};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid31 = _errs228 === errors;
valid47 = valid47 || _valid31;
}
if(!valid47){
const err163 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.order.anyOf,parentSchema:schema11.properties.order,data:data45};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
else {
errors = _errs226;
if(vErrors !== null){
if(_errs226){
vErrors.length = _errs226;
}
else {
vErrors = null;
}
}
}
}
if(data.force_handlers !== undefined){
let data46 = data.force_handlers;
const _errs231 = errors;
let valid48 = false;
const _errs232 = errors;
if(typeof data46 !== "boolean"){
const err164 = {instancePath:instancePath+"/force_handlers",schemaPath:"#/properties/force_handlers/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.force_handlers.anyOf[0].type,parentSchema:schema11.properties.force_handlers.anyOf[0],data:data46};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
var _valid32 = _errs232 === errors;
valid48 = valid48 || _valid32;
if(!valid48){
const _errs234 = errors;
if(!((data46 === 0) || (data46 === 1))){
const err165 = {instancePath:instancePath+"/force_handlers",schemaPath:"#/properties/force_handlers/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.force_handlers.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.force_handlers.anyOf[1].enum,parentSchema:schema11.properties.force_handlers.anyOf[1],data:data46};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid32 = _errs234 === errors;
valid48 = valid48 || _valid32;
if(!valid48){
const _errs235 = errors;
if(typeof data46 === "string"){
if(!pattern0.test(data46)){
const err166 = {instancePath:instancePath+"/force_handlers",schemaPath:"#/properties/force_handlers/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.force_handlers.anyOf[2],data:data46};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/force_handlers",schemaPath:"#/properties/force_handlers/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.force_handlers.anyOf[2].type,parentSchema:schema11.properties.force_handlers.anyOf[2],data:data46};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
var _valid32 = _errs235 === errors;
valid48 = valid48 || _valid32;
}
}
if(!valid48){
const err168 = {instancePath:instancePath+"/force_handlers",schemaPath:"#/properties/force_handlers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.force_handlers.anyOf,parentSchema:schema11.properties.force_handlers,data:data46};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
else {
errors = _errs231;
if(vErrors !== null){
if(_errs231){
vErrors.length = _errs231;
}
else {
vErrors = null;
}
}
}
}
if(data.roles !== undefined){
let data47 = data.roles;
const _errs238 = errors;
let valid49 = false;
const _errs239 = errors;
if(!(Array.isArray(data47))){
const err169 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.roles.anyOf[0].type,parentSchema:schema11.properties.roles.anyOf[0],data:data47};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid33 = _errs239 === errors;
valid49 = valid49 || _valid33;
if(!valid49){
const _errs241 = errors;
if(data47 !== null){
const err170 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.roles.anyOf[1].type,parentSchema:schema11.properties.roles.anyOf[1],data:data47};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid33 = _errs241 === errors;
valid49 = valid49 || _valid33;
}
if(!valid49){
const err171 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.roles.anyOf,parentSchema:schema11.properties.roles,data:data47};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
else {
errors = _errs238;
if(vErrors !== null){
if(_errs238){
vErrors.length = _errs238;
}
else {
vErrors = null;
}
}
}
}
if(data.pre_tasks !== undefined){
let data48 = data.pre_tasks;
const _errs244 = errors;
let valid50 = false;
const _errs245 = errors;
if(!(Array.isArray(data48))){
const err172 = {instancePath:instancePath+"/pre_tasks",schemaPath:"#/properties/pre_tasks/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.pre_tasks.anyOf[0].type,parentSchema:schema11.properties.pre_tasks.anyOf[0],data:data48};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid34 = _errs245 === errors;
valid50 = valid50 || _valid34;
if(!valid50){
const _errs247 = errors;
if(data48 !== null){
const err173 = {instancePath:instancePath+"/pre_tasks",schemaPath:"#/properties/pre_tasks/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.pre_tasks.anyOf[1].type,parentSchema:schema11.properties.pre_tasks.anyOf[1],data:data48};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid34 = _errs247 === errors;
valid50 = valid50 || _valid34;
}
if(!valid50){
const err174 = {instancePath:instancePath+"/pre_tasks",schemaPath:"#/properties/pre_tasks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.pre_tasks.anyOf,parentSchema:schema11.properties.pre_tasks,data:data48};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
else {
errors = _errs244;
if(vErrors !== null){
if(_errs244){
vErrors.length = _errs244;
}
else {
vErrors = null;
}
}
}
}
if(data.tasks !== undefined){
let data49 = data.tasks;
const _errs250 = errors;
let valid51 = false;
const _errs251 = errors;
if(!(Array.isArray(data49))){
const err175 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tasks.anyOf[0].type,parentSchema:schema11.properties.tasks.anyOf[0],data:data49};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid35 = _errs251 === errors;
valid51 = valid51 || _valid35;
if(!valid51){
const _errs253 = errors;
if(data49 !== null){
const err176 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.tasks.anyOf[1].type,parentSchema:schema11.properties.tasks.anyOf[1],data:data49};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid35 = _errs253 === errors;
valid51 = valid51 || _valid35;
}
if(!valid51){
const err177 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tasks.anyOf,parentSchema:schema11.properties.tasks,data:data49};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
}
}
if(data.post_tasks !== undefined){
let data50 = data.post_tasks;
const _errs256 = errors;
let valid52 = false;
const _errs257 = errors;
if(!(Array.isArray(data50))){
const err178 = {instancePath:instancePath+"/post_tasks",schemaPath:"#/properties/post_tasks/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.post_tasks.anyOf[0].type,parentSchema:schema11.properties.post_tasks.anyOf[0],data:data50};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid36 = _errs257 === errors;
valid52 = valid52 || _valid36;
if(!valid52){
const _errs259 = errors;
if(data50 !== null){
const err179 = {instancePath:instancePath+"/post_tasks",schemaPath:"#/properties/post_tasks/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.post_tasks.anyOf[1].type,parentSchema:schema11.properties.post_tasks.anyOf[1],data:data50};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
var _valid36 = _errs259 === errors;
valid52 = valid52 || _valid36;
}
if(!valid52){
const err180 = {instancePath:instancePath+"/post_tasks",schemaPath:"#/properties/post_tasks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.post_tasks.anyOf,parentSchema:schema11.properties.post_tasks,data:data50};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
errors = _errs256;
if(vErrors !== null){
if(_errs256){
vErrors.length = _errs256;
}
else {
vErrors = null;
}
}
}
}
if(data.handlers !== undefined){
let data51 = data.handlers;
const _errs262 = errors;
let valid53 = false;
const _errs263 = errors;
if(!(Array.isArray(data51))){
const err181 = {instancePath:instancePath+"/handlers",schemaPath:"#/properties/handlers/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.handlers.anyOf[0].type,parentSchema:schema11.properties.handlers.anyOf[0],data:data51};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid37 = _errs263 === errors;
valid53 = valid53 || _valid37;
if(!valid53){
const _errs265 = errors;
if(data51 !== null){
const err182 = {instancePath:instancePath+"/handlers",schemaPath:"#/properties/handlers/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.handlers.anyOf[1].type,parentSchema:schema11.properties.handlers.anyOf[1],data:data51};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
var _valid37 = _errs265 === errors;
valid53 = valid53 || _valid37;
}
if(!valid53){
const err183 = {instancePath:instancePath+"/handlers",schemaPath:"#/properties/handlers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.handlers.anyOf,parentSchema:schema11.properties.handlers,data:data51};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
else {
errors = _errs262;
if(vErrors !== null){
if(_errs262){
vErrors.length = _errs262;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err184 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s8fba4a6683202b19513f0cf7309fa539;
};
