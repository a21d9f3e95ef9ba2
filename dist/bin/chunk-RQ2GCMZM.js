import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{MonimeGuardError}from"./chunk-TOA2UNIQ.js";var UNSAFE=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,NAMED={"\n":"\\n","\r":"\\r","	":"\\t"};function escapeControlChars(text){return text.replace(UNSAFE,char=>{let named=NAMED[char];if(named)return named;let code=char.charCodeAt(0);return code<=255?`\\x${code.toString(16).padStart(2,"0")}`:`\\u${code.toString(16).padStart(4,"0")}`})}function exitWithError(error,code=2){let message=error instanceof MonimeGuardError||typeof error=="string"?String(error instanceof MonimeGuardError?error.message:error):`internal error: ${error instanceof Error?error.message:String(error)} (set MONIME_GUARD_DEBUG=1 for details)`;process.stderr.write(`monime-guard: ${escapeControlChars(message.split(`
`)[0])}
`),process.env.MONIME_GUARD_DEBUG&&error instanceof Error&&error.stack&&process.stderr.write(`${error.stack}
`),process.exit(code)}export{escapeControlChars,exitWithError};
