import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{iacSource,scanIac}from"./chunk-3AEL3PYY.js";import"./chunk-MKUMXWJU.js";import"./chunk-7JJ7WYFI.js";import"./chunk-DMCMNJXQ.js";import"./chunk-ACZQXDM5.js";import"./chunk-VJ4ZA35I.js";import"./chunk-7EBMLCPV.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{iacSource,scanIac};
