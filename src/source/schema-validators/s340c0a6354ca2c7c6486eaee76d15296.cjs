// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s340c0a6354ca2c7c6486eaee76d15296 = validate10;
const schema11 = {"type":"object","properties":{"that":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]},"msg":{},"fail_msg":{},"success_msg":{},"quiet":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":["that"],"additionalProperties":false};
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.that === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "that"},message:"must have required property '"+"that"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "that") || (key0 === "msg")) || (key0 === "fail_msg")) || (key0 === "success_msg")) || (key0 === "quiet"))){
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
if(data.that !== undefined){
let data0 = data.that;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
const _errs5 = errors;
let valid2 = false;
const _errs6 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/that",schemaPath:"#/properties/that/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.that.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.that.anyOf[0].anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs6 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs8 = errors;
if(typeof data0 !== "boolean"){
const err3 = {instancePath:instancePath+"/that",schemaPath:"#/properties/that/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.that.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.that.anyOf[0].anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err4 = {instancePath:instancePath+"/that",schemaPath:"#/properties/that/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.that.anyOf[0].anyOf,parentSchema:schema11.properties.that.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs13 = errors;
let valid5 = false;
const _errs14 = errors;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/that/" + i0,schemaPath:"#/properties/that/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.that.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.that.anyOf[1].items.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid2 = _errs14 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs16 = errors;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/that/" + i0,schemaPath:"#/properties/that/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.that.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.that.anyOf[1].items.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err7 = {instancePath:instancePath+"/that/" + i0,schemaPath:"#/properties/that/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.that.anyOf[1].items.anyOf,parentSchema:schema11.properties.that.anyOf[1].items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/that",schemaPath:"#/properties/that/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.that.anyOf[1].type,parentSchema:schema11.properties.that.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err9 = {instancePath:instancePath+"/that",schemaPath:"#/properties/that/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.that.anyOf,parentSchema:schema11.properties.that,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data.quiet !== undefined){
let data2 = data.quiet;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data2 !== "boolean"){
const err10 = {instancePath:instancePath+"/quiet",schemaPath:"#/properties/quiet/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.quiet.anyOf[0].type,parentSchema:schema11.properties.quiet.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid3 = _errs20 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const _errs22 = errors;
if(!((data2 === 0) || (data2 === 1))){
const err11 = {instancePath:instancePath+"/quiet",schemaPath:"#/properties/quiet/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.quiet.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.quiet.anyOf[1].enum,parentSchema:schema11.properties.quiet.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid3 = _errs22 === errors;
valid6 = valid6 || _valid3;
if(!valid6){
const _errs23 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err12 = {instancePath:instancePath+"/quiet",schemaPath:"#/properties/quiet/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.quiet.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/quiet",schemaPath:"#/properties/quiet/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.quiet.anyOf[2].type,parentSchema:schema11.properties.quiet.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs23 === errors;
valid6 = valid6 || _valid3;
}
}
if(!valid6){
const err14 = {instancePath:instancePath+"/quiet",schemaPath:"#/properties/quiet/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.quiet.anyOf,parentSchema:schema11.properties.quiet,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s340c0a6354ca2c7c6486eaee76d15296;
};
