// Generated from src/playbook/schemas.ts by scripts/schema-validators.ts (npm run build): do not edit.
'use strict';
module.exports = function compiledSchema(UnsafeText) {
const exports = {};
"use strict";
exports.s515101959cbddd93631e7524495d70b1 = validate10;
const schema11 = {"type":"object","properties":{"path":{"description":"a path","text":true},"dest":{"description":"a path","text":true},"name":{"description":"a path","text":true},"state":{"description":"'absent', 'directory', 'file', 'hard', 'link' or 'touch'","anyOf":[{"enum":["absent","directory","file","hard","link","touch"]},{"type":"string","pattern":"\\{\\{|\\{%"}]},"src":{"description":"a path","text":true},"recurse":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"force":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"follow":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"modification_time":{"description":"a string","text":true},"modification_time_format":{"description":"a string","text":true},"access_time":{"description":"a string","text":true},"access_time_format":{"description":"a string","text":true},"mode":{"description":"a file mode (a string like '0644' or 'u+rw', or a number)","anyOf":[{"text":true},{"type":"integer","minimum":0}]},"owner":{"description":"a string","text":true},"group":{"description":"a string","text":true},"attributes":{"description":"a string","text":true},"unsafe_writes":{"description":"a boolean","anyOf":[{"type":"boolean"},{"enum":[0,1]},{"type":"string","pattern":"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"}]},"seuser":{"description":"a string","text":true},"serole":{"description":"a string","text":true},"setype":{"description":"a string","text":true},"selevel":{"description":"a string","text":true}},"required":[],"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const func3 = UnsafeText;
const pattern0 = new RegExp("\\{\\{|\\{%", "u");
const pattern1 = new RegExp("^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%", "u");

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
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 != "string" && !(data0 instanceof func3)){
const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.path,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dest !== undefined){
let data1 = data.dest;
if(typeof data1 != "string" && !(data1 instanceof func3)){
const err2 = {instancePath:instancePath+"/dest",schemaPath:"#/properties/dest/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.dest,data:data1};
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
let data2 = data.name;
if(typeof data2 != "string" && !(data2 instanceof func3)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.name,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.state !== undefined){
let data3 = data.state;
const _errs6 = errors;
let valid1 = false;
const _errs7 = errors;
if(!((((((data3 === "absent") || (data3 === "directory")) || (data3 === "file")) || (data3 === "hard")) || (data3 === "link")) || (data3 === "touch"))){
const err4 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.state.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.state.anyOf[0].enum,parentSchema:schema11.properties.state.anyOf[0],data:data3};
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
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/1/pattern",keyword:"pattern",params:{pattern: "\\{\\{|\\{%"},message:"must match pattern \""+"\\{\\{|\\{%"+"\"",schema:"\\{\\{|\\{%",parentSchema:schema11.properties.state.anyOf[1],data:data3};
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
const err6 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.state.anyOf[1].type,parentSchema:schema11.properties.state.anyOf[1],data:data3};
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
if(!valid1){
const err7 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.state.anyOf,parentSchema:schema11.properties.state,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
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
if(data.src !== undefined){
let data4 = data.src;
if(typeof data4 != "string" && !(data4 instanceof func3)){
const err8 = {instancePath:instancePath+"/src",schemaPath:"#/properties/src/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.src,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.recurse !== undefined){
let data5 = data.recurse;
const _errs12 = errors;
let valid2 = false;
const _errs13 = errors;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.recurse.anyOf[0].type,parentSchema:schema11.properties.recurse.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs13 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs15 = errors;
if(!((data5 === 0) || (data5 === 1))){
const err10 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.recurse.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.recurse.anyOf[1].enum,parentSchema:schema11.properties.recurse.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs16 = errors;
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err11 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.recurse.anyOf[2],data:data5};
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
const err12 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.recurse.anyOf[2].type,parentSchema:schema11.properties.recurse.anyOf[2],data:data5};
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
}
}
if(!valid2){
const err13 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.recurse.anyOf,parentSchema:schema11.properties.recurse,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
if(data.force !== undefined){
let data6 = data.force;
const _errs19 = errors;
let valid3 = false;
const _errs20 = errors;
if(typeof data6 !== "boolean"){
const err14 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.force.anyOf[0].type,parentSchema:schema11.properties.force.anyOf[0],data:data6};
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
if(!((data6 === 0) || (data6 === 1))){
const err15 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.force.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.force.anyOf[1].enum,parentSchema:schema11.properties.force.anyOf[1],data:data6};
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
if(typeof data6 === "string"){
if(!pattern1.test(data6)){
const err16 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.force.anyOf[2],data:data6};
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
const err17 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.force.anyOf[2].type,parentSchema:schema11.properties.force.anyOf[2],data:data6};
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
const err18 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.force.anyOf,parentSchema:schema11.properties.force,data:data6};
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
if(data.follow !== undefined){
let data7 = data.follow;
const _errs26 = errors;
let valid4 = false;
const _errs27 = errors;
if(typeof data7 !== "boolean"){
const err19 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.follow.anyOf[0].type,parentSchema:schema11.properties.follow.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs27 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs29 = errors;
if(!((data7 === 0) || (data7 === 1))){
const err20 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.follow.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.follow.anyOf[1].enum,parentSchema:schema11.properties.follow.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs30 = errors;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err21 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.follow.anyOf[2],data:data7};
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
const err22 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.follow.anyOf[2].type,parentSchema:schema11.properties.follow.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid4 = valid4 || _valid3;
}
}
if(!valid4){
const err23 = {instancePath:instancePath+"/follow",schemaPath:"#/properties/follow/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.follow.anyOf,parentSchema:schema11.properties.follow,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
if(data.modification_time !== undefined){
let data8 = data.modification_time;
if(typeof data8 != "string" && !(data8 instanceof func3)){
const err24 = {instancePath:instancePath+"/modification_time",schemaPath:"#/properties/modification_time/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.modification_time,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.modification_time_format !== undefined){
let data9 = data.modification_time_format;
if(typeof data9 != "string" && !(data9 instanceof func3)){
const err25 = {instancePath:instancePath+"/modification_time_format",schemaPath:"#/properties/modification_time_format/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.modification_time_format,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.access_time !== undefined){
let data10 = data.access_time;
if(typeof data10 != "string" && !(data10 instanceof func3)){
const err26 = {instancePath:instancePath+"/access_time",schemaPath:"#/properties/access_time/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.access_time,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.access_time_format !== undefined){
let data11 = data.access_time_format;
if(typeof data11 != "string" && !(data11 instanceof func3)){
const err27 = {instancePath:instancePath+"/access_time_format",schemaPath:"#/properties/access_time_format/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.access_time_format,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.mode !== undefined){
let data12 = data.mode;
const _errs37 = errors;
let valid5 = false;
const _errs38 = errors;
if(typeof data12 != "string" && !(data12 instanceof func3)){
const err28 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/0/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.mode.anyOf[0],data:data12};
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
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err29 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.mode.anyOf[1].type,parentSchema:schema11.properties.mode.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.mode.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid4 = _errs39 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err31 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.mode.anyOf,parentSchema:schema11.properties.mode,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
if(data.owner !== undefined){
let data13 = data.owner;
if(typeof data13 != "string" && !(data13 instanceof func3)){
const err32 = {instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.owner,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.group !== undefined){
let data14 = data.group;
if(typeof data14 != "string" && !(data14 instanceof func3)){
const err33 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.group,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.attributes !== undefined){
let data15 = data.attributes;
if(typeof data15 != "string" && !(data15 instanceof func3)){
const err34 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.attributes,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.unsafe_writes !== undefined){
let data16 = data.unsafe_writes;
const _errs45 = errors;
let valid6 = false;
const _errs46 = errors;
if(typeof data16 !== "boolean"){
const err35 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.unsafe_writes.anyOf[0].type,parentSchema:schema11.properties.unsafe_writes.anyOf[0],data:data16};
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
if(!valid6){
const _errs48 = errors;
if(!((data16 === 0) || (data16 === 1))){
const err36 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/1/enum",keyword:"enum",params:{allowedValues: schema11.properties.unsafe_writes.anyOf[1].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.unsafe_writes.anyOf[1].enum,parentSchema:schema11.properties.unsafe_writes.anyOf[1],data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid5 = _errs48 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs49 = errors;
if(typeof data16 === "string"){
if(!pattern1.test(data16)){
const err37 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"},message:"must match pattern \""+"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%"+"\"",schema:"^\\s*(?:[yY]|[yY][eE][sS]|[oO][nN]|1|[tT][rR][uU][eE]|[tT]|[nN]|[nN][oO]|[oO][fF][fF]|0|[fF][aA][lL][sS][eE]|[fF])\\s*$|\\{\\{|\\{%",parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf/2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.unsafe_writes.anyOf[2].type,parentSchema:schema11.properties.unsafe_writes.anyOf[2],data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid5 = _errs49 === errors;
valid6 = valid6 || _valid5;
}
}
if(!valid6){
const err39 = {instancePath:instancePath+"/unsafe_writes",schemaPath:"#/properties/unsafe_writes/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.unsafe_writes.anyOf,parentSchema:schema11.properties.unsafe_writes,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
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
const err40 = {instancePath:instancePath+"/seuser",schemaPath:"#/properties/seuser/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.seuser,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.serole !== undefined){
let data18 = data.serole;
if(typeof data18 != "string" && !(data18 instanceof func3)){
const err41 = {instancePath:instancePath+"/serole",schemaPath:"#/properties/serole/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.serole,data:data18};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.setype !== undefined){
let data19 = data.setype;
if(typeof data19 != "string" && !(data19 instanceof func3)){
const err42 = {instancePath:instancePath+"/setype",schemaPath:"#/properties/setype/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.setype,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.selevel !== undefined){
let data20 = data.selevel;
if(typeof data20 != "string" && !(data20 instanceof func3)){
const err43 = {instancePath:instancePath+"/selevel",schemaPath:"#/properties/selevel/text",keyword:"text",params:{},message:"must pass \"text\" keyword validation",schema:true,parentSchema:schema11.properties.selevel,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

return exports.s515101959cbddd93631e7524495d70b1;
};
