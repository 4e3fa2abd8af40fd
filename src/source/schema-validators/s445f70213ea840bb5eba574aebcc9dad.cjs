// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s445f70213ea840bb5eba574aebcc9dad = validate10;
const schema11 = {"type":"object","properties":{"path":{"description":"a path","text":true},"follow":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"get_checksum":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"checksum_algorithm":{"description":"'md5', 'sha1', 'sha224', 'sha256', 'sha384' or 'sha512'","anyOf":[{"enum":["md5","sha1","sha224","sha256","sha384","sha512"]},{"type":"string","pattern":"\\{\\{|\\{%"}]},"get_mime":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"get_attributes":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":["path"],"additionalProperties":false};
const func2 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "path") || (key0 === "follow")) || (key0 === "get_checksum")) || (key0 === "checksum_algorithm")) || (key0 === "get_mime")) || (key0 === "get_attributes"))){
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
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.path,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.follow !== undefined){
let data1 = data.follow;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.follow.anyOf[0].type,parentSchema:schema11.properties.follow.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs7 = errors;
if(!((data1 === 0) || (data1 === 1))){
const err4 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.follow.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.follow.anyOf[1].enum,parentSchema:schema11.properties.follow.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.follow.anyOf[2],data:data1};
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
const err6 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.follow.anyOf[2].type,parentSchema:schema11.properties.follow.anyOf[2],data:data1};
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
}
}
if(!valid1){
const err7 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.follow.anyOf,parentSchema:schema11.properties.follow,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(data.get_checksum !== undefined){
let data2 = data.get_checksum;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/get_checksum",schemaPath:"#/properties/get_checksum/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.get_checksum.anyOf[0].type,parentSchema:schema11.properties.get_checksum.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs14 = errors;
if(!((data2 === 0) || (data2 === 1))){
const err9 = {instancePath:instancePath+"/get_checksum",schemaPath:"#/properties/get_checksum/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.get_checksum.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.get_checksum.anyOf[1].enum,parentSchema:schema11.properties.get_checksum.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/get_checksum",schemaPath:"#/properties/get_checksum/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.get_checksum.anyOf[2],data:data2};
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
const err11 = {instancePath:instancePath+"/get_checksum",schemaPath:"#/properties/get_checksum/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.get_checksum.anyOf[2].type,parentSchema:schema11.properties.get_checksum.anyOf[2],data:data2};
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
}
}
if(!valid2){
const err12 = {instancePath:instancePath+"/get_checksum",schemaPath:"#/properties/get_checksum/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.get_checksum.anyOf,parentSchema:schema11.properties.get_checksum,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
if(data.checksum_algorithm !== undefined){
let data3 = data.checksum_algorithm;
const _errs18 = errors;
let valid3 = false;
const _errs19 = errors;
if(!((((((data3 === "md5") || (data3 === "sha1")) || (data3 === "sha224")) || (data3 === "sha256")) || (data3 === "sha384")) || (data3 === "sha512"))){
const err13 = {instancePath:instancePath+"/checksum_algorithm",schemaPath:"#/properties/checksum_algorithm/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.checksum_algorithm.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.checksum_algorithm.anyOf[0].enum,parentSchema:schema11.properties.checksum_algorithm.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid2 = _errs19 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs20 = errors;
if(typeof data3 === "string"){
if(!pattern2.test(data3)){
const err14 = {instancePath:instancePath+"/checksum_algorithm",schemaPath:"#/properties/checksum_algorithm/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.checksum_algorithm.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/checksum_algorithm",schemaPath:"#/properties/checksum_algorithm/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.checksum_algorithm.anyOf[1].type,parentSchema:schema11.properties.checksum_algorithm.anyOf[1],data:data3};
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
}
if(!valid3){
const err16 = {instancePath:instancePath+"/checksum_algorithm",schemaPath:"#/properties/checksum_algorithm/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.checksum_algorithm.anyOf,parentSchema:schema11.properties.checksum_algorithm,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
if(data.get_mime !== undefined){
let data4 = data.get_mime;
const _errs23 = errors;
let valid4 = false;
const _errs24 = errors;
if(typeof data4 !== "boolean"){
const err17 = {instancePath:instancePath+"/get_mime",schemaPath:"#/properties/get_mime/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.get_mime.anyOf[0].type,parentSchema:schema11.properties.get_mime.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid3 = _errs24 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs26 = errors;
if(!((data4 === 0) || (data4 === 1))){
const err18 = {instancePath:instancePath+"/get_mime",schemaPath:"#/properties/get_mime/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.get_mime.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.get_mime.anyOf[1].enum,parentSchema:schema11.properties.get_mime.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs26 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs27 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err19 = {instancePath:instancePath+"/get_mime",schemaPath:"#/properties/get_mime/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.get_mime.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/get_mime",schemaPath:"#/properties/get_mime/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.get_mime.anyOf[2].type,parentSchema:schema11.properties.get_mime.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid4 = valid4 || _valid3;
}
}
if(!valid4){
const err21 = {instancePath:instancePath+"/get_mime",schemaPath:"#/properties/get_mime/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.get_mime.anyOf,parentSchema:schema11.properties.get_mime,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.get_attributes !== undefined){
let data5 = data.get_attributes;
const _errs30 = errors;
let valid5 = false;
const _errs31 = errors;
if(typeof data5 !== "boolean"){
const err22 = {instancePath:instancePath+"/get_attributes",schemaPath:"#/properties/get_attributes/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.get_attributes.anyOf[0].type,parentSchema:schema11.properties.get_attributes.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid4 = _errs31 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs33 = errors;
if(!((data5 === 0) || (data5 === 1))){
const err23 = {instancePath:instancePath+"/get_attributes",schemaPath:"#/properties/get_attributes/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.get_attributes.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.get_attributes.anyOf[1].enum,parentSchema:schema11.properties.get_attributes.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid4 = _errs33 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs34 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err24 = {instancePath:instancePath+"/get_attributes",schemaPath:"#/properties/get_attributes/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.get_attributes.anyOf[2],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/get_attributes",schemaPath:"#/properties/get_attributes/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.get_attributes.anyOf[2].type,parentSchema:schema11.properties.get_attributes.anyOf[2],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs34 === errors;
valid5 = valid5 || _valid4;
}
}
if(!valid5){
const err26 = {instancePath:instancePath+"/get_attributes",schemaPath:"#/properties/get_attributes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.get_attributes.anyOf,parentSchema:schema11.properties.get_attributes,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s445f70213ea840bb5eba574aebcc9dad;
};
