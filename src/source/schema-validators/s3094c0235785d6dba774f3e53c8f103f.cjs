// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s3094c0235785d6dba774f3e53c8f103f = validate10;
const schema11 = {"type":"object","properties":{"name":{"description":"a role name","text":true},"tasks_from":{"description":"a file name in the role","text":true},"vars_from":{"description":"a file name in the role","text":true},"defaults_from":{"description":"a file name in the role","text":true},"handlers_from":{"description":"a file name in the role","text":true},"allow_duplicates":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"public":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"rolespec_validate":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const func2 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "name") || (key0 === "tasks_from")) || (key0 === "vars_from")) || (key0 === "defaults_from")) || (key0 === "handlers_from")) || (key0 === "allow_duplicates")) || (key0 === "public")) || (key0 === "rolespec_validate"))){
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
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tasks_from !== undefined){
let data1 = data.tasks_from;
if(typeof data1 != "string" && !(data1 instanceof func2)){
const err2 = {instancePath:instancePath+"/tasks_from",schemaPath:"#/properties/tasks_from/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.tasks_from,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.vars_from !== undefined){
let data2 = data.vars_from;
if(typeof data2 != "string" && !(data2 instanceof func2)){
const err3 = {instancePath:instancePath+"/vars_from",schemaPath:"#/properties/vars_from/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.vars_from,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.defaults_from !== undefined){
let data3 = data.defaults_from;
if(typeof data3 != "string" && !(data3 instanceof func2)){
const err4 = {instancePath:instancePath+"/defaults_from",schemaPath:"#/properties/defaults_from/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.defaults_from,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.handlers_from !== undefined){
let data4 = data.handlers_from;
if(typeof data4 != "string" && !(data4 instanceof func2)){
const err5 = {instancePath:instancePath+"/handlers_from",schemaPath:"#/properties/handlers_from/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.handlers_from,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.allow_duplicates !== undefined){
let data5 = data.allow_duplicates;
const _errs8 = errors;
let valid1 = false;
const _errs9 = errors;
if(typeof data5 !== "boolean"){
const err6 = {instancePath:instancePath+"/allow_duplicates",schemaPath:"#/properties/allow_duplicates/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.allow_duplicates.anyOf[0].type,parentSchema:schema11.properties.allow_duplicates.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs11 = errors;
if(!((data5 === 0) || (data5 === 1))){
const err7 = {instancePath:instancePath+"/allow_duplicates",schemaPath:"#/properties/allow_duplicates/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.allow_duplicates.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.allow_duplicates.anyOf[1].enum,parentSchema:schema11.properties.allow_duplicates.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs12 = errors;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err8 = {instancePath:instancePath+"/allow_duplicates",schemaPath:"#/properties/allow_duplicates/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.allow_duplicates.anyOf[2],data:data5};
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
const err9 = {instancePath:instancePath+"/allow_duplicates",schemaPath:"#/properties/allow_duplicates/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.allow_duplicates.anyOf[2].type,parentSchema:schema11.properties.allow_duplicates.anyOf[2],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err10 = {instancePath:instancePath+"/allow_duplicates",schemaPath:"#/properties/allow_duplicates/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.allow_duplicates.anyOf,parentSchema:schema11.properties.allow_duplicates,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.public !== undefined){
let data6 = data.public;
const _errs15 = errors;
let valid2 = false;
const _errs16 = errors;
if(typeof data6 !== "boolean"){
const err11 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.public.anyOf[0].type,parentSchema:schema11.properties.public.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs18 = errors;
if(!((data6 === 0) || (data6 === 1))){
const err12 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.public.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.public.anyOf[1].enum,parentSchema:schema11.properties.public.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs19 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err13 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.public.anyOf[2],data:data6};
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
const err14 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.public.anyOf[2].type,parentSchema:schema11.properties.public.anyOf[2],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid2 = valid2 || _valid1;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/public",schemaPath:"#/properties/public/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.public.anyOf,parentSchema:schema11.properties.public,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.rolespec_validate !== undefined){
let data7 = data.rolespec_validate;
const _errs22 = errors;
let valid3 = false;
const _errs23 = errors;
if(typeof data7 !== "boolean"){
const err16 = {instancePath:instancePath+"/rolespec_validate",schemaPath:"#/properties/rolespec_validate/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.rolespec_validate.anyOf[0].type,parentSchema:schema11.properties.rolespec_validate.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs25 = errors;
if(!((data7 === 0) || (data7 === 1))){
const err17 = {instancePath:instancePath+"/rolespec_validate",schemaPath:"#/properties/rolespec_validate/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.rolespec_validate.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.rolespec_validate.anyOf[1].enum,parentSchema:schema11.properties.rolespec_validate.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs26 = errors;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err18 = {instancePath:instancePath+"/rolespec_validate",schemaPath:"#/properties/rolespec_validate/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.rolespec_validate.anyOf[2],data:data7};
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
const err19 = {instancePath:instancePath+"/rolespec_validate",schemaPath:"#/properties/rolespec_validate/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rolespec_validate.anyOf[2].type,parentSchema:schema11.properties.rolespec_validate.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid3 = valid3 || _valid2;
}
}
if(!valid3){
const err20 = {instancePath:instancePath+"/rolespec_validate",schemaPath:"#/properties/rolespec_validate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.rolespec_validate.anyOf,parentSchema:schema11.properties.rolespec_validate,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
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
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s3094c0235785d6dba774f3e53c8f103f;
};
