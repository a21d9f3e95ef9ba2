import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-NQN4JXA3.js";import"./chunk-7GJ4BNPB.js";import"./chunk-ZJPA324U.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-CAQEFHUP.js";import"./chunk-KYGGUJCQ.js";import"./chunk-TLQ55EJ5.js";import"./chunk-7JJ7WYFI.js";import"./chunk-K7H5PMIC.js";import"./chunk-K6VMUDNU.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
