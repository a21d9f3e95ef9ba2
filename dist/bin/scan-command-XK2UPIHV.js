import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-LGIKPXSN.js";import"./chunk-7GJ4BNPB.js";import"./chunk-RWNRXSSS.js";import"./chunk-X5WPUNP4.js";import"./chunk-OTZMNX7U.js";import"./chunk-VHGWSPTX.js";import"./chunk-4NMRHYW5.js";import"./chunk-EQILHPD5.js";import"./chunk-ILUUX4LM.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
