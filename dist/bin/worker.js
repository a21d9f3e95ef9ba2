import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{runWorkItem}from"./chunk-Y457PODO.js";import"./chunk-645HLE55.js";import{emptyBatch}from"./chunk-DVSMI3GL.js";import"./chunk-ULKNJXI6.js";import"./chunk-TOA2UNIQ.js";import"./chunk-6JX6VZCZ.js";import"./chunk-DIKHTJQI.js";import{parentPort}from"node:worker_threads";parentPort?.on("message",({settings,item})=>{try{let result=emptyBatch(),pending=runWorkItem(item,settings,result),secrets=settings.secrets?[...settings.secrets]:void 0;settings.secrets?.clear(),parentPort?.postMessage({result,pending,...secrets?{secrets}:{}})}catch(error){parentPort?.postMessage({error:error instanceof Error?error.message:String(error)})}});parentPort?.postMessage({ready:!0});
