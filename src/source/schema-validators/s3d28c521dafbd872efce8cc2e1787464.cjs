// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s3d28c521dafbd872efce8cc2e1787464 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a path","text":true},"file":{"description":"a path","text":true},"dir":{"description":"a path","text":true},"name":{"description":"a string","text":true},"depth":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"files_matching":{"description":"a string","text":true},"ignore_files":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"extensions":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"ignore_unknown_extensions":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"hash_behaviour":{"description":"'replace' or 'merge'","anyOf":[{"enum":["replace","merge"]},{"type":"string","pattern":"\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
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
if(typeof data0 != "string" && !(data0 instanceof func3)){
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
if(typeof data1 != "string" && !(data1 instanceof func3)){
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
if(data.dir !== undefined){
let data2 = data.dir;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err3 = {instancePath:instancePath+"/dir",schemaPath:"#/properties/dir/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.dir,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.depth !== undefined){
let data4 = data.depth;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err5 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.depth.anyOf[0].type,parentSchema:schema11.properties.depth.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.depth.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err7 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.depth.anyOf[1],data:data4};
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
const err8 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.depth.anyOf[1].type,parentSchema:schema11.properties.depth.anyOf[1],data:data4};
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
const err9 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.depth.anyOf,parentSchema:schema11.properties.depth,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.files_matching !== undefined){
let data5 = data.files_matching;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err10 = {instancePath:instancePath+"/files_matching",schemaPath:"#/properties/files_matching/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.files_matching,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ignore_files !== undefined){
let data6 = data.ignore_files;
const _errs14 = errors;
let valid2 = false;
const _errs15 = errors;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/ignore_files",schemaPath:"#/properties/ignore_files/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_files.anyOf[0].type,parentSchema:schema11.properties.ignore_files.anyOf[0],data:data6};
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
const _errs17 = errors;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err12 = {instancePath:instancePath+"/ignore_files/" + i0,schemaPath:"#/properties/ignore_files/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_files.anyOf[1].items.type,parentSchema:schema11.properties.ignore_files.anyOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/ignore_files",schemaPath:"#/properties/ignore_files/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ignore_files.anyOf[1].type,parentSchema:schema11.properties.ignore_files.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err14 = {instancePath:instancePath+"/ignore_files",schemaPath:"#/properties/ignore_files/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_files.anyOf,parentSchema:schema11.properties.ignore_files,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.extensions !== undefined){
let data8 = data.extensions;
const _errs22 = errors;
let valid5 = false;
const _errs23 = errors;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extensions.anyOf[0].type,parentSchema:schema11.properties.extensions.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs25 = errors;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err16 = {instancePath:instancePath+"/extensions/" + i1,schemaPath:"#/properties/extensions/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.extensions.anyOf[1].items.type,parentSchema:schema11.properties.extensions.anyOf[1].items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extensions.anyOf[1].type,parentSchema:schema11.properties.extensions.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err18 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.extensions.anyOf,parentSchema:schema11.properties.extensions,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore_unknown_extensions !== undefined){
let data10 = data.ignore_unknown_extensions;
const _errs30 = errors;
let valid8 = false;
const _errs31 = errors;
if(typeof data10 !== "boolean"){
const err19 = {instancePath:instancePath+"/ignore_unknown_extensions",schemaPath:"#/properties/ignore_unknown_extensions/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.ignore_unknown_extensions.anyOf[0].type,parentSchema:schema11.properties.ignore_unknown_extensions.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs33 = errors;
if(!((data10 === 0) || (data10 === 1))){
const err20 = {instancePath:instancePath+"/ignore_unknown_extensions",schemaPath:"#/properties/ignore_unknown_extensions/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.ignore_unknown_extensions.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.ignore_unknown_extensions.anyOf[1].enum,parentSchema:schema11.properties.ignore_unknown_extensions.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs34 = errors;
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err21 = {instancePath:instancePath+"/ignore_unknown_extensions",schemaPath:"#/properties/ignore_unknown_extensions/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.ignore_unknown_extensions.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/ignore_unknown_extensions",schemaPath:"#/properties/ignore_unknown_extensions/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore_unknown_extensions.anyOf[2].type,parentSchema:schema11.properties.ignore_unknown_extensions.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs34 === errors;
valid8 = valid8 || _valid3;
}
}
if(!valid8){
const err23 = {instancePath:instancePath+"/ignore_unknown_extensions",schemaPath:"#/properties/ignore_unknown_extensions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.ignore_unknown_extensions.anyOf,parentSchema:schema11.properties.ignore_unknown_extensions,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
if(data.hash_behaviour !== undefined){
let data11 = data.hash_behaviour;
const _errs37 = errors;
let valid9 = false;
const _errs38 = errors;
if(!((data11 === "replace") || (data11 === "merge"))){
const err24 = {instancePath:instancePath+"/hash_behaviour",schemaPath:"#/properties/hash_behaviour/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.hash_behaviour.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.hash_behaviour.anyOf[0].enum,parentSchema:schema11.properties.hash_behaviour.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs39 = errors;
if(typeof data11 === "string"){
if(!pattern2.test(data11)){
const err25 = {instancePath:instancePath+"/hash_behaviour",schemaPath:"#/properties/hash_behaviour/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.hash_behaviour.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/hash_behaviour",schemaPath:"#/properties/hash_behaviour/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.hash_behaviour.anyOf[1].type,parentSchema:schema11.properties.hash_behaviour.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid4 = _errs39 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err27 = {instancePath:instancePath+"/hash_behaviour",schemaPath:"#/properties/hash_behaviour/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.hash_behaviour.anyOf,parentSchema:schema11.properties.hash_behaviour,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s3d28c521dafbd872efce8cc2e1787464;
};
