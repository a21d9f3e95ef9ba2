import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
import{scanWithFlags}from"./chunk-ODS6LI5W.js";import"./chunk-HH42SP77.js";import"./chunk-7GJ4BNPB.js";import{loadConfig,toBaseline,writeReport}from"./chunk-J5BB3T7D.js";import"./chunk-X5WPUNP4.js";import{EXIT_CLEAN}from"./chunk-VHGWSPTX.js";import"./chunk-HOEN3YZS.js";import"./chunk-ILUUX4LM.js";import"./chunk-UIRNF7SB.js";import"./chunk-DIKHTJQI.js";var DEFAULT_BASELINE=".monime-guard-baseline.json";async function runBaseline(flags){let root=process.cwd(),loaded=await loadConfig({root,...flags.config?{configPath:flags.config}:{}}),result=await scanWithFlags(flags,root,loaded.config,void 0),output=flags.output??loaded.baselinePath??DEFAULT_BASELINE;return writeReport(toBaseline(result.findings),output),flags.quiet||process.stderr.write(`monime-guard: wrote ${result.findings.length} finding(s) to ${output}
`),EXIT_CLEAN}export{runBaseline};
