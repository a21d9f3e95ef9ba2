import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{displayPath}from"./chunk-JP3S63QP.js";import{InputError}from"./chunk-TOA2UNIQ.js";function requireVerifyForActive(flags,loaded,verifiable=!0){if(flags.verify===!0)return;let fromFlag=flags.failOn!==void 0;if((flags.failOn??loaded.config.failOn)!=="active")return;let where=fromFlag?"--fail-on active":`${loaded.file?displayPath(loaded.file):"the config"}: failOn "active"`,advice=verifiable?"add --verify, or choose --fail-on live":"this command does not verify tokens; choose --fail-on live";throw new InputError(`${where} fails only on tokens --verify found working, so without --verify nothing could ever fail; ${advice}`)}export{requireVerifyForActive};
