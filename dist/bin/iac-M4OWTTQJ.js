import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{scanIac}from"./chunk-L42PM65R.js";import"./chunk-7EBMLCPV.js";import"./chunk-OTZMNX7U.js";import"./chunk-EQILHPD5.js";import"./chunk-ILUUX4LM.js";import"./chunk-DIKHTJQI.js";export{scanIac};
