import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{iacSource,scanIac}from"./chunk-LD3F2MFG.js";import"./chunk-JP3S63QP.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-4DMD5KOE.js";import"./chunk-645HLE55.js";import"./chunk-DVSMI3GL.js";import"./chunk-ULKNJXI6.js";import"./chunk-TOA2UNIQ.js";import"./chunk-6JX6VZCZ.js";import"./chunk-7EBMLCPV.js";import"./chunk-DIKHTJQI.js";export{iacSource,scanIac};
