import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{scanIac}from"./chunk-WAUK75J2.js";import"./chunk-7EBMLCPV.js";import"./chunk-672E75AH.js";import"./chunk-P2EVTGWK.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{scanIac};
