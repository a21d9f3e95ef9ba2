import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-OPDLRZMC.js";import"./chunk-7GJ4BNPB.js";import"./chunk-PKQNJ6TN.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-DCACOCXT.js";import"./chunk-KU6VN27V.js";import"./chunk-QCLDNVR5.js";import"./chunk-7JJ7WYFI.js";import"./chunk-NLPNMW4B.js";import"./chunk-FC4DFSSF.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
