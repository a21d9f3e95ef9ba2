import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{MonimeGuardError}from"./chunk-OCYX4IF2.js";function exitWithError(error,code=2){let message=error instanceof MonimeGuardError||typeof error=="string"?String(error instanceof MonimeGuardError?error.message:error):`internal error: ${error instanceof Error?error.message:String(error)} (set MONIME_GUARD_DEBUG=1 for details)`;process.stderr.write(`monime-guard: ${message.split(`
`)[0]}
`),process.env.MONIME_GUARD_DEBUG&&error instanceof Error&&error.stack&&process.stderr.write(`${error.stack}
`),process.exit(code)}export{exitWithError};
