// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s8900823174b3d765e71358d436137ec1 = validate10;
const schema11 = {"type":"object","properties":{"src":{"description":"a path","text":true},"dest":{"description":"a path","text":true},"flat":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"fail_on_missing":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"validate_checksum":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":["src","dest"],"additionalProperties":false};
const func2 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.src === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "src"},message:"must have required property '"+"src"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.dest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dest"},message:"must have required property '"+"dest"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "src") || (key0 === "dest")) || (key0 === "flat")) || (key0 === "fail_on_missing")) || (key0 === "validate_checksum"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.src !== undefined){
let data0 = data.src;
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err3 = {instancePath:instancePath+"/src",schemaPath:"#/properties/src/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.src,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dest !== undefined){
let data1 = data.dest;
if(typeof data1 != "string" && !(data1 instanceof func2)){
const err4 = {instancePath:instancePath+"/dest",schemaPath:"#/properties/dest/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.dest,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.flat !== undefined){
let data2 = data.flat;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/flat",schemaPath:"#/properties/flat/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.flat.anyOf[0].type,parentSchema:schema11.properties.flat.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(!((data2 === 0) || (data2 === 1))){
const err6 = {instancePath:instancePath+"/flat",schemaPath:"#/properties/flat/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.flat.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.flat.anyOf[1].enum,parentSchema:schema11.properties.flat.anyOf[1],data:data2};
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
if(!valid1){
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/flat",schemaPath:"#/properties/flat/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.flat.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/flat",schemaPath:"#/properties/flat/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.flat.anyOf[2].type,parentSchema:schema11.properties.flat.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err9 = {instancePath:instancePath+"/flat",schemaPath:"#/properties/flat/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.flat.anyOf,parentSchema:schema11.properties.flat,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data.fail_on_missing !== undefined){
let data3 = data.fail_on_missing;
const _errs12 = errors;
let valid2 = false;
const _errs13 = errors;
if(typeof data3 !== "boolean"){
const err10 = {instancePath:instancePath+"/fail_on_missing",schemaPath:"#/properties/fail_on_missing/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.fail_on_missing.anyOf[0].type,parentSchema:schema11.properties.fail_on_missing.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(!((data3 === 0) || (data3 === 1))){
const err11 = {instancePath:instancePath+"/fail_on_missing",schemaPath:"#/properties/fail_on_missing/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.fail_on_missing.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.fail_on_missing.anyOf[1].enum,parentSchema:schema11.properties.fail_on_missing.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs16 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err12 = {instancePath:instancePath+"/fail_on_missing",schemaPath:"#/properties/fail_on_missing/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.fail_on_missing.anyOf[2],data:data3};
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
const err13 = {instancePath:instancePath+"/fail_on_missing",schemaPath:"#/properties/fail_on_missing/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.fail_on_missing.anyOf[2].type,parentSchema:schema11.properties.fail_on_missing.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/fail_on_missing",schemaPath:"#/properties/fail_on_missing/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.fail_on_missing.anyOf,parentSchema:schema11.properties.fail_on_missing,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.validate_checksum !== undefined){
let data4 = data.validate_checksum;
const _errs19 = errors;
let valid3 = false;
const _errs20 = errors;
if(typeof data4 !== "boolean"){
const err15 = {instancePath:instancePath+"/validate_checksum",schemaPath:"#/properties/validate_checksum/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.validate_checksum.anyOf[0].type,parentSchema:schema11.properties.validate_checksum.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs20 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs22 = errors;
if(!((data4 === 0) || (data4 === 1))){
const err16 = {instancePath:instancePath+"/validate_checksum",schemaPath:"#/properties/validate_checksum/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.validate_checksum.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.validate_checksum.anyOf[1].enum,parentSchema:schema11.properties.validate_checksum.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs23 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err17 = {instancePath:instancePath+"/validate_checksum",schemaPath:"#/properties/validate_checksum/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.validate_checksum.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/validate_checksum",schemaPath:"#/properties/validate_checksum/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.validate_checksum.anyOf[2].type,parentSchema:schema11.properties.validate_checksum.anyOf[2],data:data4};
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
}
}
if(!valid3){
const err19 = {instancePath:instancePath+"/validate_checksum",schemaPath:"#/properties/validate_checksum/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.validate_checksum.anyOf,parentSchema:schema11.properties.validate_checksum,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s8900823174b3d765e71358d436137ec1;
};
