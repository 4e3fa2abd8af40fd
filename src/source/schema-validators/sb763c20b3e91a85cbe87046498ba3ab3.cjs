// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sb763c20b3e91a85cbe87046498ba3ab3 = validate10;
const schema11 = {"type":"object","properties":{"msg":{},"var":{"description":"a variable name or expression","text":true},"verbosity":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const func2 = UnsafeText;
const pattern0 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "msg") || (key0 === "var")) || (key0 === "verbosity"))){
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
if(data.var !== undefined){
let data0 = data.var;
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err1 = {instancePath:instancePath+"/var",schemaPath:"#/properties/var/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.var,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.verbosity !== undefined){
let data1 = data.verbosity;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err2 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.verbosity.anyOf[0].type,parentSchema:schema11.properties.verbosity.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.verbosity.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.verbosity.anyOf[1],data:data1};
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
const err5 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.verbosity.anyOf[1].type,parentSchema:schema11.properties.verbosity.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err6 = {instancePath:instancePath+"/verbosity",schemaPath:"#/properties/verbosity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.verbosity.anyOf,parentSchema:schema11.properties.verbosity,data:data1};
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
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sb763c20b3e91a85cbe87046498ba3ab3;
};
