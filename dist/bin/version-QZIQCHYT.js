import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{INSTALL_COMMAND,packageVersion}from"./chunk-LPH364TA.js";import"./chunk-DIKHTJQI.js";export{INSTALL_COMMAND,packageVersion};
