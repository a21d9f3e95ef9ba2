import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-P7YVKROE.js";import"./chunk-7GJ4BNPB.js";import"./chunk-3RIR2UEA.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-442G6SHT.js";import"./chunk-KFRHG755.js";import"./chunk-FGSYWALR.js";import"./chunk-7JJ7WYFI.js";import"./chunk-YUKITP7H.js";import"./chunk-CZFROEJ3.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
