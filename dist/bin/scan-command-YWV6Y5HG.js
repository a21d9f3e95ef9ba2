import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-GY4KIIPS.js";import"./chunk-7GJ4BNPB.js";import"./chunk-L62LEIOH.js";import"./chunk-QDODG4NH.js";import"./chunk-HKIVOFQ6.js";import"./chunk-N3XA6XUP.js";import"./chunk-GKK2WCUB.js";import"./chunk-W7KAOPEE.js";import"./chunk-PXPYDZYA.js";import"./chunk-MNLBGKTK.js";import"./chunk-VJ4ZA35I.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
