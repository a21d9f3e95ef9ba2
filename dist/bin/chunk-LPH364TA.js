import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import*as fs from"node:fs";function packageVersion(){for(let relative of["../package.json","../../package.json","../../../package.json"])try{let manifest=JSON.parse(fs.readFileSync(new URL(relative,import.meta.url),"utf8"));if(manifest.name==="monime-guard"&&manifest.version)return manifest.version}catch{}return"0.0.0"}var INSTALL_COMMAND="npm install --save-dev git+https://github.com/monime-guard/monime-guard.git";export{packageVersion,INSTALL_COMMAND};
