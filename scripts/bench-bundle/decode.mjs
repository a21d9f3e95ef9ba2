// One decode of a source map with @jridgewell/trace-mapping, as `monime-guard bundle` does for a
// file with a finding: read, parse, and look one position up. The bundle benchmark times this
// process as part of its "with tokens" baseline.
import fs from 'node:fs';
import { AnyMap, originalPositionFor } from '@jridgewell/trace-mapping';

const map = new AnyMap(fs.readFileSync(process.argv[2], 'utf8'));
const found = originalPositionFor(map, { line: 1, column: 100 });
process.stdout.write(`${found.source}\n`);
