import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{iacSource,scanIac}from"./chunk-UMVUYJPF.js";import"./chunk-JXBVTTHR.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-D4PBLCQ4.js";import"./chunk-V2T5FKKC.js";import"./chunk-VDCVJANQ.js";import"./chunk-ULKNJXI6.js";import"./chunk-TOA2UNIQ.js";import"./chunk-A4HBKAQI.js";import"./chunk-7EBMLCPV.js";import"./chunk-DIKHTJQI.js";export{iacSource,scanIac};
