// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s22f5b0a81de728e689f933ab6efecaf6 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a path","text":true},"file":{"description":"a path","text":true},"apply":{"description":"a mapping","anyOf":[{"type":"object"},{"type":"null"}]}},"required":[],"additionalProperties":false};
const func2 = UnsafeText;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "_raw_params") || (key0 === "file")) || (key0 === "apply"))){
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
if(data.file !== undefined){
let data1 = data.file;
if(typeof data1 != "string" && !(data1 instanceof func2)){
const err2 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.file,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.apply !== undefined){
let data2 = data.apply;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err3 = {instancePath:instancePath+"/apply",schemaPath:"#/properties/apply/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.apply.anyOf[0].type,parentSchema:schema11.properties.apply.anyOf[0],data:data2};
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
if(data2 !== null){
const err4 = {instancePath:instancePath+"/apply",schemaPath:"#/properties/apply/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.apply.anyOf[1].type,parentSchema:schema11.properties.apply.anyOf[1],data:data2};
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
}
if(!valid1){
const err5 = {instancePath:instancePath+"/apply",schemaPath:"#/properties/apply/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.apply.anyOf,parentSchema:schema11.properties.apply,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s22f5b0a81de728e689f933ab6efecaf6;
};
