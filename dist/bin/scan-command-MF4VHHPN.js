import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-5V3KQZT7.js";import"./chunk-7GJ4BNPB.js";import"./chunk-BYB5Y7WO.js";import"./chunk-X5WPUNP4.js";import"./chunk-WBYMSGOD.js";import"./chunk-VHGWSPTX.js";import"./chunk-HH42SP77.js";import"./chunk-HOEN3YZS.js";import"./chunk-ILUUX4LM.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
