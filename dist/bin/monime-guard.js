#!/usr/bin/env node
import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
var MINIMUM=[20,19],[major=0,minor=0]=process.versions.node.split(".").map(Number);(major<MINIMUM[0]||major===MINIMUM[0]&&minor<MINIMUM[1])&&(process.stderr.write(`monime-guard: Node.js ${process.versions.node} is too old; monime-guard needs Node.js ${MINIMUM.join(".")} or newer (the Node.js running it is ${process.execPath})
`),process.exit(2));var{installOutputGate}=await import("./gate-SXU7H6BS.js");installOutputGate();var{default:nodeModule}=await import("node:module");nodeModule.enableCompileCache?.();var args=process.argv.slice(2);if(args.length===1&&(args[0]==="--version"||args[0]==="-V")){let{packageVersion}=await import("./version-QZIQCHYT.js");process.stdout.write(`${packageVersion()}
`)}else{let{parseHookArgs}=await import("./hook-args-2IIR52VP.js"),hook=parseHookArgs(args);if(hook){let{failed,runCommand}=await import("./run-command-E6OLIBC3.js");process.exitCode=await runCommand(hook.command,hook.flags).catch(failed)}else await import("./main-NY4KITUV.js")}
