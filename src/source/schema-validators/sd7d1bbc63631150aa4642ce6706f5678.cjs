// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sd7d1bbc63631150aa4642ce6706f5678 = validate10;
const schema11 = {"type":"object","properties":{"name":{"description":"a string","text":true},"become":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"become_user":{"description":"a string","text":true},"become_method":{"description":"a string","text":true},"become_flags":{"description":"a string","text":true},"remote_user":{"description":"a string","text":true},"connection":{"description":"a string","text":true},"port":{"description":"a port number (1-65535)","anyOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"environment":{"description":"a mapping or a template","anyOf":[{"type":"object"},{"type":"null"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"vars":{"description":"a mapping or a list of mappings","anyOf":[{"type":"object"},{"type":"null"},{"type":"array","items":{"type":"object"}}]},"tags":{"description":"a string or a list of strings","anyOf":[{"anyOf":[{"type":"string"},{"type":"number"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}]},"no_log":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"check_mode":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"diff":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_errors":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"ignore_unreachable":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"any_errors_fatal":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"throttle":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"run_once":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"collections":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"args":{"description":"a mapping or a template","anyOf":[{"type":"object"},{"type":"null"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"action":{"description":"a module and its arguments","anyOf":[{"type":"string"},{"type":"object"}]},"local_action":{"description":"a module and its arguments","anyOf":[{"type":"string"},{"type":"object"}]},"register":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"loop":{"description":"a list or a template that gives one","anyOf":[{"type":"array"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"with_items":{"description":"a list, an item or a template"},"with_list":{"description":"a list or a template that gives one","anyOf":[{"type":"array"},{"type":"string","pattern":"\\{\\{|\\{%"}]},"loop_control":{"type":"object","properties":{"loop_var":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"index_var":{"description":"a variable name (letters, digits and _, not starting with a digit)","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"label":{"description":"a string","text":true},"pause":{"description":"a non-negative number","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"}]},"extended":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"extended_allitems":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"break_when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]}},"required":[],"additionalProperties":false},"until":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"retries":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"delay":{"description":"a non-negative number","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"}]},"async":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"poll":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"failed_when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"changed_when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"delegate_to":{"description":"a string","text":true},"delegate_facts":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"notify":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("\\{\\{|\\{%", "u");
const pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern18 = new RegExp("^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%", "u");

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
if(data.args !== undefined){
let data24 = data.args;
const _errs125 = errors;
let valid24 = false;
const _errs126 = errors;
if(!(data24 && typeof data24 == "object" && !Array.isArray(data24))){
const err85 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.args.anyOf[0].type,parentSchema:schema11.properties.args.anyOf[0],data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid17 = _errs126 === errors;
valid24 = valid24 || _valid17;
if(!valid24){
const _errs128 = errors;
if(data24 !== null){
const err86 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.args.anyOf[1].type,parentSchema:schema11.properties.args.anyOf[1],data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid17 = _errs128 === errors;
valid24 = valid24 || _valid17;
if(!valid24){
const _errs130 = errors;
if(typeof data24 === "string"){
if(!pattern2.test(data24)){
const err87 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/anyOf/2/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.args.anyOf[2],data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.args.anyOf[2].type,parentSchema:schema11.properties.args.anyOf[2],data:data24};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid17 = _errs130 === errors;
valid24 = valid24 || _valid17;
}
}
if(!valid24){
const err89 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.args.anyOf,parentSchema:schema11.properties.args,data:data24};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
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
if(data.action !== undefined){
let data25 = data.action;
const _errs133 = errors;
let valid25 = false;
const _errs134 = errors;
if(typeof data25 !== "string"){
const err90 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.action.anyOf[0].type,parentSchema:schema11.properties.action.anyOf[0],data:data25};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
var _valid18 = _errs134 === errors;
valid25 = valid25 || _valid18;
if(!valid25){
const _errs136 = errors;
if(!(data25 && typeof data25 == "object" && !Array.isArray(data25))){
const err91 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.action.anyOf[1].type,parentSchema:schema11.properties.action.anyOf[1],data:data25};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid18 = _errs136 === errors;
valid25 = valid25 || _valid18;
}
if(!valid25){
const err92 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.action.anyOf,parentSchema:schema11.properties.action,data:data25};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
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
if(data.local_action !== undefined){
let data26 = data.local_action;
const _errs139 = errors;
let valid26 = false;
const _errs140 = errors;
if(typeof data26 !== "string"){
const err93 = {instancePath:instancePath+"/local_action",schemaPath:"#/properties/local_action/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.local_action.anyOf[0].type,parentSchema:schema11.properties.local_action.anyOf[0],data:data26};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid19 = _errs140 === errors;
valid26 = valid26 || _valid19;
if(!valid26){
const _errs142 = errors;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
const err94 = {instancePath:instancePath+"/local_action",schemaPath:"#/properties/local_action/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.local_action.anyOf[1].type,parentSchema:schema11.properties.local_action.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
var _valid19 = _errs142 === errors;
valid26 = valid26 || _valid19;
}
if(!valid26){
const err95 = {instancePath:instancePath+"/local_action",schemaPath:"#/properties/local_action/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.local_action.anyOf,parentSchema:schema11.properties.local_action,data:data26};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
else {
errors = _errs139;
if(vErrors !== null){
if(_errs139){
vErrors.length = _errs139;
}
else {
vErrors = null;
}
}
}
}
if(data.register !== undefined){
let data27 = data.register;
if(typeof data27 === "string"){
if(!pattern13.test(data27)){
const err96 = {instancePath:instancePath+"/register",schemaPath:"#/properties/register/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.register,data:data27};
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
const err97 = {instancePath:instancePath+"/register",schemaPath:"#/properties/register/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.register.type,parentSchema:schema11.properties.register,data:data27};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.when !== undefined){
let data28 = data.when;
const _errs147 = errors;
let valid27 = false;
const _errs148 = errors;
const _errs149 = errors;
let valid28 = false;
const _errs150 = errors;
if(typeof data28 !== "string"){
const err98 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid21 = _errs150 === errors;
valid28 = valid28 || _valid21;
if(!valid28){
const _errs152 = errors;
if(typeof data28 !== "boolean"){
const err99 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid21 = _errs152 === errors;
valid28 = valid28 || _valid21;
}
if(!valid28){
const err100 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[0].anyOf,parentSchema:schema11.properties.when.anyOf[0],data:data28};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
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
var _valid20 = _errs148 === errors;
valid27 = valid27 || _valid20;
if(!valid27){
const _errs154 = errors;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
const _errs157 = errors;
let valid31 = false;
const _errs158 = errors;
if(typeof data29 !== "string"){
const err101 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[0],data:data29};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
var _valid22 = _errs158 === errors;
valid31 = valid31 || _valid22;
if(!valid31){
const _errs160 = errors;
if(typeof data29 !== "boolean"){
const err102 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[1],data:data29};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
var _valid22 = _errs160 === errors;
valid31 = valid31 || _valid22;
}
if(!valid31){
const err103 = {instancePath:instancePath+"/when/" + i3,schemaPath:"#/properties/when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[1].items.anyOf,parentSchema:schema11.properties.when.anyOf[1].items,data:data29};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
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
}
else {
const err104 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.when.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1],data:data28};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
var _valid20 = _errs154 === errors;
valid27 = valid27 || _valid20;
}
if(!valid27){
const err105 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf,parentSchema:schema11.properties.when,data:data28};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
else {
errors = _errs147;
if(vErrors !== null){
if(_errs147){
vErrors.length = _errs147;
}
else {
vErrors = null;
}
}
}
}
if(data.loop !== undefined){
let data30 = data.loop;
const _errs163 = errors;
let valid32 = false;
const _errs164 = errors;
if(!(Array.isArray(data30))){
const err106 = {instancePath:instancePath+"/loop",schemaPath:"#/properties/loop/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.loop.anyOf[0].type,parentSchema:schema11.properties.loop.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
var _valid23 = _errs164 === errors;
valid32 = valid32 || _valid23;
if(!valid32){
const _errs166 = errors;
if(typeof data30 === "string"){
if(!pattern2.test(data30)){
const err107 = {instancePath:instancePath+"/loop",schemaPath:"#/properties/loop/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.loop.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/loop",schemaPath:"#/properties/loop/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop.anyOf[1].type,parentSchema:schema11.properties.loop.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
var _valid23 = _errs166 === errors;
valid32 = valid32 || _valid23;
}
if(!valid32){
const err109 = {instancePath:instancePath+"/loop",schemaPath:"#/properties/loop/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop.anyOf,parentSchema:schema11.properties.loop,data:data30};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
else {
errors = _errs163;
if(vErrors !== null){
if(_errs163){
vErrors.length = _errs163;
}
else {
vErrors = null;
}
}
}
}
if(data.with_list !== undefined){
let data31 = data.with_list;
const _errs169 = errors;
let valid33 = false;
const _errs170 = errors;
if(!(Array.isArray(data31))){
const err110 = {instancePath:instancePath+"/with_list",schemaPath:"#/properties/with_list/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.with_list.anyOf[0].type,parentSchema:schema11.properties.with_list.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid24 = _errs170 === errors;
valid33 = valid33 || _valid24;
if(!valid33){
const _errs172 = errors;
if(typeof data31 === "string"){
if(!pattern2.test(data31)){
const err111 = {instancePath:instancePath+"/with_list",schemaPath:"#/properties/with_list/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.with_list.anyOf[1],data:data31};
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
const err112 = {instancePath:instancePath+"/with_list",schemaPath:"#/properties/with_list/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.with_list.anyOf[1].type,parentSchema:schema11.properties.with_list.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
var _valid24 = _errs172 === errors;
valid33 = valid33 || _valid24;
}
if(!valid33){
const err113 = {instancePath:instancePath+"/with_list",schemaPath:"#/properties/with_list/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.with_list.anyOf,parentSchema:schema11.properties.with_list,data:data31};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs169;
if(vErrors !== null){
if(_errs169){
vErrors.length = _errs169;
}
else {
vErrors = null;
}
}
}
}
if(data.loop_control !== undefined){
let data32 = data.loop_control;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key1 in data32){
if(!(((((((key1 === "loop_var") || (key1 === "index_var")) || (key1 === "label")) || (key1 === "pause")) || (key1 === "extended")) || (key1 === "extended_allitems")) || (key1 === "break_when"))){
const err114 = {instancePath:instancePath+"/loop_control",schemaPath:"#/properties/loop_control/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.loop_control,data:data32};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data32.loop_var !== undefined){
let data33 = data32.loop_var;
if(typeof data33 === "string"){
if(!pattern13.test(data33)){
const err115 = {instancePath:instancePath+"/loop_control/loop_var",schemaPath:"#/properties/loop_control/properties/loop_var/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.loop_control.properties.loop_var,data:data33};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/loop_control/loop_var",schemaPath:"#/properties/loop_control/properties/loop_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.loop_var.type,parentSchema:schema11.properties.loop_control.properties.loop_var,data:data33};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data32.index_var !== undefined){
let data34 = data32.index_var;
if(typeof data34 === "string"){
if(!pattern13.test(data34)){
const err117 = {instancePath:instancePath+"/loop_control/index_var",schemaPath:"#/properties/loop_control/properties/index_var/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.loop_control.properties.index_var,data:data34};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/loop_control/index_var",schemaPath:"#/properties/loop_control/properties/index_var/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.index_var.type,parentSchema:schema11.properties.loop_control.properties.index_var,data:data34};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data32.label !== undefined){
let data35 = data32.label;
if(typeof data35 != "string" && !(data35 instanceof func3)){
const err119 = {instancePath:instancePath+"/loop_control/label",schemaPath:"#/properties/loop_control/properties/label/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.loop_control.properties.label,data:data35};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data32.pause !== undefined){
let data36 = data32.pause;
const _errs183 = errors;
let valid35 = false;
const _errs184 = errors;
if(typeof data36 == "number"){
if(data36 < 0 || isNaN(data36)){
const err120 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.loop_control.properties.pause.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[0],data:data36};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid25 = _errs184 === errors;
valid35 = valid35 || _valid25;
if(!valid35){
const _errs186 = errors;
if(typeof data36 === "string"){
if(!pattern18.test(data36)){
const err122 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.pause.anyOf[1],data:data36};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.pause.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.pause.anyOf[1],data:data36};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid25 = _errs186 === errors;
valid35 = valid35 || _valid25;
}
if(!valid35){
const err124 = {instancePath:instancePath+"/loop_control/pause",schemaPath:"#/properties/loop_control/properties/pause/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.pause.anyOf,parentSchema:schema11.properties.loop_control.properties.pause,data:data36};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
}
}
if(data32.extended !== undefined){
let data37 = data32.extended;
const _errs189 = errors;
let valid36 = false;
const _errs190 = errors;
if(typeof data37 !== "boolean"){
const err125 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.extended.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[0],data:data37};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid26 = _errs190 === errors;
valid36 = valid36 || _valid26;
if(!valid36){
const _errs192 = errors;
if(!((data37 === 0) || (data37 === 1))){
const err126 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.loop_control.properties.extended.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.loop_control.properties.extended.anyOf[1].enum,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[1],data:data37};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
var _valid26 = _errs192 === errors;
valid36 = valid36 || _valid26;
if(!valid36){
const _errs193 = errors;
if(typeof data37 === "string"){
if(!pattern0.test(data37)){
const err127 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.extended.anyOf[2],data:data37};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.extended.anyOf[2].type,parentSchema:schema11.properties.loop_control.properties.extended.anyOf[2],data:data37};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var _valid26 = _errs193 === errors;
valid36 = valid36 || _valid26;
}
}
if(!valid36){
const err129 = {instancePath:instancePath+"/loop_control/extended",schemaPath:"#/properties/loop_control/properties/extended/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.extended.anyOf,parentSchema:schema11.properties.loop_control.properties.extended,data:data37};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
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
if(data32.extended_allitems !== undefined){
let data38 = data32.extended_allitems;
const _errs196 = errors;
let valid37 = false;
const _errs197 = errors;
if(typeof data38 !== "boolean"){
const err130 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[0],data:data38};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
var _valid27 = _errs197 === errors;
valid37 = valid37 || _valid27;
if(!valid37){
const _errs199 = errors;
if(!((data38 === 0) || (data38 === 1))){
const err131 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.loop_control.properties.extended_allitems.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[1].enum,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[1],data:data38};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
var _valid27 = _errs199 === errors;
valid37 = valid37 || _valid27;
if(!valid37){
const _errs200 = errors;
if(typeof data38 === "string"){
if(!pattern0.test(data38)){
const err132 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2],data:data38};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2].type,parentSchema:schema11.properties.loop_control.properties.extended_allitems.anyOf[2],data:data38};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid27 = _errs200 === errors;
valid37 = valid37 || _valid27;
}
}
if(!valid37){
const err134 = {instancePath:instancePath+"/loop_control/extended_allitems",schemaPath:"#/properties/loop_control/properties/extended_allitems/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.extended_allitems.anyOf,parentSchema:schema11.properties.loop_control.properties.extended_allitems,data:data38};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
}
}
if(data32.break_when !== undefined){
let data39 = data32.break_when;
const _errs203 = errors;
let valid38 = false;
const _errs204 = errors;
const _errs205 = errors;
let valid39 = false;
const _errs206 = errors;
if(typeof data39 !== "string"){
const err135 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[0],data:data39};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid29 = _errs206 === errors;
valid39 = valid39 || _valid29;
if(!valid39){
const _errs208 = errors;
if(typeof data39 !== "boolean"){
const err136 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid29 = _errs208 === errors;
valid39 = valid39 || _valid29;
}
if(!valid39){
const err137 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf[0].anyOf,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[0],data:data39};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
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
var _valid28 = _errs204 === errors;
valid38 = valid38 || _valid28;
if(!valid38){
const _errs210 = errors;
if(Array.isArray(data39)){
const len4 = data39.length;
for(let i4=0; i4<len4; i4++){
let data40 = data39[i4];
const _errs213 = errors;
let valid42 = false;
const _errs214 = errors;
if(typeof data40 !== "string"){
const err138 = {instancePath:instancePath+"/loop_control/break_when/" + i4,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[0],data:data40};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
var _valid30 = _errs214 === errors;
valid42 = valid42 || _valid30;
if(!valid42){
const _errs216 = errors;
if(typeof data40 !== "boolean"){
const err139 = {instancePath:instancePath+"/loop_control/break_when/" + i4,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf[1],data:data40};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid30 = _errs216 === errors;
valid42 = valid42 || _valid30;
}
if(!valid42){
const err140 = {instancePath:instancePath+"/loop_control/break_when/" + i4,schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].items.anyOf,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1].items,data:data40};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
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
const err141 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.loop_control.properties.break_when.anyOf[1].type,parentSchema:schema11.properties.loop_control.properties.break_when.anyOf[1],data:data39};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var _valid28 = _errs210 === errors;
valid38 = valid38 || _valid28;
}
if(!valid38){
const err142 = {instancePath:instancePath+"/loop_control/break_when",schemaPath:"#/properties/loop_control/properties/break_when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.loop_control.properties.break_when.anyOf,parentSchema:schema11.properties.loop_control.properties.break_when,data:data39};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
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
}
else {
const err143 = {instancePath:instancePath+"/loop_control",schemaPath:"#/properties/loop_control/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.loop_control.type,parentSchema:schema11.properties.loop_control,data:data32};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.until !== undefined){
let data41 = data.until;
const _errs219 = errors;
let valid43 = false;
const _errs220 = errors;
const _errs221 = errors;
let valid44 = false;
const _errs222 = errors;
if(typeof data41 !== "string"){
const err144 = {instancePath:instancePath+"/until",schemaPath:"#/properties/until/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.until.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.until.anyOf[0].anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
var _valid32 = _errs222 === errors;
valid44 = valid44 || _valid32;
if(!valid44){
const _errs224 = errors;
if(typeof data41 !== "boolean"){
const err145 = {instancePath:instancePath+"/until",schemaPath:"#/properties/until/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.until.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.until.anyOf[0].anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
var _valid32 = _errs224 === errors;
valid44 = valid44 || _valid32;
}
if(!valid44){
const err146 = {instancePath:instancePath+"/until",schemaPath:"#/properties/until/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.until.anyOf[0].anyOf,parentSchema:schema11.properties.until.anyOf[0],data:data41};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
else {
errors = _errs221;
if(vErrors !== null){
if(_errs221){
vErrors.length = _errs221;
}
else {
vErrors = null;
}
}
}
var _valid31 = _errs220 === errors;
valid43 = valid43 || _valid31;
if(!valid43){
const _errs226 = errors;
if(Array.isArray(data41)){
const len5 = data41.length;
for(let i5=0; i5<len5; i5++){
let data42 = data41[i5];
const _errs229 = errors;
let valid47 = false;
const _errs230 = errors;
if(typeof data42 !== "string"){
const err147 = {instancePath:instancePath+"/until/" + i5,schemaPath:"#/properties/until/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.until.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.until.anyOf[1].items.anyOf[0],data:data42};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var _valid33 = _errs230 === errors;
valid47 = valid47 || _valid33;
if(!valid47){
const _errs232 = errors;
if(typeof data42 !== "boolean"){
const err148 = {instancePath:instancePath+"/until/" + i5,schemaPath:"#/properties/until/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.until.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.until.anyOf[1].items.anyOf[1],data:data42};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
var _valid33 = _errs232 === errors;
valid47 = valid47 || _valid33;
}
if(!valid47){
const err149 = {instancePath:instancePath+"/until/" + i5,schemaPath:"#/properties/until/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.until.anyOf[1].items.anyOf,parentSchema:schema11.properties.until.anyOf[1].items,data:data42};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err150 = {instancePath:instancePath+"/until",schemaPath:"#/properties/until/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.until.anyOf[1].type,parentSchema:schema11.properties.until.anyOf[1],data:data41};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
var _valid31 = _errs226 === errors;
valid43 = valid43 || _valid31;
}
if(!valid43){
const err151 = {instancePath:instancePath+"/until",schemaPath:"#/properties/until/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.until.anyOf,parentSchema:schema11.properties.until,data:data41};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
else {
errors = _errs219;
if(vErrors !== null){
if(_errs219){
vErrors.length = _errs219;
}
else {
vErrors = null;
}
}
}
}
if(data.retries !== undefined){
let data43 = data.retries;
const _errs235 = errors;
let valid48 = false;
const _errs236 = errors;
if(!((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43)))){
const err152 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.retries.anyOf[0].type,parentSchema:schema11.properties.retries.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(typeof data43 == "number"){
if(data43 < 0 || isNaN(data43)){
const err153 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.retries.anyOf[0],data:data43};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
var _valid34 = _errs236 === errors;
valid48 = valid48 || _valid34;
if(!valid48){
const _errs238 = errors;
if(typeof data43 === "string"){
if(!pattern1.test(data43)){
const err154 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.retries.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.retries.anyOf[1].type,parentSchema:schema11.properties.retries.anyOf[1],data:data43};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
var _valid34 = _errs238 === errors;
valid48 = valid48 || _valid34;
}
if(!valid48){
const err156 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.retries.anyOf,parentSchema:schema11.properties.retries,data:data43};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
else {
errors = _errs235;
if(vErrors !== null){
if(_errs235){
vErrors.length = _errs235;
}
else {
vErrors = null;
}
}
}
}
if(data.delay !== undefined){
let data44 = data.delay;
const _errs241 = errors;
let valid49 = false;
const _errs242 = errors;
if(typeof data44 == "number"){
if(data44 < 0 || isNaN(data44)){
const err157 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.delay.anyOf[0],data:data44};
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
const err158 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.delay.anyOf[0].type,parentSchema:schema11.properties.delay.anyOf[0],data:data44};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid35 = _errs242 === errors;
valid49 = valid49 || _valid35;
if(!valid49){
const _errs244 = errors;
if(typeof data44 === "string"){
if(!pattern18.test(data44)){
const err159 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.delay.anyOf[1],data:data44};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.delay.anyOf[1].type,parentSchema:schema11.properties.delay.anyOf[1],data:data44};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
var _valid35 = _errs244 === errors;
valid49 = valid49 || _valid35;
}
if(!valid49){
const err161 = {instancePath:instancePath+"/delay",schemaPath:"#/properties/delay/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.delay.anyOf,parentSchema:schema11.properties.delay,data:data44};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
else {
errors = _errs241;
if(vErrors !== null){
if(_errs241){
vErrors.length = _errs241;
}
else {
vErrors = null;
}
}
}
}
if(data.async !== undefined){
let data45 = data.async;
const _errs247 = errors;
let valid50 = false;
const _errs248 = errors;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err162 = {instancePath:instancePath+"/async",schemaPath:"#/properties/async/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.async.anyOf[0].type,parentSchema:schema11.properties.async.anyOf[0],data:data45};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 < 0 || isNaN(data45)){
const err163 = {instancePath:instancePath+"/async",schemaPath:"#/properties/async/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.async.anyOf[0],data:data45};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
var _valid36 = _errs248 === errors;
valid50 = valid50 || _valid36;
if(!valid50){
const _errs250 = errors;
if(typeof data45 === "string"){
if(!pattern1.test(data45)){
const err164 = {instancePath:instancePath+"/async",schemaPath:"#/properties/async/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.async.anyOf[1],data:data45};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
else {
const err165 = {instancePath:instancePath+"/async",schemaPath:"#/properties/async/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.async.anyOf[1].type,parentSchema:schema11.properties.async.anyOf[1],data:data45};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
var _valid36 = _errs250 === errors;
valid50 = valid50 || _valid36;
}
if(!valid50){
const err166 = {instancePath:instancePath+"/async",schemaPath:"#/properties/async/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.async.anyOf,parentSchema:schema11.properties.async,data:data45};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
else {
errors = _errs247;
if(vErrors !== null){
if(_errs247){
vErrors.length = _errs247;
}
else {
vErrors = null;
}
}
}
}
if(data.poll !== undefined){
let data46 = data.poll;
const _errs253 = errors;
let valid51 = false;
const _errs254 = errors;
if(!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))){
const err167 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.poll.anyOf[0].type,parentSchema:schema11.properties.poll.anyOf[0],data:data46};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 < 0 || isNaN(data46)){
const err168 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.poll.anyOf[0],data:data46};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
var _valid37 = _errs254 === errors;
valid51 = valid51 || _valid37;
if(!valid51){
const _errs256 = errors;
if(typeof data46 === "string"){
if(!pattern1.test(data46)){
const err169 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.poll.anyOf[1],data:data46};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.poll.anyOf[1].type,parentSchema:schema11.properties.poll.anyOf[1],data:data46};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
var _valid37 = _errs256 === errors;
valid51 = valid51 || _valid37;
}
if(!valid51){
const err171 = {instancePath:instancePath+"/poll",schemaPath:"#/properties/poll/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.poll.anyOf,parentSchema:schema11.properties.poll,data:data46};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
else {
errors = _errs253;
if(vErrors !== null){
if(_errs253){
vErrors.length = _errs253;
}
else {
vErrors = null;
}
}
}
}
if(data.failed_when !== undefined){
let data47 = data.failed_when;
const _errs259 = errors;
let valid52 = false;
const _errs260 = errors;
const _errs261 = errors;
let valid53 = false;
const _errs262 = errors;
if(typeof data47 !== "string"){
const err172 = {instancePath:instancePath+"/failed_when",schemaPath:"#/properties/failed_when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.failed_when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.failed_when.anyOf[0].anyOf[0],data:data47};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
var _valid39 = _errs262 === errors;
valid53 = valid53 || _valid39;
if(!valid53){
const _errs264 = errors;
if(typeof data47 !== "boolean"){
const err173 = {instancePath:instancePath+"/failed_when",schemaPath:"#/properties/failed_when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.failed_when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.failed_when.anyOf[0].anyOf[1],data:data47};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
var _valid39 = _errs264 === errors;
valid53 = valid53 || _valid39;
}
if(!valid53){
const err174 = {instancePath:instancePath+"/failed_when",schemaPath:"#/properties/failed_when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.failed_when.anyOf[0].anyOf,parentSchema:schema11.properties.failed_when.anyOf[0],data:data47};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
else {
errors = _errs261;
if(vErrors !== null){
if(_errs261){
vErrors.length = _errs261;
}
else {
vErrors = null;
}
}
}
var _valid38 = _errs260 === errors;
valid52 = valid52 || _valid38;
if(!valid52){
const _errs266 = errors;
if(Array.isArray(data47)){
const len6 = data47.length;
for(let i6=0; i6<len6; i6++){
let data48 = data47[i6];
const _errs269 = errors;
let valid56 = false;
const _errs270 = errors;
if(typeof data48 !== "string"){
const err175 = {instancePath:instancePath+"/failed_when/" + i6,schemaPath:"#/properties/failed_when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.failed_when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.failed_when.anyOf[1].items.anyOf[0],data:data48};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid40 = _errs270 === errors;
valid56 = valid56 || _valid40;
if(!valid56){
const _errs272 = errors;
if(typeof data48 !== "boolean"){
const err176 = {instancePath:instancePath+"/failed_when/" + i6,schemaPath:"#/properties/failed_when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.failed_when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.failed_when.anyOf[1].items.anyOf[1],data:data48};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
var _valid40 = _errs272 === errors;
valid56 = valid56 || _valid40;
}
if(!valid56){
const err177 = {instancePath:instancePath+"/failed_when/" + i6,schemaPath:"#/properties/failed_when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.failed_when.anyOf[1].items.anyOf,parentSchema:schema11.properties.failed_when.anyOf[1].items,data:data48};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
else {
errors = _errs269;
if(vErrors !== null){
if(_errs269){
vErrors.length = _errs269;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err178 = {instancePath:instancePath+"/failed_when",schemaPath:"#/properties/failed_when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.failed_when.anyOf[1].type,parentSchema:schema11.properties.failed_when.anyOf[1],data:data47};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
var _valid38 = _errs266 === errors;
valid52 = valid52 || _valid38;
}
if(!valid52){
const err179 = {instancePath:instancePath+"/failed_when",schemaPath:"#/properties/failed_when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.failed_when.anyOf,parentSchema:schema11.properties.failed_when,data:data47};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
else {
errors = _errs259;
if(vErrors !== null){
if(_errs259){
vErrors.length = _errs259;
}
else {
vErrors = null;
}
}
}
}
if(data.changed_when !== undefined){
let data49 = data.changed_when;
const _errs275 = errors;
let valid57 = false;
const _errs276 = errors;
const _errs277 = errors;
let valid58 = false;
const _errs278 = errors;
if(typeof data49 !== "string"){
const err180 = {instancePath:instancePath+"/changed_when",schemaPath:"#/properties/changed_when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.changed_when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.changed_when.anyOf[0].anyOf[0],data:data49};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
var _valid42 = _errs278 === errors;
valid58 = valid58 || _valid42;
if(!valid58){
const _errs280 = errors;
if(typeof data49 !== "boolean"){
const err181 = {instancePath:instancePath+"/changed_when",schemaPath:"#/properties/changed_when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.changed_when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.changed_when.anyOf[0].anyOf[1],data:data49};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
var _valid42 = _errs280 === errors;
valid58 = valid58 || _valid42;
}
if(!valid58){
const err182 = {instancePath:instancePath+"/changed_when",schemaPath:"#/properties/changed_when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.changed_when.anyOf[0].anyOf,parentSchema:schema11.properties.changed_when.anyOf[0],data:data49};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
else {
errors = _errs277;
if(vErrors !== null){
if(_errs277){
vErrors.length = _errs277;
}
else {
vErrors = null;
}
}
}
var _valid41 = _errs276 === errors;
valid57 = valid57 || _valid41;
if(!valid57){
const _errs282 = errors;
if(Array.isArray(data49)){
const len7 = data49.length;
for(let i7=0; i7<len7; i7++){
let data50 = data49[i7];
const _errs285 = errors;
let valid61 = false;
const _errs286 = errors;
if(typeof data50 !== "string"){
const err183 = {instancePath:instancePath+"/changed_when/" + i7,schemaPath:"#/properties/changed_when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.changed_when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.changed_when.anyOf[1].items.anyOf[0],data:data50};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid43 = _errs286 === errors;
valid61 = valid61 || _valid43;
if(!valid61){
const _errs288 = errors;
if(typeof data50 !== "boolean"){
const err184 = {instancePath:instancePath+"/changed_when/" + i7,schemaPath:"#/properties/changed_when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.changed_when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.changed_when.anyOf[1].items.anyOf[1],data:data50};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid43 = _errs288 === errors;
valid61 = valid61 || _valid43;
}
if(!valid61){
const err185 = {instancePath:instancePath+"/changed_when/" + i7,schemaPath:"#/properties/changed_when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.changed_when.anyOf[1].items.anyOf,parentSchema:schema11.properties.changed_when.anyOf[1].items,data:data50};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
else {
errors = _errs285;
if(vErrors !== null){
if(_errs285){
vErrors.length = _errs285;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err186 = {instancePath:instancePath+"/changed_when",schemaPath:"#/properties/changed_when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.changed_when.anyOf[1].type,parentSchema:schema11.properties.changed_when.anyOf[1],data:data49};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
var _valid41 = _errs282 === errors;
valid57 = valid57 || _valid41;
}
if(!valid57){
const err187 = {instancePath:instancePath+"/changed_when",schemaPath:"#/properties/changed_when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.changed_when.anyOf,parentSchema:schema11.properties.changed_when,data:data49};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
else {
errors = _errs275;
if(vErrors !== null){
if(_errs275){
vErrors.length = _errs275;
}
else {
vErrors = null;
}
}
}
}
if(data.delegate_to !== undefined){
let data51 = data.delegate_to;
if(typeof data51 != "string" && !(data51 instanceof func3)){
const err188 = {instancePath:instancePath+"/delegate_to",schemaPath:"#/properties/delegate_to/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.delegate_to,data:data51};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data.delegate_facts !== undefined){
let data52 = data.delegate_facts;
const _errs292 = errors;
let valid62 = false;
const _errs293 = errors;
if(typeof data52 !== "boolean"){
const err189 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.delegate_facts.anyOf[0].type,parentSchema:schema11.properties.delegate_facts.anyOf[0],data:data52};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
var _valid44 = _errs293 === errors;
valid62 = valid62 || _valid44;
if(!valid62){
const _errs295 = errors;
if(!((data52 === 0) || (data52 === 1))){
const err190 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.delegate_facts.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.delegate_facts.anyOf[1].enum,parentSchema:schema11.properties.delegate_facts.anyOf[1],data:data52};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
var _valid44 = _errs295 === errors;
valid62 = valid62 || _valid44;
if(!valid62){
const _errs296 = errors;
if(typeof data52 === "string"){
if(!pattern0.test(data52)){
const err191 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.delegate_facts.anyOf[2],data:data52};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
else {
const err192 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.delegate_facts.anyOf[2].type,parentSchema:schema11.properties.delegate_facts.anyOf[2],data:data52};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
var _valid44 = _errs296 === errors;
valid62 = valid62 || _valid44;
}
}
if(!valid62){
const err193 = {instancePath:instancePath+"/delegate_facts",schemaPath:"#/properties/delegate_facts/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.delegate_facts.anyOf,parentSchema:schema11.properties.delegate_facts,data:data52};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs292;
if(vErrors !== null){
if(_errs292){
vErrors.length = _errs292;
}
else {
vErrors = null;
}
}
}
}
if(data.notify !== undefined){
let data53 = data.notify;
const _errs299 = errors;
let valid63 = false;
const _errs300 = errors;
if(typeof data53 !== "string"){
const err194 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.notify.anyOf[0].type,parentSchema:schema11.properties.notify.anyOf[0],data:data53};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid45 = _errs300 === errors;
valid63 = valid63 || _valid45;
if(!valid63){
const _errs302 = errors;
if(Array.isArray(data53)){
const len8 = data53.length;
for(let i8=0; i8<len8; i8++){
let data54 = data53[i8];
if(typeof data54 !== "string"){
const err195 = {instancePath:instancePath+"/notify/" + i8,schemaPath:"#/properties/notify/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.notify.anyOf[1].items.type,parentSchema:schema11.properties.notify.anyOf[1].items,data:data54};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.notify.anyOf[1].type,parentSchema:schema11.properties.notify.anyOf[1],data:data53};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
var _valid45 = _errs302 === errors;
valid63 = valid63 || _valid45;
}
if(!valid63){
const err197 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.notify.anyOf,parentSchema:schema11.properties.notify,data:data53};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
else {
errors = _errs299;
if(vErrors !== null){
if(_errs299){
vErrors.length = _errs299;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err198 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sd7d1bbc63631150aa4642ce6706f5678;
};
