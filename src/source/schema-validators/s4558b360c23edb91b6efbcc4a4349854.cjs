// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s4558b360c23edb91b6efbcc4a4349854 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a command line","text":true},"cmd":{"description":"a command line","text":true},"chdir":{"description":"a path","text":true},"creates":{"description":"a path","text":true},"removes":{"description":"a path","text":true},"executable":{"description":"a path","text":true},"stdin":{"description":"a string","text":true},"stdin_add_newline":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"strip_empty_ends":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

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
if(data._raw_params !== undefined){
let data0 = data._raw_params;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err1 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties._raw_params,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.cmd !== undefined){
let data1 = data.cmd;
if(typeof data1 != "string" && !(data1 instanceof func3)){
const err2 = {instancePath:instancePath+"/cmd",schemaPath:"#/properties/cmd/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.cmd,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.chdir !== undefined){
let data2 = data.chdir;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err3 = {instancePath:instancePath+"/chdir",schemaPath:"#/properties/chdir/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.chdir,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.creates !== undefined){
let data3 = data.creates;
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err4 = {instancePath:instancePath+"/creates",schemaPath:"#/properties/creates/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.creates,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.removes !== undefined){
let data4 = data.removes;
if(typeof data4 != "string" && !(data4 instanceof func3)){
const err5 = {instancePath:instancePath+"/removes",schemaPath:"#/properties/removes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.removes,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.executable !== undefined){
let data5 = data.executable;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err6 = {instancePath:instancePath+"/executable",schemaPath:"#/properties/executable/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.executable,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.stdin !== undefined){
let data6 = data.stdin;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err7 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.stdin,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.stdin_add_newline !== undefined){
let data7 = data.stdin_add_newline;
const _errs10 = errors;
let valid1 = false;
const _errs11 = errors;
if(typeof data7 !== "boolean"){
const err8 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.stdin_add_newline.anyOf[0].type,parentSchema:schema11.properties.stdin_add_newline.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs13 = errors;
if(!((data7 === 0) || (data7 === 1))){
const err9 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.stdin_add_newline.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.stdin_add_newline.anyOf[1].enum,parentSchema:schema11.properties.stdin_add_newline.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs14 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err10 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.stdin_add_newline.anyOf[2],data:data7};
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
const err11 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.stdin_add_newline.anyOf[2].type,parentSchema:schema11.properties.stdin_add_newline.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.stdin_add_newline.anyOf,parentSchema:schema11.properties.stdin_add_newline,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(data.strip_empty_ends !== undefined){
let data8 = data.strip_empty_ends;
const _errs17 = errors;
let valid2 = false;
const _errs18 = errors;
if(typeof data8 !== "boolean"){
const err13 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.strip_empty_ends.anyOf[0].type,parentSchema:schema11.properties.strip_empty_ends.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs20 = errors;
if(!((data8 === 0) || (data8 === 1))){
const err14 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.strip_empty_ends.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.strip_empty_ends.anyOf[1].enum,parentSchema:schema11.properties.strip_empty_ends.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs21 = errors;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err15 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.strip_empty_ends.anyOf[2],data:data8};
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
const err16 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.strip_empty_ends.anyOf[2].type,parentSchema:schema11.properties.strip_empty_ends.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid2 = valid2 || _valid1;
}
}
if(!valid2){
const err17 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.strip_empty_ends.anyOf,parentSchema:schema11.properties.strip_empty_ends,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s4558b360c23edb91b6efbcc4a4349854;
};
