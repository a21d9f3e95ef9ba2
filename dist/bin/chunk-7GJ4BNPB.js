import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
function createProgress(stream,describe=describeFiles){let drawn=!1,lastDraw=0;return{update(progress){if(!stream.isTTY||progress.elapsedMs<1e3||progress.elapsedMs-lastDraw<200)return;lastDraw=progress.elapsedMs;let megabytes=progress.bytes/1e6,rate=megabytes/(progress.elapsedMs/1e3);stream.write(`\r\x1B[2Kscanning ${describe(progress)}, ${megabytes.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`),drawn=!0},done(){drawn&&stream.write("\r\x1B[2K"),drawn=!1}}}function describeFiles(progress){return`${progress.filesDone}/${progress.filesTotal} files`}export{createProgress};
