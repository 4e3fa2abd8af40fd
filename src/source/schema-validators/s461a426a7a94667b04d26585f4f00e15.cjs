// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s461a426a7a94667b04d26585f4f00e15 = validate10;
const schema11 = {"type":"object","properties":{"ansible.legacy.import_playbook":{"description":"a playbook path","text":true},"name":{"description":"a string","text":true},"vars":{"description":"a mapping or a list of mappings","anyOf":[{"type":"object"},{"type":"null"},{"type":"array","items":{"type":"object"}}]},"tags":{"description":"a string or a list of strings","anyOf":[{"anyOf":[{"type":"string"},{"type":"number"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"number"}]}}]},"when":{"description":"a condition (an expression or a boolean) or a list of them","anyOf":[{"anyOf":[{"type":"string"},{"type":"boolean"}]},{"type":"array","items":{"anyOf":[{"type":"string"},{"type":"boolean"}]}}]}},"required":["ansible.legacy.import_playbook"],"additionalProperties":false};
const func2 = UnsafeText;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["ansible.legacy.import_playbook"] === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ansible.legacy.import_playbook"},message:"must have required property '"+"ansible.legacy.import_playbook"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "ansible.legacy.import_playbook") || (key0 === "name")) || (key0 === "vars")) || (key0 === "tags")) || (key0 === "when"))){
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
if(data["ansible.legacy.import_playbook"] !== undefined){
let data0 = data["ansible.legacy.import_playbook"];
if(typeof data0 != "string" && !(data0 instanceof func2)){
const err2 = {instancePath:instancePath+"/ansible.legacy.import_playbook",schemaPath:"#/properties/ansible.legacy.import_playbook/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties["ansible.legacy.import_playbook"],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 != "string" && !(data1 instanceof func2)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.vars !== undefined){
let data2 = data.vars;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err4 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[0].type,parentSchema:schema11.properties.vars.anyOf[0],data:data2};
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
if(!valid1){
const _errs8 = errors;
if(data2 !== null){
const err5 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema11.properties.vars.anyOf[1].type,parentSchema:schema11.properties.vars.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs10 = errors;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err6 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/anyOf/2/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.vars.anyOf[2].items.type,parentSchema:schema11.properties.vars.anyOf[2].items,data:data3};
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
const err7 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.vars.anyOf[2].type,parentSchema:schema11.properties.vars.anyOf[2],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
}
}
if(!valid1){
const err8 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.vars.anyOf,parentSchema:schema11.properties.vars,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.tags !== undefined){
let data4 = data.tags;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs20 = errors;
if(!(typeof data4 == "number")){
const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[0].anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs20 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[0].anyOf,parentSchema:schema11.properties.tags.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs22 = errors;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs25 = errors;
let valid8 = false;
const _errs26 = errors;
if(typeof data5 !== "string"){
const err12 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.tags.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid3 = _errs26 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs28 = errors;
if(!(typeof data5 == "number")){
const err13 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.tags.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1].items.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid3 = _errs28 === errors;
valid8 = valid8 || _valid3;
}
if(!valid8){
const err14 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf[1].items.anyOf,parentSchema:schema11.properties.tags.anyOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.tags.anyOf[1].type,parentSchema:schema11.properties.tags.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid1 = _errs22 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.tags.anyOf,parentSchema:schema11.properties.tags,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
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
if(data.when !== undefined){
let data6 = data.when;
const _errs31 = errors;
let valid9 = false;
const _errs32 = errors;
const _errs33 = errors;
let valid10 = false;
const _errs34 = errors;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[0].anyOf[0].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid5 = _errs34 === errors;
valid10 = valid10 || _valid5;
if(!valid10){
const _errs36 = errors;
if(typeof data6 !== "boolean"){
const err18 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[0].anyOf[1].type,parentSchema:schema11.properties.when.anyOf[0].anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid5 = _errs36 === errors;
valid10 = valid10 || _valid5;
}
if(!valid10){
const err19 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/0/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[0].anyOf,parentSchema:schema11.properties.when.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
var _valid4 = _errs32 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs38 = errors;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs41 = errors;
let valid13 = false;
const _errs42 = errors;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/when/" + i2,schemaPath:"#/properties/when/anyOf/1/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.when.anyOf[1].items.anyOf[0].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid6 = _errs42 === errors;
valid13 = valid13 || _valid6;
if(!valid13){
const _errs44 = errors;
if(typeof data7 !== "boolean"){
const err21 = {instancePath:instancePath+"/when/" + i2,schemaPath:"#/properties/when/anyOf/1/items/anyOf/1/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.when.anyOf[1].items.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1].items.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid6 = _errs44 === errors;
valid13 = valid13 || _valid6;
}
if(!valid13){
const err22 = {instancePath:instancePath+"/when/" + i2,schemaPath:"#/properties/when/anyOf/1/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf[1].items.anyOf,parentSchema:schema11.properties.when.anyOf[1].items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
}
else {
const err23 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.when.anyOf[1].type,parentSchema:schema11.properties.when.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid4 = _errs38 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err24 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.when.anyOf,parentSchema:schema11.properties.when,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
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

return exports.s461a426a7a94667b04d26585f4f00e15;
};
