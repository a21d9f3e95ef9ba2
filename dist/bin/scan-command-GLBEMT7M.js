import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-2HMD6TKH.js";import"./chunk-7GJ4BNPB.js";import"./chunk-QKJTJ4DL.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-42DDFEFY.js";import"./chunk-NLHX5KXI.js";import"./chunk-NKWSBDEX.js";import"./chunk-7JJ7WYFI.js";import"./chunk-NQYUWVAY.js";import"./chunk-4WHDGOKU.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
