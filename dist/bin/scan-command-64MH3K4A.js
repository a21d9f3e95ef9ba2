import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-CNEJODII.js";import"./chunk-7GJ4BNPB.js";import"./chunk-2NR2XEIP.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-TGSVQ2Y4.js";import"./chunk-QXIDLLU6.js";import"./chunk-WBPGGOLA.js";import"./chunk-7JJ7WYFI.js";import"./chunk-FUYKFGZI.js";import"./chunk-FURH5BJG.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
