import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defaultCacheDir } from '../../src/verify/cache.js';
import { verifyEndpoint } from '../../src/verify/endpoint.js';

const withUrl = (value: string): NodeJS.ProcessEnv => ({ MONIME_GUARD_VERIFY_URL: value });

describe('verifyEndpoint', () => {
  it('is the Monime API root when MONIME_GUARD_VERIFY_URL is unset or empty', () => {
    expect(verifyEndpoint({})).toBe('https://api.monime.io');
    expect(verifyEndpoint(withUrl(''))).toBe('https://api.monime.io');
  });

  it.each([
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010'],
    ['http://[::1]:1', 'http://[::1]:1'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['https://LOCALHOST:8443/mirror/', 'https://localhost:8443/mirror'],
    ['http://127.254.0.9', 'http://127.254.0.9'],
  ])('accepts the loopback URL %s', (value, endpoint) => {
    expect(verifyEndpoint(withUrl(value))).toBe(endpoint);
  });

  it.each([
    'https://example.com',
    'https://api.monime.io.evil.com',
    'http://10.0.0.1',
    'http://0.0.0.0:80',
    'http://127.0.0.1.evil.com',
    'http://localhost.evil.com',
    'http://evil.com#@127.0.0.1',
    'http://user:pass@127.0.0.1:1',
    'http://127.0.0.1:1/?next=https://example.com',
    'http://[::ffff:127.0.0.1]:1',
    'file:///x',
    'ftp://127.0.0.1/',
    'not a url',
    '127.0.0.1:8080',
  ])('refuses %s with an InputError naming MONIME_GUARD_VERIFY_URL', (value) => {
    let thrown: unknown;
    try {
      verifyEndpoint(withUrl(value));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    const { message } = thrown as InputError;
    expect(message).toContain('MONIME_GUARD_VERIFY_URL');
    expect(message).not.toContain('\n');
  });
});

describe('defaultCacheDir', () => {
  it('is under XDG_CACHE_HOME when it is an absolute path', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe(path.join('/var/cache/me', 'monime-guard'));
  });

  it('is ~/.cache/monime-guard otherwise (a relative XDG_CACHE_HOME is invalid and ignored)', () => {
    expect(defaultCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'monime-guard'));
    expect(defaultCacheDir({ XDG_CACHE_HOME: 'relative' })).toBe(path.join(os.homedir(), '.cache', 'monime-guard'));
  });
});
