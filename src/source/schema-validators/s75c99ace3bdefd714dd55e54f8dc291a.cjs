// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s75c99ace3bdefd714dd55e54f8dc291a = validate10;
const schema11 = {"type":"object","properties":{"src":{"description":"a path","text":true},"content":{},"remote_src":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"local_follow":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"checksum":{"description":"a string","text":true},"decrypt":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"dest":{"description":"a path","text":true},"backup":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"force":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"follow":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"validate":{"description":"a string","text":true},"directory_mode":{"description":"a file mode (a string like '0644' or 'u+rw', or a number)","anyOf":[{"text":true},{"type":"integer","minimum":0}]},"mode":{"description":"a file mode (a string like '0644' or 'u+rw', or a number)","anyOf":[{"text":true},{"type":"integer","minimum":0}]},"owner":{"description":"a string","text":true},"group":{"description":"a string","text":true},"attributes":{"description":"a string","text":true},"unsafe_writes":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"seuser":{"description":"a string","text":true},"serole":{"description":"a string","text":true},"setype":{"description":"a string","text":true},"selevel":{"description":"a string","text":true}},"required":["dest"],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dest === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dest"},message:"must have required property '"+"dest"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
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
if(data.src !== undefined){
let data0 = data.src;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err2 = {instancePath:instancePath+"/src",schemaPath:"#/properties/src/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.src,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.remote_src !== undefined){
let data1 = data.remote_src;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(typeof data1 !== "boolean"){
const err3 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.remote_src.anyOf[0].type,parentSchema:schema11.properties.remote_src.anyOf[0],data:data1};
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
const err4 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.remote_src.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.remote_src.anyOf[1].enum,parentSchema:schema11.properties.remote_src.anyOf[1],data:data1};
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
const err5 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.remote_src.anyOf[2],data:data1};
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
const err6 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.remote_src.anyOf[2].type,parentSchema:schema11.properties.remote_src.anyOf[2],data:data1};
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
const err7 = {instancePath:instancePath+"/remote_src",schemaPath:"#/properties/remote_src/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.remote_src.anyOf,parentSchema:schema11.properties.remote_src,data:data1};
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
if(data.local_follow !== undefined){
let data2 = data.local_follow;
const _errs11 = errors;
let valid2 = false;
const _errs12 = errors;
if(typeof data2 !== "boolean"){
const err8 = {instancePath:instancePath+"/local_follow",schemaPath:"#/properties/local_follow/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.local_follow.anyOf[0].type,parentSchema:schema11.properties.local_follow.anyOf[0],data:data2};
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
const err9 = {instancePath:instancePath+"/local_follow",schemaPath:"#/properties/local_follow/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.local_follow.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.local_follow.anyOf[1].enum,parentSchema:schema11.properties.local_follow.anyOf[1],data:data2};
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
const err10 = {instancePath:instancePath+"/local_follow",schemaPath:"#/properties/local_follow/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.local_follow.anyOf[2],data:data2};
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
const err11 = {instancePath:instancePath+"/local_follow",schemaPath:"#/properties/local_follow/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.local_follow.anyOf[2].type,parentSchema:schema11.properties.local_follow.anyOf[2],data:data2};
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
const err12 = {instancePath:instancePath+"/local_follow",schemaPath:"#/properties/local_follow/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.local_follow.anyOf,parentSchema:schema11.properties.local_follow,data:data2};
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
if(data.checksum !== undefined){
let data3 = data.checksum;
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err13 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.checksum,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.decrypt !== undefined){
let data4 = data.decrypt;
const _errs19 = errors;
let valid3 = false;
const _errs20 = errors;
if(typeof data4 !== "boolean"){
const err14 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.decrypt.anyOf[0].type,parentSchema:schema11.properties.decrypt.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs20 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs22 = errors;
if(!((data4 === 0) || (data4 === 1))){
const err15 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.decrypt.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.decrypt.anyOf[1].enum,parentSchema:schema11.properties.decrypt.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs23 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err16 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.decrypt.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.decrypt.anyOf[2].type,parentSchema:schema11.properties.decrypt.anyOf[2],data:data4};
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
}
}
if(!valid3){
const err18 = {instancePath:instancePath+"/decrypt",schemaPath:"#/properties/decrypt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.decrypt.anyOf,parentSchema:schema11.properties.decrypt,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
if(data.dest !== undefined){
let data5 = data.dest;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err19 = {instancePath:instancePath+"/dest",schemaPath:"#/properties/dest/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.dest,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.backup !== undefined){
let data6 = data.backup;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(typeof data6 !== "boolean"){
const err20 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.backup.anyOf[0].type,parentSchema:schema11.properties.backup.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs28 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs30 = errors;
if(!((data6 === 0) || (data6 === 1))){
const err21 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.backup.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.backup.anyOf[1].enum,parentSchema:schema11.properties.backup.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs31 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err22 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.backup.anyOf[2],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.backup.anyOf[2].type,parentSchema:schema11.properties.backup.anyOf[2],data:data6};
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
}
}
if(!valid4){
const err24 = {instancePath:instancePath+"/backup",schemaPath:"#/properties/backup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.backup.anyOf,parentSchema:schema11.properties.backup,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
if(data.force !== undefined){
let data7 = data.force;
const _errs34 = errors;
let valid5 = false;
const _errs35 = errors;
if(typeof data7 !== "boolean"){
const err25 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.force.anyOf[0].type,parentSchema:schema11.properties.force.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid4 = _errs35 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs37 = errors;
if(!((data7 === 0) || (data7 === 1))){
const err26 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.force.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.force.anyOf[1].enum,parentSchema:schema11.properties.force.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs37 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs38 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err27 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.force.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.force.anyOf[2].type,parentSchema:schema11.properties.force.anyOf[2],data:data7};
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
}
}
if(!valid5){
const err29 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.force.anyOf,parentSchema:schema11.properties.force,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
if(data.follow !== undefined){
let data8 = data.follow;
const _errs41 = errors;
let valid6 = false;
const _errs42 = errors;
if(typeof data8 !== "boolean"){
const err30 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.follow.anyOf[0].type,parentSchema:schema11.properties.follow.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid5 = _errs42 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs44 = errors;
if(!((data8 === 0) || (data8 === 1))){
const err31 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.follow.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.follow.anyOf[1].enum,parentSchema:schema11.properties.follow.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid5 = _errs44 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs45 = errors;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err32 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.follow.anyOf[2],data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.follow.anyOf[2].type,parentSchema:schema11.properties.follow.anyOf[2],data:data8};
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
}
}
if(!valid6){
const err34 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.follow.anyOf,parentSchema:schema11.properties.follow,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data.validate !== undefined){
let data9 = data.validate;
if(typeof data9 != "string" && !(data9 instanceof func3)){
const err35 = {instancePath:instancePath+"/validate",schemaPath:"#/properties/validate/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.validate,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.directory_mode !== undefined){
let data10 = data.directory_mode;
const _errs49 = errors;
let valid7 = false;
const _errs50 = errors;
if(typeof data10 != "string" && !(data10 instanceof func3)){
const err36 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/0/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.directory_mode.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid6 = _errs50 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs51 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err37 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.directory_mode.anyOf[1].type,parentSchema:schema11.properties.directory_mode.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
const err38 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.directory_mode.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
var _valid6 = _errs51 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err39 = {instancePath:instancePath+"/directory_mode",schemaPath:"#/properties/directory_mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.directory_mode.anyOf,parentSchema:schema11.properties.directory_mode,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data.mode !== undefined){
let data11 = data.mode;
const _errs54 = errors;
let valid8 = false;
const _errs55 = errors;
if(typeof data11 != "string" && !(data11 instanceof func3)){
const err40 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.mode.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid7 = _errs55 === errors;
valid8 = valid8 || _valid7;
if(!valid8){
const _errs56 = errors;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err41 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.mode.anyOf[1].type,parentSchema:schema11.properties.mode.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 0 || isNaN(data11)){
const err42 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.mode.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
var _valid7 = _errs56 === errors;
valid8 = valid8 || _valid7;
}
if(!valid8){
const err43 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.mode.anyOf,parentSchema:schema11.properties.mode,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
if(data.owner !== undefined){
let data12 = data.owner;
if(typeof data12 != "string" && !(data12 instanceof func3)){
const err44 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.owner,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.group !== undefined){
let data13 = data.group;
if(typeof data13 != "string" && !(data13 instanceof func3)){
const err45 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.group,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.attributes !== undefined){
let data14 = data.attributes;
if(typeof data14 != "string" && !(data14 instanceof func3)){
const err46 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.attributes,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.unsafe_writes !== undefined){
let data15 = data.unsafe_writes;
const _errs62 = errors;
let valid9 = false;
const _errs63 = errors;
if(typeof data15 !== "boolean"){
const err47 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.unsafe_writes.anyOf[0].type,parentSchema:schema11.properties.unsafe_writes.anyOf[0],data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid8 = _errs63 === errors;
valid9 = valid9 || _valid8;
if(!valid9){
const _errs65 = errors;
if(!((data15 === 0) || (data15 === 1))){
const err48 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.unsafe_writes.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.unsafe_writes.anyOf[1].enum,parentSchema:schema11.properties.unsafe_writes.anyOf[1],data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid8 = _errs65 === errors;
valid9 = valid9 || _valid8;
if(!valid9){
const _errs66 = errors;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err49 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.unsafe_writes.anyOf[2].type,parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data15};
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
}
}
if(!valid9){
const err51 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.unsafe_writes.anyOf,parentSchema:schema11.properties.unsafe_writes,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data.seuser !== undefined){
let data16 = data.seuser;
if(typeof data16 != "string" && !(data16 instanceof func3)){
const err52 = {instancePath:instancePath+"/seuser",schemaPath:"#/properties/seuser/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.seuser,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.serole !== undefined){
let data17 = data.serole;
if(typeof data17 != "string" && !(data17 instanceof func3)){
const err53 = {instancePath:instancePath+"/serole",schemaPath:"#/properties/serole/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.serole,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.setype !== undefined){
let data18 = data.setype;
if(typeof data18 != "string" && !(data18 instanceof func3)){
const err54 = {instancePath:instancePath+"/setype",schemaPath:"#/properties/setype/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.setype,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.selevel !== undefined){
let data19 = data.selevel;
if(typeof data19 != "string" && !(data19 instanceof func3)){
const err55 = {instancePath:instancePath+"/selevel",schemaPath:"#/properties/selevel/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.selevel,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s75c99ace3bdefd714dd55e54f8dc291a;
};
