import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-ZQOAX5FI.js";import"./chunk-7GJ4BNPB.js";import"./chunk-5TZQSDQI.js";import"./chunk-QDODG4NH.js";import"./chunk-KPL5CLOS.js";import"./chunk-HGB7OXSB.js";import"./chunk-LIFVUE76.js";import"./chunk-MPVQOSRO.js";import"./chunk-ODDEX7TC.js";import"./chunk-VJ4ZA35I.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
