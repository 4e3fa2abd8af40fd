// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s2860b2b46a4ce9cdcd53bbb6054a1f26 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a command line","text":true},"executable":{"description":"a path","text":true}},"required":["_raw_params"],"additionalProperties":false};
const func2 = UnsafeText;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data._raw_params === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "_raw_params"},message:"must have required property '"+"_raw_params"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "_raw_params") || (key0 === "executable"))){
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
if(data._raw_params !== undefined){
let data0 = data._raw_params;
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err2 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties._raw_params,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.executable !== undefined){
let data1 = data.executable;
if(typeof data1 != "string" && !(data1 instanceof func2)){
const err3 = {instancePath:instancePath+"/executable",schemaPath:"#/properties/executable/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.executable,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s2860b2b46a4ce9cdcd53bbb6054a1f26;
};
