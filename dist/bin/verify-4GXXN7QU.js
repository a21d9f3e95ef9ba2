import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{DEFAULT_CACHE_TTL_MS,DEFAULT_MAX_RETRIES,DEFAULT_TIMEOUT_MS,MAX_CONCURRENCY,MAX_RATE_PER_SECOND,MAX_RETRY_WAIT_MS,MONIME_API_URL,VERIFY_URL_VARIABLE,defaultCacheDir,verifyEndpoint,verifyTokens}from"./chunk-3GXSBRH2.js";import"./chunk-4DMD5KOE.js";import"./chunk-TOA2UNIQ.js";import"./chunk-6JX6VZCZ.js";import"./chunk-DIKHTJQI.js";export{DEFAULT_CACHE_TTL_MS,DEFAULT_MAX_RETRIES,DEFAULT_TIMEOUT_MS,MAX_CONCURRENCY,MAX_RATE_PER_SECOND,MAX_RETRY_WAIT_MS,MONIME_API_URL,VERIFY_URL_VARIABLE,defaultCacheDir,verifyEndpoint,verifyTokens};
