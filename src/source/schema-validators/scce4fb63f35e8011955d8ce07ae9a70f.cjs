// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.scce4fb63f35e8011955d8ce07ae9a70f = validate10;
const schema11 = {"type":"object","properties":{"gather_subset":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"filter":{"description":"a string or a list of strings","anyOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"gather_timeout":{"description":"a non-negative integer","anyOf":[{"type":"integer","minimum":0},{"type":"string","pattern":"^\\s*\\d+\\s*$|\\{\\{|\\{%"}]},"fact_path":{"description":"a path","text":true},"parallel":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]}},"required":[],"additionalProperties":false};
const pattern0 = new RegExp("^\\s*\\d+\\s*$|\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");
const func2 = UnsafeText;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "gather_subset") || (key0 === "filter")) || (key0 === "gather_timeout")) || (key0 === "fact_path")) || (key0 === "parallel"))){
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
if(data.gather_subset !== undefined){
let data0 = data.gather_subset;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_subset.anyOf[0].type,parentSchema:schema11.properties.gather_subset.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/gather_subset/" + i0,schemaPath:"#/properties/gather_subset/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_subset.anyOf[1].items.type,parentSchema:schema11.properties.gather_subset.anyOf[1].items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.gather_subset.anyOf[1].type,parentSchema:schema11.properties.gather_subset.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err4 = {instancePath:instancePath+"/gather_subset",schemaPath:"#/properties/gather_subset/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.gather_subset.anyOf,parentSchema:schema11.properties.gather_subset,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.filter !== undefined){
let data2 = data.filter;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.filter.anyOf[0].type,parentSchema:schema11.properties.filter.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs12 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs14 = errors;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/filter/" + i1,schemaPath:"#/properties/filter/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.filter.anyOf[1].items.type,parentSchema:schema11.properties.filter.anyOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.filter.anyOf[1].type,parentSchema:schema11.properties.filter.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err8 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.filter.anyOf,parentSchema:schema11.properties.filter,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.gather_timeout !== undefined){
let data4 = data.gather_timeout;
const _errs19 = errors;
let valid7 = false;
const _errs20 = errors;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err9 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.gather_timeout.anyOf[0].type,parentSchema:schema11.properties.gather_timeout.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 0 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.gather_timeout.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid2 = _errs20 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs22 = errors;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err11 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*\\d+\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*\\d+\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.gather_timeout.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.gather_timeout.anyOf[1].type,parentSchema:schema11.properties.gather_timeout.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err13 = {instancePath:instancePath+"/gather_timeout",schemaPath:"#/properties/gather_timeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.gather_timeout.anyOf,parentSchema:schema11.properties.gather_timeout,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.fact_path !== undefined){
let data5 = data.fact_path;
if(typeof data5 != "string" && !(data5 instanceof func2)){
const err14 = {instancePath:instancePath+"/fact_path",schemaPath:"#/properties/fact_path/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.fact_path,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.parallel !== undefined){
let data6 = data.parallel;
const _errs26 = errors;
let valid8 = false;
const _errs27 = errors;
if(typeof data6 !== "boolean"){
const err15 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.parallel.anyOf[0].type,parentSchema:schema11.properties.parallel.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs29 = errors;
if(!((data6 === 0) || (data6 === 1))){
const err16 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.parallel.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.parallel.anyOf[1].enum,parentSchema:schema11.properties.parallel.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs30 = errors;
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err17 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.parallel.anyOf[2],data:data6};
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
const err18 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.parallel.anyOf[2].type,parentSchema:schema11.properties.parallel.anyOf[2],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid8 = valid8 || _valid3;
}
}
if(!valid8){
const err19 = {instancePath:instancePath+"/parallel",schemaPath:"#/properties/parallel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.parallel.anyOf,parentSchema:schema11.properties.parallel,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
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

return exports.scce4fb63f35e8011955d8ce07ae9a70f;
};
