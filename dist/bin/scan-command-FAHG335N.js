import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-PRAFCDQY.js";import"./chunk-7GJ4BNPB.js";import"./chunk-3OWAPGXM.js";import"./chunk-2KT4OCRK.js";import"./chunk-HKIVOFQ6.js";import"./chunk-CNNARSXP.js";import"./chunk-6CPYOVSP.js";import"./chunk-KNAQCK7M.js";import"./chunk-7JJ7WYFI.js";import"./chunk-ISGEP6RZ.js";import"./chunk-XIK6T7GX.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
