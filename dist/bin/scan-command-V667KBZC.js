import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-GSBM6I2H.js";import"./chunk-7GJ4BNPB.js";import"./chunk-5A4Y7IU5.js";import"./chunk-X5WPUNP4.js";import"./chunk-PJRONL7U.js";import"./chunk-KPL5CLOS.js";import"./chunk-L4ND5ADU.js";import"./chunk-VVMVTZGL.js";import"./chunk-A4HPJOS5.js";import"./chunk-AGXP2O7F.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
