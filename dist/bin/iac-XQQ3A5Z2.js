import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{iacSource,scanIac}from"./chunk-35K266IQ.js";import"./chunk-7EBMLCPV.js";import"./chunk-SU35PESA.js";import"./chunk-PL7LCOHU.js";import"./chunk-BFCB4CF2.js";import"./chunk-AGXP2O7F.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{iacSource,scanIac};
