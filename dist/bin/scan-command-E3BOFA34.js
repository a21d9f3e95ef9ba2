import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-JBEGFPUV.js";import"./chunk-7GJ4BNPB.js";import"./chunk-QPTFHBSY.js";import"./chunk-X5WPUNP4.js";import"./chunk-HRHIB7NO.js";import"./chunk-KPL5CLOS.js";import"./chunk-CNTMEEVD.js";import"./chunk-W3H7LJ6N.js";import"./chunk-IKAZ5ZZR.js";import"./chunk-AGXP2O7F.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
