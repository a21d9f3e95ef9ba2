import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-YFR24EWK.js";import"./chunk-7GJ4BNPB.js";import"./chunk-VD7D7VCR.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-IBXADJQY.js";import"./chunk-L3MGYETS.js";import"./chunk-F4RB4VHL.js";import"./chunk-7JJ7WYFI.js";import"./chunk-ZVO5CFQ5.js";import"./chunk-OY3EHHLV.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
