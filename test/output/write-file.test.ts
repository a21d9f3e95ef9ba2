/**
 * Every file the tool writes is masked, then written whole or not at all. The full-disk cases run
 * on a real full file system (a small tmpfs, see test/support/small-disk.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WriteError } from '../../src/errors.js';
import { appendRecord, writeFileWhole } from '../../src/output/write-file.js';
import { appendState, openState, readState } from '../../src/scan/github-state.js';
import { mountSmallDisk } from '../support/small-disk.js';
import { maskOf, testToken } from '../support/tokens.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-write-'));
const disk = mountSmallDisk();
afterAll(() => {
  disk?.unmount();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The message of what `run` throws. */
function thrown(run: () => void): WriteError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WriteError);
    return error as WriteError;
  }
  throw new Error('expected a WriteError');
}

describe('writeFileWhole', () => {
  it('masks every token in the text it writes', () => {
    const token = testToken();
    const file = path.join(root, 'masked.txt');
    writeFileWhole(file, `a path ${token}/x\n`, { name: file });
    expect(fs.readFileSync(file, 'utf8')).toBe(`a path ${maskOf(token)}/x\n`);
  });

  it('replaces a file in place, keeping its mode, and writes through a symbolic link', () => {
    const file = path.join(root, 'kept.json');
    fs.writeFileSync(file, 'old\n', { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    const link = path.join(root, 'link.json');
    fs.symlinkSync(file, link);
    writeFileWhole(link, 'new\n', { name: link });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(!disk)('on a full disk: one line naming the file, the old file intact, no temporary file left', () => {
    const file = path.join(disk!.dir, 'report.json');
    fs.writeFileSync(file, 'the previous report\n');
    disk!.fill();
    try {
      const error = thrown(() => writeFileWhole(file, 'x'.repeat(100_000), { name: `--output ${file}` }));
      expect(error.message).toBe(`--output ${file}: cannot write (ENOSPC: no space left on the device); the previous file is left as it was`);
      expect(fs.readFileSync(file, 'utf8')).toBe('the previous report\n');
      expect(fs.readdirSync(disk!.dir).sort()).toEqual(['filler', 'report.json']);
    } finally {
      disk!.unfill();
    }
  });
});

describe('appendRecord', () => {
  it.skipIf(!disk)('on a full disk: the file is cut back to the records before, and says so', () => {
    const file = path.join(disk!.dir, 'records.jsonl');
    fs.writeFileSync(file, '{"first":1}\n');
    const fd = fs.openSync(file, 'a');
    disk!.fill();
    try {
      // Longer than the slack in the file's last page, so the write runs out of space midway.
      const error = thrown(() => appendRecord(fd, `${JSON.stringify({ second: 'y'.repeat(20_000) })}\n`, { name: `--state ${file}` }));
      expect(error.message).toBe(`--state ${file}: cannot write (ENOSPC: no space left on the device); the records written before are kept`);
      expect(fs.readFileSync(file, 'utf8')).toBe('{"first":1}\n');
    } finally {
      fs.closeSync(fd);
      disk!.unfill();
    }
  });

  it.skipIf(!disk)('the GitHub --state file keeps its whole lines when the disk fills', () => {
    const file = path.join(disk!.dir, 'state.jsonl');
    const entry = (repository: string, note: string) => ({
      repository,
      refs: 'a'.repeat(64),
      settings: 'b'.repeat(64),
      result: { findings: [], warnings: [{ code: 'note', level: 'warning', message: note }] } as never,
    });
    const fd = openState(file);
    appendState(fd, file, entry('acme/one', 'small'));
    disk!.fill();
    try {
      expect(() => appendState(fd, file, entry('acme/two', 'z'.repeat(20_000)))).toThrow(/^--state .*: cannot write \(ENOSPC/);
    } finally {
      fs.closeSync(fd);
      disk!.unfill();
    }
    const text = fs.readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect([...readState(file).keys()]).toEqual(['acme/one']);
  });
});
