import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{scanIac}from"./chunk-IXKZ5ORN.js";import"./chunk-7EBMLCPV.js";import"./chunk-PJRONL7U.js";import"./chunk-A4HPJOS5.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{scanIac};
