import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-K7H7GHIZ.js";import"./chunk-7GJ4BNPB.js";import"./chunk-MP4VCBXS.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-UOXD2ZYV.js";import"./chunk-2HGG7L7N.js";import"./chunk-MKUMXWJU.js";import"./chunk-7JJ7WYFI.js";import"./chunk-DMCMNJXQ.js";import"./chunk-ACZQXDM5.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
