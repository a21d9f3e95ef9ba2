import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
var MonimeGuardError=class extends Error{code;constructor(code,message,options){super(message,options),this.name=new.target.name,this.code=code}},ConfigError=class extends MonimeGuardError{constructor(message,options){super("config",message,options)}},SourceError=class extends MonimeGuardError{constructor(message,options){super("source",message,options)}},InputError=class extends MonimeGuardError{constructor(message,options){super("input",message,options)}};function errorCode(error){if(typeof error=="object"&&error!==null&&"code"in error){let{code}=error;return typeof code=="string"?code:void 0}}export{MonimeGuardError,ConfigError,SourceError,InputError,errorCode};
