// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.sc8caee5cf289378a98a2aef345168965 = validate10;
const schema11 = {"type":"object","properties":{"minutes":{"description":"a non-negative number","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"}]},"seconds":{"description":"a non-negative number","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"}]},"prompt":{"description":"a string","text":true},"echo":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const pattern0 = new RegExp("^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%", "u");
const pattern2 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const func2 = UnsafeText;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "minutes") || (key0 === "seconds")) || (key0 === "prompt")) || (key0 === "echo"))){
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
if(data.minutes !== undefined){
let data0 = data.minutes;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 == "number"){
if(data0 < 0 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.minutes.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.minutes.anyOf[0].type,parentSchema:schema11.properties.minutes.anyOf[0],data:data0};
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
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.minutes.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.minutes.anyOf[1].type,parentSchema:schema11.properties.minutes.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err5 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.minutes.anyOf,parentSchema:schema11.properties.minutes,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.seconds !== undefined){
let data1 = data.seconds;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(typeof data1 == "number"){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.seconds.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.seconds.anyOf[0].type,parentSchema:schema11.properties.seconds.anyOf[0],data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs12 = errors;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err8 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+(?:\\.\\d*)?\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.seconds.anyOf[1],data:data1};
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
const err9 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.seconds.anyOf[1].type,parentSchema:schema11.properties.seconds.anyOf[1],data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err10 = {instancePath:instancePath+"/seconds",schemaPath:"#/properties/seconds/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.seconds.anyOf,parentSchema:schema11.properties.seconds,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.prompt !== undefined){
let data2 = data.prompt;
if(typeof data2 != "string" && !(data2 instanceof func2)){
const err11 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.prompt,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.echo !== undefined){
let data3 = data.echo;
const _errs16 = errors;
let valid3 = false;
const _errs17 = errors;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.echo.anyOf[0].type,parentSchema:schema11.properties.echo.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs17 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs19 = errors;
if(!((data3 === 0) || (data3 === 1))){
const err13 = {instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.echo.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.echo.anyOf[1].enum,parentSchema:schema11.properties.echo.anyOf[1],data:data3};
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
const err14 = {instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.echo.anyOf[2],data:data3};
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
const err15 = {instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.echo.anyOf[2].type,parentSchema:schema11.properties.echo.anyOf[2],data:data3};
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
}
if(!valid3){
const err16 = {instancePath:instancePath+"/echo",schemaPath:"#/properties/echo/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.echo.anyOf,parentSchema:schema11.properties.echo,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.sc8caee5cf289378a98a2aef345168965;
};
