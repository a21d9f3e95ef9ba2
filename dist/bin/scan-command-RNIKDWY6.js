import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-ROQARVC6.js";import"./chunk-7GJ4BNPB.js";import"./chunk-HO7ALNZA.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-YAT4OQOT.js";import"./chunk-XHEJAV45.js";import"./chunk-GFNG32TB.js";import"./chunk-7JJ7WYFI.js";import"./chunk-PY3DYLMG.js";import"./chunk-C5CQNJYJ.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
