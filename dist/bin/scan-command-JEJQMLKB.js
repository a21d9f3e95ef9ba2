import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-BRUXIJBO.js";import"./chunk-7GJ4BNPB.js";import"./chunk-F4JB37RX.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-NYFSZ56W.js";import"./chunk-LHXT6M3A.js";import"./chunk-A2ARZU3N.js";import"./chunk-7JJ7WYFI.js";import"./chunk-OGKB4TR7.js";import"./chunk-SOGOVXSO.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
