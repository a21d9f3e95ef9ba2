import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-Y7XJT4UD.js";import"./chunk-ATIDFVY6.js";import"./chunk-7GJ4BNPB.js";import"./chunk-ISXGH2GP.js";import"./chunk-6XLQWNQ2.js";import"./chunk-DWTQEZGO.js";import"./chunk-BMDRVD37.js";import"./chunk-DU7RT437.js";import"./chunk-RH7UVWJ2.js";import"./chunk-ZR3QBRE6.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-5KJZEH2L.js";import"./chunk-TL5NKCFV.js";import"./chunk-EDX2VDUU.js";import"./chunk-ZOMZ6DUR.js";import"./chunk-NGMVSN2X.js";import"./chunk-A4HBKAQI.js";import"./chunk-LPH364TA.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
