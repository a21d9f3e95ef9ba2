import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{iacSource,scanIac}from"./chunk-6GPFIKW5.js";import"./chunk-ZR3QBRE6.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-5KJZEH2L.js";import"./chunk-TL5NKCFV.js";import"./chunk-EDX2VDUU.js";import"./chunk-ZOMZ6DUR.js";import"./chunk-NGMVSN2X.js";import"./chunk-A4HBKAQI.js";import"./chunk-7EBMLCPV.js";import"./chunk-DIKHTJQI.js";export{iacSource,scanIac};
