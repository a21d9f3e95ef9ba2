/** Test helpers for the config tests: temp dirs and run-time tokens (never a literal token). */
import { randomBytes, randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding, TokenKind } from '../../src/types.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh token with a random base62 body, made at run time so no token is ever committed. */
export function randomToken(kind: TokenKind, length = 64): string {
  let body = '';
  for (let i = 0; i < length; i++) body += BASE62[randomInt(BASE62.length)];
  return `${kind === 'test' ? 'mon_test_' : 'mon_'}${body}`;
}

/** The masked form of a token, as findings carry it. */
export function maskOf(token: string): string {
  const prefix = token.startsWith('mon_test_') ? 'mon_test_' : 'mon_';
  const body = token.slice(prefix.length);
  return `${prefix}${body.slice(0, 4)}…${body.slice(-4)}`;
}

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
