// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sa75250080c2c90d1be1302d852569590 = validate10;
const schema11 = {"type":"object","properties":{"argument_spec":{},"provided_arguments":{"description":"a mapping","anyOf":[{"type":"object"},{"type":"null"}]},"validate_args_context":{}},"required":["argument_spec"],"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.argument_spec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "argument_spec"},message:"must have required property '"+"argument_spec"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "argument_spec") || (key0 === "provided_arguments")) || (key0 === "validate_args_context"))){
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
if(data.provided_arguments !== undefined){
let data0 = data.provided_arguments;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err2 = {instancePath:instancePath+"/provided_arguments",schemaPath:"#/properties/provided_arguments/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.provided_arguments.anyOf[0].type,parentSchema:schema11.properties.provided_arguments.anyOf[0],data:data0};
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
const _errs6 = errors;
if(data0 !== null){
const err3 = {instancePath:instancePath+"/provided_arguments",schemaPath:"#/properties/provided_arguments/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.provided_arguments.anyOf[1].type,parentSchema:schema11.properties.provided_arguments.anyOf[1],data:data0};
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
}
if(!valid1){
const err4 = {instancePath:instancePath+"/provided_arguments",schemaPath:"#/properties/provided_arguments/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.provided_arguments.anyOf,parentSchema:schema11.properties.provided_arguments,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sa75250080c2c90d1be1302d852569590;
};
