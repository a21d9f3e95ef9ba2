import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-AYK7LN6X.js";import"./chunk-7GJ4BNPB.js";import"./chunk-OGJBV54N.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-YEIVM3D3.js";import"./chunk-EP2RPKL6.js";import"./chunk-AJG26RTL.js";import"./chunk-7JJ7WYFI.js";import"./chunk-ZWSVYQCZ.js";import"./chunk-FMKPLRRH.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
