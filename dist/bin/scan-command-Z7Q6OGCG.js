import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-ZYJFRFLP.js";import"./chunk-7GJ4BNPB.js";import"./chunk-IKB4U7UX.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-FKHXSMGC.js";import"./chunk-BX7GO6FK.js";import"./chunk-NWD2QSWW.js";import"./chunk-7JJ7WYFI.js";import"./chunk-MUKWMPWX.js";import"./chunk-WO25XX2P.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
