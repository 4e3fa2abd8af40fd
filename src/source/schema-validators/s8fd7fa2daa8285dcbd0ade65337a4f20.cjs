// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s8fd7fa2daa8285dcbd0ade65337a4f20 = validate10;
const schema11 = {"type":"object","properties":{"src":{"description":"a path","text":true},"delimiter":{"description":"a string","text":true},"regexp":{"description":"a string","text":true},"ignore_hidden":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"remote_src":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"decrypt":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"dest":{"description":"a path","text":true},"backup":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"force":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"follow":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"validate":{"description":"a string","text":true},"directory_mode":{"description":"a file mode (a string like '0644' or 'u+rw', or a number)","anyOf":[{"text":true},{"type":"integer","minimum":0}]},"mode":{"description":"a file mode (a string like '0644' or 'u+rw', or a number)","anyOf":[{"text":true},{"type":"integer","minimum":0}]},"owner":{"description":"a string","text":true},"group":{"description":"a string","text":true},"attributes":{"description":"a string","text":true},"unsafe_writes":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"seuser":{"description":"a string","text":true},"serole":{"description":"a string","text":true},"setype":{"description":"a string","text":true},"selevel":{"description":"a string","text":true}},"required":["src","dest"],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
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
if(!(func2.call(schema11.properties, key0))){
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
if(typeof data0 != "string" && !(data0 instanceof func3)){
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
if(data.delimiter !== undefined){
let data1 = data.delimiter;
if(typeof data1 != "string" && !(data1 instanceof func3)){
const err4 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.delimiter,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.regexp !== undefined){
let data2 = data.regexp;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err5 = {instancePath:instancePath+"/regexp",schemaPath:"#/properties/regexp/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.regexp,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ignore_hidden !== undefined){
let data3 = data.ignore_hidden;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(typeof data3 !== "boolean"){
const err6 = {instancePath:instancePath+"/ignore_hidden",schemaPath:"#/properties/ignore_hidden/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_hidden.anyOf[0].type,parentSchema:schema11.properties.ignore_hidden.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs7 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs9 = errors;
if(!((data3 === 0) || (data3 === 1))){
const err7 = {instancePath:instancePath+"/ignore_hidden",schemaPath:"#/properties/ignore_hidden/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_hidden.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_hidden.anyOf[1].enum,parentSchema:schema11.properties.ignore_hidden.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err8 = {instancePath:instancePath+"/ignore_hidden",schemaPath:"#/properties/ignore_hidden/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_hidden.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/ignore_hidden",schemaPath:"#/properties/ignore_hidden/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_hidden.anyOf[2].type,parentSchema:schema11.properties.ignore_hidden.anyOf[2],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err10 = {instancePath:instancePath+"/ignore_hidden",schemaPath:"#/properties/ignore_hidden/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_hidden.anyOf,parentSchema:schema11.properties.ignore_hidden,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(data.remote_src !== undefined){
let data4 = data.remote_src;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data4 !== "boolean"){
const err11 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.remote_src.anyOf[0].type,parentSchema:schema11.properties.remote_src.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs16 = errors;
if(!((data4 === 0) || (data4 === 1))){
const err12 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.remote_src.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.remote_src.anyOf[1].enum,parentSchema:schema11.properties.remote_src.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs17 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.remote_src.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.remote_src.anyOf[2].type,parentSchema:schema11.properties.remote_src.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid2 = valid2 || _valid1;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.remote_src.anyOf,parentSchema:schema11.properties.remote_src,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
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
if(data.decrypt !== undefined){
let data5 = data.decrypt;
const _errs20 = errors;
let valid3 = false;
const _errs21 = errors;
if(typeof data5 !== "boolean"){
const err16 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.decrypt.anyOf[0].type,parentSchema:schema11.properties.decrypt.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs21 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs23 = errors;
if(!((data5 === 0) || (data5 === 1))){
const err17 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.decrypt.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.decrypt.anyOf[1].enum,parentSchema:schema11.properties.decrypt.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs24 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err18 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.decrypt.anyOf[2],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.decrypt.anyOf[2].type,parentSchema:schema11.properties.decrypt.anyOf[2],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid3 = valid3 || _valid2;
}
}
if(!valid3){
const err20 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.decrypt.anyOf,parentSchema:schema11.properties.decrypt,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data.dest !== undefined){
let data6 = data.dest;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err21 = {instancePath:instancePath+"/dest",schemaPath:"#/properties/dest/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.dest,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.backup !== undefined){
let data7 = data.backup;
const _errs28 = errors;
let valid4 = false;
const _errs29 = errors;
if(typeof data7 !== "boolean"){
const err22 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.backup.anyOf[0].type,parentSchema:schema11.properties.backup.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs31 = errors;
if(!((data7 === 0) || (data7 === 1))){
const err23 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.backup.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.backup.anyOf[1].enum,parentSchema:schema11.properties.backup.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs32 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err24 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.backup.anyOf[2],data:data7};
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
const err25 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.backup.anyOf[2].type,parentSchema:schema11.properties.backup.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid4 = valid4 || _valid3;
}
}
if(!valid4){
const err26 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.backup.anyOf,parentSchema:schema11.properties.backup,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data.force !== undefined){
let data8 = data.force;
const _errs35 = errors;
let valid5 = false;
const _errs36 = errors;
if(typeof data8 !== "boolean"){
const err27 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.force.anyOf[0].type,parentSchema:schema11.properties.force.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid4 = _errs36 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs38 = errors;
if(!((data8 === 0) || (data8 === 1))){
const err28 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.force.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.force.anyOf[1].enum,parentSchema:schema11.properties.force.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs39 = errors;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err29 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.force.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.force.anyOf[2].type,parentSchema:schema11.properties.force.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs39 === errors;
valid5 = valid5 || _valid4;
}
}
if(!valid5){
const err31 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.force.anyOf,parentSchema:schema11.properties.force,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
if(data.follow !== undefined){
let data9 = data.follow;
const _errs42 = errors;
let valid6 = false;
const _errs43 = errors;
if(typeof data9 !== "boolean"){
const err32 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.follow.anyOf[0].type,parentSchema:schema11.properties.follow.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid5 = _errs43 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs45 = errors;
if(!((data9 === 0) || (data9 === 1))){
const err33 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.follow.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.follow.anyOf[1].enum,parentSchema:schema11.properties.follow.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid5 = _errs45 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs46 = errors;
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err34 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.follow.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.follow.anyOf[2].type,parentSchema:schema11.properties.follow.anyOf[2],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid5 = _errs46 === errors;
valid6 = valid6 || _valid5;
}
}
if(!valid6){
const err36 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.follow.anyOf,parentSchema:schema11.properties.follow,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.validate !== undefined){
let data10 = data.validate;
if(typeof data10 != "string" && !(data10 instanceof func3)){
const err37 = {instancePath:instancePath+"/validate",schemaPath:"#/properties/validate/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.validate,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.directory_mode !== undefined){
let data11 = data.directory_mode;
const _errs50 = errors;
let valid7 = false;
const _errs51 = errors;
if(typeof data11 != "string" && !(data11 instanceof func3)){
const err38 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/0/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.directory_mode.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid6 = _errs51 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs52 = errors;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err39 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.directory_mode.anyOf[1].type,parentSchema:schema11.properties.directory_mode.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err40 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.directory_mode.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
var _valid6 = _errs52 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err41 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.directory_mode.anyOf,parentSchema:schema11.properties.directory_mode,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
}
if(data.mode !== undefined){
let data12 = data.mode;
const _errs55 = errors;
let valid8 = false;
const _errs56 = errors;
if(typeof data12 != "string" && !(data12 instanceof func3)){
const err42 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.mode.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid7 = _errs56 === errors;
valid8 = valid8 || _valid7;
if(!valid8){
const _errs57 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err43 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.mode.anyOf[1].type,parentSchema:schema11.properties.mode.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err44 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.mode.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
var _valid7 = _errs57 === errors;
valid8 = valid8 || _valid7;
}
if(!valid8){
const err45 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.mode.anyOf,parentSchema:schema11.properties.mode,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
let data13 = data.owner;
if(typeof data13 != "string" && !(data13 instanceof func3)){
const err46 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.owner,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.group !== undefined){
let data14 = data.group;
if(typeof data14 != "string" && !(data14 instanceof func3)){
const err47 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.group,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.attributes !== undefined){
let data15 = data.attributes;
if(typeof data15 != "string" && !(data15 instanceof func3)){
const err48 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.attributes,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.unsafe_writes !== undefined){
let data16 = data.unsafe_writes;
const _errs63 = errors;
let valid9 = false;
const _errs64 = errors;
if(typeof data16 !== "boolean"){
const err49 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.unsafe_writes.anyOf[0].type,parentSchema:schema11.properties.unsafe_writes.anyOf[0],data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid8 = _errs64 === errors;
valid9 = valid9 || _valid8;
if(!valid9){
const _errs66 = errors;
if(!((data16 === 0) || (data16 === 1))){
const err50 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.unsafe_writes.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.unsafe_writes.anyOf[1].enum,parentSchema:schema11.properties.unsafe_writes.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid8 = _errs66 === errors;
valid9 = valid9 || _valid8;
if(!valid9){
const _errs67 = errors;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err51 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.unsafe_writes.anyOf[2].type,parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid8 = _errs67 === errors;
valid9 = valid9 || _valid8;
}
}
if(!valid9){
const err53 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.unsafe_writes.anyOf,parentSchema:schema11.properties.unsafe_writes,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
}
if(data.seuser !== undefined){
let data17 = data.seuser;
if(typeof data17 != "string" && !(data17 instanceof func3)){
const err54 = {instancePath:instancePath+"/seuser",schemaPath:"#/properties/seuser/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.seuser,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.serole !== undefined){
let data18 = data.serole;
if(typeof data18 != "string" && !(data18 instanceof func3)){
const err55 = {instancePath:instancePath+"/serole",schemaPath:"#/properties/serole/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.serole,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.setype !== undefined){
let data19 = data.setype;
if(typeof data19 != "string" && !(data19 instanceof func3)){
const err56 = {instancePath:instancePath+"/setype",schemaPath:"#/properties/setype/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.setype,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.selevel !== undefined){
let data20 = data.selevel;
if(typeof data20 != "string" && !(data20 instanceof func3)){
const err57 = {instancePath:instancePath+"/selevel",schemaPath:"#/properties/selevel/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.selevel,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s8fd7fa2daa8285dcbd0ade65337a4f20;
};
