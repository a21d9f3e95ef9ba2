import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-VN4DANYL.js";import"./chunk-7GJ4BNPB.js";import"./chunk-RUGWEV5X.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-PCZAQUCF.js";import"./chunk-HESHUGDD.js";import"./chunk-OOSBE6YH.js";import"./chunk-7JJ7WYFI.js";import"./chunk-WI5FHDK6.js";import"./chunk-PUPDOXQD.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
