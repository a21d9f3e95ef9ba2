import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{RepositoryWork}from"./chunk-6YK57WGL.js";import"./chunk-YZWS3K5I.js";import"./chunk-KXQKA6XD.js";import"./chunk-WCRHZUVB.js";import"./chunk-7EBMLCPV.js";import"./chunk-LIFVUE76.js";import"./chunk-MPVQOSRO.js";import"./chunk-ODDEX7TC.js";import"./chunk-VJ4ZA35I.js";import"./chunk-OCYX4IF2.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";import{parentPort,workerData}from"node:worker_threads";var{setup,job}=workerData,work=new RepositoryWork(setup,job);parentPort?.on("message",({id,remote,saved})=>{work.scan(remote,saved).then(outcome=>parentPort?.postMessage({id,outcome}),error=>parentPort?.postMessage({id,error:error instanceof Error?error.message:String(error)}))});
