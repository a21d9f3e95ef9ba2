import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-DWFMCEMG.js";import"./chunk-7GJ4BNPB.js";import"./chunk-CY3XOEUB.js";import"./chunk-X5WPUNP4.js";import"./chunk-672E75AH.js";import"./chunk-KPL5CLOS.js";import"./chunk-4AKLHYYQ.js";import"./chunk-5K3QMA35.js";import"./chunk-P2EVTGWK.js";import"./chunk-AGXP2O7F.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
