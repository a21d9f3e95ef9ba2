/** Test helpers for the config tests: temp dirs and run-time tokens (never a literal token). */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import type { Finding, TokenKind } from '../../src/types.js';
import { tokenOf } from '../support/tokens.js';

/** A fresh token with a random base62 body, made at run time so no token is ever committed. */
export function randomToken(kind: TokenKind, length = 64): string {
  return tokenOf(kind, length);
}

/**
 * Gives each test a fresh temp dir that is also the working directory as `process.cwd()` sees
 * it: messages name files relative to it, so they read as a user in that directory sees them.
 * Returns a getter for the current test's directory.
 */
export function useTempCwd(): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await makeTempDir();
    vi.spyOn(process, 'cwd').mockReturnValue(dir);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await fs.rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Awaits a promise that must reject with a one-line ConfigError, and returns its message. */
export async function configErrorMessage(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const message = (error as ConfigError).message;
  expect(message).not.toContain('\n');
  expect((error as ConfigError).code).toBe('config');
  return message;
}

import { maskOf } from '../support/tokens.js';

export { maskOf };

/** A random, well-formed fingerprint. */
export function randomFingerprint(): string {
  return randomBytes(16).toString('hex');
}

/** A finding with sensible defaults. */
export function makeFinding(overrides: Partial<Finding> & { line?: number } = {}): Finding {
  const { line = 1, ...rest } = overrides;
  return {
    ruleId: 'live-token',
    severity: 'error',
    confidence: 'high',
    tokenKind: 'live',
    path: 'src/app.ts',
    span: { start: { line, column: 1 }, end: { line, column: 69 } },
    masked: maskOf(randomToken('live')),
    fingerprint: randomFingerprint(),
    bodyLength: 64,
    ...rest,
    origin: rest.origin ?? { kind: 'file', path: rest.path ?? 'src/app.ts' },
  };
}

/** Makes a fresh directory under the OS temp dir. */
export async function makeTempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'monime-guard-config-'));
}

/** Writes `text` to `dir/name`, creating parent directories, and returns the absolute path. */
export async function writeFile(dir: string, name: string, text: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
  return file;
}
