import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{createNamer,walkSome}from"./chunk-645HLE55.js";import{scanFile}from"./chunk-DVSMI3GL.js";var BATCH_FILES=64,WALK_BUDGET=512,DIRS_PER_ITEM=4;function runWorkItem(item,settings,result,budget=WALK_BUDGET){if("files"in item){for(let file of item.files)scanFile(file,settings,result);return[]}let pending=[...item.dirs],namer=createNamer(settings.root,settings.exclude,settings.walkSkip);return walkSome(pending,budget,namer,file=>scanFile(file,settings,result),result.warnings),pending}export{BATCH_FILES,DIRS_PER_ITEM,runWorkItem};
