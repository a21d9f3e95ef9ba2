import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{COMMAND_NAMES,UsageError,failed,runCommand}from"./chunk-DNSYOSKP.js";import"./chunk-RQ2GCMZM.js";import"./chunk-TOA2UNIQ.js";import"./chunk-DIKHTJQI.js";export{COMMAND_NAMES,UsageError,failed,runCommand};
