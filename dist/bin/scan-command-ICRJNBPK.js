import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runScan,scanWithFlags}from"./chunk-7MCRSKCD.js";import"./chunk-7GJ4BNPB.js";import"./chunk-RH7A75XF.js";import"./chunk-BWSLMRS5.js";import"./chunk-HKIVOFQ6.js";import"./chunk-PE3C3DIE.js";import"./chunk-GW7F2K3D.js";import"./chunk-5STWIUWK.js";import"./chunk-7JJ7WYFI.js";import"./chunk-FOCSS3VS.js";import"./chunk-2TSMO4MX.js";import"./chunk-VJ4ZA35I.js";import"./chunk-UIRNF7SB.js";import"./chunk-OCYX4IF2.js";import"./chunk-DIKHTJQI.js";export{runScan,scanWithFlags};
