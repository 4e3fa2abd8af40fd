// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sde78cc5e89ffbafdc1fb272d930d0cea = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"'flush_handlers', 'refresh_inventory', 'noop', 'clear_facts', 'clear_host_errors', 'end_play', 'end_host', 'end_batch', 'reset_connection' or 'end_role'","anyOf":[{"enum":["flush_handlers","refresh_inventory","noop","clear_facts","clear_host_errors","end_play","end_host","end_batch","reset_connection","end_role"]},{"type":"string","pattern":"\\{\\{|\\{%"}]}},"required":["_raw_params"],"additionalProperties":false};
const pattern0 = new RegExp("\\{\\{|\\{%", "u");

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
if(!(key0 === "_raw_params")){
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
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!((((((((((data0 === "flush_handlers") || (data0 === "refresh_inventory")) || (data0 === "noop")) || (data0 === "clear_facts")) || (data0 === "clear_host_errors")) || (data0 === "end_play")) || (data0 === "end_host")) || (data0 === "end_batch")) || (data0 === "reset_connection")) || (data0 === "end_role"))){
const err2 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties._raw_params.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties._raw_params.anyOf[0].enum,parentSchema:schema11.properties._raw_params.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs5 = errors;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties._raw_params.anyOf[1],data:data0};
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
const err4 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties._raw_params.anyOf[1].type,parentSchema:schema11.properties._raw_params.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/_raw_params",schemaPath:"#/properties/_raw_params/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties._raw_params.anyOf,parentSchema:schema11.properties._raw_params,data:data0};
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

return exports.sde78cc5e89ffbafdc1fb272d930d0cea;
};
