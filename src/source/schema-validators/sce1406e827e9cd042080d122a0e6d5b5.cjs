// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sce1406e827e9cd042080d122a0e6d5b5 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a script path and its arguments","text":true},"cmd":{"description":"a string","text":true},"decrypt":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"chdir":{"description":"a path","text":true},"creates":{"description":"a path","text":true},"removes":{"description":"a path","text":true},"executable":{"description":"a path","text":true}},"required":[],"additionalProperties":false};
const func2 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "_raw_params") || (key0 === "cmd")) || (key0 === "decrypt")) || (key0 === "chdir")) || (key0 === "creates")) || (key0 === "removes")) || (key0 === "executable"))){
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
if(typeof data0 != "string" && !(data0 instanceof func2)){
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
if(typeof data1 != "string" && !(data1 instanceof func2)){
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
if(data.decrypt !== undefined){
let data2 = data.decrypt;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.decrypt.anyOf[0].type,parentSchema:schema11.properties.decrypt.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(!((data2 === 0) || (data2 === 1))){
const err4 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.decrypt.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.decrypt.anyOf[1].enum,parentSchema:schema11.properties.decrypt.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err5 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.decrypt.anyOf[2],data:data2};
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
const err6 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.decrypt.anyOf[2].type,parentSchema:schema11.properties.decrypt.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.decrypt.anyOf,parentSchema:schema11.properties.decrypt,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.chdir !== undefined){
let data3 = data.chdir;
if(typeof data3 != "string" && !(data3 instanceof func2)){
const err8 = {instancePath:instancePath+"/chdir",schemaPath:"#/properties/chdir/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.chdir,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.creates !== undefined){
let data4 = data.creates;
if(typeof data4 != "string" && !(data4 instanceof func2)){
const err9 = {instancePath:instancePath+"/creates",schemaPath:"#/properties/creates/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.creates,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.removes !== undefined){
let data5 = data.removes;
if(typeof data5 != "string" && !(data5 instanceof func2)){
const err10 = {instancePath:instancePath+"/removes",schemaPath:"#/properties/removes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.removes,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.executable !== undefined){
let data6 = data.executable;
if(typeof data6 != "string" && !(data6 instanceof func2)){
const err11 = {instancePath:instancePath+"/executable",schemaPath:"#/properties/executable/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.executable,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sce1406e827e9cd042080d122a0e6d5b5;
};
