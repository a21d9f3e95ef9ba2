import { createRequire as __monimeGuardRequire } from 'node:module';
import { fileURLToPath as __monimeGuardPath } from 'node:url';
const require = __monimeGuardRequire(import.meta.url);
const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));
function compareText(a,b){return a<b?-1:a>b?1:0}function compareFindings(a,b){return compareText(repositoryOf(a)??"",repositoryOf(b)??"")||compareText(a.path,b.path)||a.span.start.line-b.span.start.line||a.span.start.column-b.span.start.column||compareText(a.ruleId,b.ruleId)}function repositoryOf(finding){return"repository"in finding.origin?finding.origin.repository:void 0}function compareActiveFirst(a,b){return activeRank(a)-activeRank(b)||compareFindings(a,b)}function activeRank(finding){return finding.verification?.state==="active"?0:1}export{compareText,compareFindings,repositoryOf,compareActiveFirst};
