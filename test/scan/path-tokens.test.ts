/**
 * A token in a path (a file's or a directory's name, an archive entry's name) is a leak of its
 * own: it is reported under the same rule as a token in content, once per token, at line 1
 * column 1, marked `place: 'path'`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { scanHistory } from '../../src/scan/history.js';
import { writeZip } from '../support/archive-writer.js';
import { liveToken, maskOf, testToken } from '../support/tokens.js';
import { git, initRepo } from '../cli/run-cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-path-tokens-'));
  roots.push(root);
  return root;
}

describe('a token in a path', () => {
  it('in a directory name (once, however many files it holds) and in a file name', async () => {
    const root = tempRoot();
    const inDir = testToken();
    const inName = liveToken();
    fs.mkdirSync(path.join(root, 'keys', inDir), { recursive: true });
    fs.writeFileSync(path.join(root, 'keys', inDir, 'a.txt'), 'nothing\n');
    fs.writeFileSync(path.join(root, 'keys', inDir, 'b.txt'), 'nothing\n');
    fs.writeFileSync(path.join(root, `${inName}.json`), '{}\n');
    const result = await scan({ root });
    const found = result.findings.map((f) => ({
      ruleId: f.ruleId,
      path: f.path,
      masked: f.masked,
      place: f.place,
      line: f.span.start.line,
      column: f.span.start.column,
    }));
    expect(found).toEqual([
      { ruleId: 'test-token', path: `keys/${inDir}/a.txt`, masked: maskOf(inDir), place: 'path', line: 1, column: 1 },
      { ruleId: 'live-token', path: `${inName}.json`, masked: maskOf(inName), place: 'path', line: 1, column: 1 },
    ]);
  });

  it('in an archive entry name', async () => {
    const root = tempRoot();
    const token = testToken();
    fs.writeFileSync(path.join(root, 'bundle.zip'), writeZip([{ name: `config/${token}.txt`, data: Buffer.from('nothing\n') }]));
    const result = await scan({ root });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'test-token', place: 'path', masked: maskOf(token) });
    expect(result.findings[0]!.origin).toEqual({ kind: 'file', path: 'bundle.zip', entry: [`config/${token}.txt`] });
  });

  it('in a file name committed to git history', async () => {
    const root = tempRoot();
    initRepo(root);
    const token = liveToken();
    fs.writeFileSync(path.join(root, `${token}.txt`), 'nothing\n');
    git(root, ['add', '.']);
    git(root, ['commit', '-qm', 'add']);
    const result = await scanHistory({ root });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'live-token', place: 'path', masked: maskOf(token), path: `${token}.txt` });
    expect(result.findings[0]!.git?.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});
