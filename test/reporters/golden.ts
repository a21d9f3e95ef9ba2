/**
 * Golden-file comparison: `UPDATE_GOLDEN=1 npx vitest run test/reporters` rewrites the files in
 * `golden/`; otherwise each test compares its output to the file byte for byte. Review a
 * rewritten golden file's diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN_DIR = new URL('./golden/', import.meta.url);

/** Compares `actual` to `golden/<name>`, or writes it there when `UPDATE_GOLDEN=1`. */
export function expectGolden(name: string, actual: string): void {
  const file = fileURLToPath(new URL(name, GOLDEN_DIR));
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
