import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-UW3LURSR.js";import"./chunk-67CGNUWN.js";import"./chunk-7GJ4BNPB.js";import"./chunk-H4RB76L2.js";import"./chunk-AXLPSQE7.js";import"./chunk-DWTQEZGO.js";import"./chunk-RQ2GCMZM.js";import"./chunk-Y457PODO.js";import"./chunk-VPBV6PLF.js";import"./chunk-JP3S63QP.js";import"./chunk-55W7XZ4S.js";import"./chunk-7JJ7WYFI.js";import"./chunk-4DMD5KOE.js";import"./chunk-645HLE55.js";import"./chunk-DVSMI3GL.js";import"./chunk-ULKNJXI6.js";import"./chunk-TOA2UNIQ.js";import"./chunk-6JX6VZCZ.js";import"./chunk-LPH364TA.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
