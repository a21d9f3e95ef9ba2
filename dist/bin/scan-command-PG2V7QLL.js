import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-P6BAGBS2.js";import"./chunk-7GJ4BNPB.js";import"./chunk-BFBN2TIK.js";import"./chunk-X5WPUNP4.js";import"./chunk-KPL5CLOS.js";import"./chunk-SU35PESA.js";import"./chunk-K4DUKSRF.js";import"./chunk-PL7LCOHU.js";import"./chunk-BFCB4CF2.js";import"./chunk-AGXP2O7F.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
