// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sea3cf636cb05364644969fc2cd598564 = validate10;
const schema11 = {"type":"object","properties":{"_raw_params":{"description":"a command line","text":true},"cmd":{"description":"a command line","text":true},"argv":{"description":"a list of strings","type":"array","items":{"text":true}},"expand_argument_vars":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"chdir":{"description":"a path","text":true},"creates":{"description":"a path","text":true},"removes":{"description":"a path","text":true},"executable":{"description":"a path","text":true},"stdin":{"description":"a string","text":true},"stdin_add_newline":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"strip_empty_ends":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

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
if(data.cmd !== undefined){
let data1 = data.cmd;
if(typeof data1 != "string" && !(data1 instanceof func3)){
const err2 = {instancePath:instancePath+"/cmd",schemaPath:"#/properties/cmd/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.cmd,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.argv !== undefined){
let data2 = data.argv;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 != "string" && !(data3 instanceof func3)){
const err3 = {instancePath:instancePath+"/argv/" + i0,schemaPath:"#/properties/argv/items/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.argv.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/argv",schemaPath:"#/properties/argv/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.argv.type,parentSchema:schema11.properties.argv,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.expand_argument_vars !== undefined){
let data4 = data.expand_argument_vars;
const _errs8 = errors;
let valid3 = false;
const _errs9 = errors;
if(typeof data4 !== "boolean"){
const err5 = {instancePath:instancePath+"/expand_argument_vars",schemaPath:"#/properties/expand_argument_vars/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.expand_argument_vars.anyOf[0].type,parentSchema:schema11.properties.expand_argument_vars.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs11 = errors;
if(!((data4 === 0) || (data4 === 1))){
const err6 = {instancePath:instancePath+"/expand_argument_vars",schemaPath:"#/properties/expand_argument_vars/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.expand_argument_vars.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.expand_argument_vars.anyOf[1].enum,parentSchema:schema11.properties.expand_argument_vars.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs12 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err7 = {instancePath:instancePath+"/expand_argument_vars",schemaPath:"#/properties/expand_argument_vars/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.expand_argument_vars.anyOf[2],data:data4};
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
const err8 = {instancePath:instancePath+"/expand_argument_vars",schemaPath:"#/properties/expand_argument_vars/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.expand_argument_vars.anyOf[2].type,parentSchema:schema11.properties.expand_argument_vars.anyOf[2],data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid3 = valid3 || _valid0;
}
}
if(!valid3){
const err9 = {instancePath:instancePath+"/expand_argument_vars",schemaPath:"#/properties/expand_argument_vars/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.expand_argument_vars.anyOf,parentSchema:schema11.properties.expand_argument_vars,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
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
if(data.chdir !== undefined){
let data5 = data.chdir;
if(typeof data5 != "string" && !(data5 instanceof func3)){
const err10 = {instancePath:instancePath+"/chdir",schemaPath:"#/properties/chdir/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.chdir,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.creates !== undefined){
let data6 = data.creates;
if(typeof data6 != "string" && !(data6 instanceof func3)){
const err11 = {instancePath:instancePath+"/creates",schemaPath:"#/properties/creates/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.creates,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.removes !== undefined){
let data7 = data.removes;
if(typeof data7 != "string" && !(data7 instanceof func3)){
const err12 = {instancePath:instancePath+"/removes",schemaPath:"#/properties/removes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.removes,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.executable !== undefined){
let data8 = data.executable;
if(typeof data8 != "string" && !(data8 instanceof func3)){
const err13 = {instancePath:instancePath+"/executable",schemaPath:"#/properties/executable/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.executable,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.stdin !== undefined){
let data9 = data.stdin;
if(typeof data9 != "string" && !(data9 instanceof func3)){
const err14 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.stdin,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stdin_add_newline !== undefined){
let data10 = data.stdin_add_newline;
const _errs20 = errors;
let valid4 = false;
const _errs21 = errors;
if(typeof data10 !== "boolean"){
const err15 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.stdin_add_newline.anyOf[0].type,parentSchema:schema11.properties.stdin_add_newline.anyOf[0],data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs21 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs23 = errors;
if(!((data10 === 0) || (data10 === 1))){
const err16 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.stdin_add_newline.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.stdin_add_newline.anyOf[1].enum,parentSchema:schema11.properties.stdin_add_newline.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs24 = errors;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err17 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.stdin_add_newline.anyOf[2],data:data10};
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
const err18 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.stdin_add_newline.anyOf[2].type,parentSchema:schema11.properties.stdin_add_newline.anyOf[2],data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs24 === errors;
valid4 = valid4 || _valid1;
}
}
if(!valid4){
const err19 = {instancePath:instancePath+"/stdin_add_newline",schemaPath:"#/properties/stdin_add_newline/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.stdin_add_newline.anyOf,parentSchema:schema11.properties.stdin_add_newline,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
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
if(data.strip_empty_ends !== undefined){
let data11 = data.strip_empty_ends;
const _errs27 = errors;
let valid5 = false;
const _errs28 = errors;
if(typeof data11 !== "boolean"){
const err20 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.strip_empty_ends.anyOf[0].type,parentSchema:schema11.properties.strip_empty_ends.anyOf[0],data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs30 = errors;
if(!((data11 === 0) || (data11 === 1))){
const err21 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.strip_empty_ends.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.strip_empty_ends.anyOf[1].enum,parentSchema:schema11.properties.strip_empty_ends.anyOf[1],data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs30 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs31 = errors;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err22 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.strip_empty_ends.anyOf[2],data:data11};
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
const err23 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.strip_empty_ends.anyOf[2].type,parentSchema:schema11.properties.strip_empty_ends.anyOf[2],data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid2 = _errs31 === errors;
valid5 = valid5 || _valid2;
}
}
if(!valid5){
const err24 = {instancePath:instancePath+"/strip_empty_ends",schemaPath:"#/properties/strip_empty_ends/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.strip_empty_ends.anyOf,parentSchema:schema11.properties.strip_empty_ends,data:data11};
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
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sea3cf636cb05364644969fc2cd598564;
};
