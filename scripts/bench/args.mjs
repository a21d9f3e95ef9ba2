// The flags every small benchmark takes: --runs N, --json FILE, -h/--help, and any string options
// a script adds (`--cli "CMD"`).

import path from 'node:path';
import { BenchError } from './measure.mjs';

/**
 * Parses argv into `{ runs, json, help, ...strings }`. `strings` maps extra flags to the option
 * they set, with the default each starts from.
 */
export function parseBenchArgs(argv, { runs = 5, strings = {} } = {}) {
  const opts = { runs, json: undefined, help: false };
  for (const [, { key, initial }] of Object.entries(strings)) opts[key] = initial;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v === '') throw new BenchError(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 50) throw new BenchError('--runs must be an integer from 1 to 50');
    } else if (a === '--json') opts.json = path.resolve(value());
    else if (a in strings) opts[strings[a].key] = value();
    else if (a === '-h' || a === '--help') opts.help = true;
    else throw new BenchError(`unknown option ${a} (see --help)`);
  }
  return opts;
}
