/**
 * The GitHub token is taken out of git's messages before they reach a warning, and only where it
 * stands as a word of its own: a token that is also a piece of other words leaves them whole.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mirrorRepository } from '../../src/sources/github/clone.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mg-clone-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('git messages without the GitHub token', () => {
  it('keep words that merely contain the token (a token "x" leaves "exists" alone)', async () => {
    // git: "fatal: repository '…/exists-not/repo.git' does not exist"
    const missing = path.join(root, 'exists-not', 'repo.git');
    const state = await mirrorRepository(missing, path.join(root, 'copy-1'), 'x', false);
    expect(state.ok).toBe(false);
    const message = (state as { message: string }).message;
    expect(message).toContain(`${missing}' does not exist`);
    expect(message).not.toContain('***');
  });

  it('replace the token where git quotes it as a word of its own', async () => {
    const token = 'ghp_0123456789abcdefABCDEF0123456789abcd';
    const missing = path.join(root, token, 'repo.git');
    const state = await mirrorRepository(missing, path.join(root, 'copy-2'), token, false);
    const message = (state as { message: string }).message;
    expect(message).not.toContain(token);
    expect(message).toContain(`${path.join(root, '***', 'repo.git')}`);
  });
});
