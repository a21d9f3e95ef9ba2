import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-ZQMN2M7K.js";import"./chunk-ATIDFVY6.js";import"./chunk-7GJ4BNPB.js";import"./chunk-IIUQRYQM.js";import"./chunk-R7P5652M.js";import"./chunk-DWTQEZGO.js";import"./chunk-BMDRVD37.js";import"./chunk-GQM6BH2K.js";import"./chunk-4NQPWPNJ.js";import"./chunk-JCZER54X.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-5KJZEH2L.js";import"./chunk-H7FA22R2.js";import"./chunk-JX2J66MZ.js";import"./chunk-ZOMZ6DUR.js";import"./chunk-NGMVSN2X.js";import"./chunk-A4HBKAQI.js";import"./chunk-LPH364TA.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
