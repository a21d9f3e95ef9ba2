import { describe, expect, it } from 'vitest';
import { clientConfigKind, clientPrefixOf, findConfigExposures, findEnvExposures, isEnvFile, isMonimeCredentialName } from '../../src/exposure/client.js';
import { liveToken, testToken } from '../support/tokens.js';

describe('names and files', () => {
  it('recognises Monime credential names and client prefixes', () => {
    expect(['MONIME_ACCESS_TOKEN', 'NEXT_PUBLIC_MONIME_KEY', 'monime_secret', 'MY_MONIME_API_TOKEN'].every(isMonimeCredentialName)).toBe(true);
    expect(['MONIME_SPACE_ID', 'STRIPE_SECRET_KEY', 'TOKEN'].some(isMonimeCredentialName)).toBe(false);
    expect(clientPrefixOf('NEXT_PUBLIC_MONIME_TOKEN')).toBe('NEXT_PUBLIC_');
    expect(clientPrefixOf('NUXT_PUBLIC_X')).toBe('NUXT_PUBLIC_');
    expect(clientPrefixOf('PUBLIC_MONIME_TOKEN')).toBe('PUBLIC_');
    expect(clientPrefixOf('MONIME_TOKEN')).toBeUndefined();
  });

  it('knows dotenv files and framework configs', () => {
    expect(['.env', 'app/.env.local', '.env.production', '.env.example'].every(isEnvFile)).toBe(true);
    expect(['env.ts', '.envrc', 'x.env'].some(isEnvFile)).toBe(false);
    expect(clientConfigKind('next.config.mjs')).toBe('next');
    expect(clientConfigKind('web/vite.config.ts')).toBe('vite');
    expect(clientConfigKind('webpack.prod.config.js')).toBe('webpack');
    expect(clientConfigKind('rollup.config.js')).toBeUndefined();
  });
});

describe('dotenv files', () => {
  it('reports credential variables under a client prefix, with or without a token value', () => {
    const live = liveToken();
    const text = [
      '# client side',
      `NEXT_PUBLIC_MONIME_TOKEN=${live}`,
      'export VITE_MONIME_SECRET_KEY=',
      `REACT_APP_PAYMENTS="${testToken()}"`,
      `MONIME_ACCESS_TOKEN=${liveToken()}`,
      'VITE_API_URL=https://api.example.com',
    ].join('\n');
    const exposures = findEnvExposures(text);
    expect(exposures.map((e) => [e.variable, e.prefix, e.token?.kind])).toEqual([
      ['NEXT_PUBLIC_MONIME_TOKEN', 'NEXT_PUBLIC_', 'live'],
      ['VITE_MONIME_SECRET_KEY', 'VITE_', undefined],
      ['REACT_APP_PAYMENTS', 'REACT_APP_', 'test'],
    ]);
    const first = exposures[0]!;
    expect(text.slice(first.start, first.end)).toBe('NEXT_PUBLIC_MONIME_TOKEN');
    expect(text.slice(first.token!.start, first.token!.end)).toBe(live);
  });
});

describe('framework config', () => {
  it('finds Next.js env entries that copy a Monime credential into the client', () => {
    const text = `module.exports = {\n  reactStrictMode: true,\n  env: {\n    MONIME_TOKEN: process.env.MONIME_TOKEN, // "}" in a comment\n    SITE: '}',\n  },\n};\nconst other = { MONIME_SERVER_KEY: 1 };\n`;
    const exposures = findConfigExposures(text, 'next');
    expect(exposures.map((e) => [e.variable, e.via])).toEqual([['MONIME_TOKEN', 'next-config-env']]);
  });

  it('finds Vite define and webpack DefinePlugin / EnvironmentPlugin', () => {
    const vite = `export default defineConfig({ define: { 'import.meta.env.KEY': JSON.stringify(process.env.MONIME_ACCESS_TOKEN) } });`;
    expect(findConfigExposures(vite, 'vite').map((e) => e.variable)).toEqual(['MONIME_ACCESS_TOKEN']);
    const webpack = `plugins: [new webpack.DefinePlugin({ 'process.env.T': JSON.stringify(process.env.MONIME_TOKEN) }), new EnvironmentPlugin(['NODE_ENV', 'MONIME_SECRET'])]`;
    expect(findConfigExposures(webpack, 'webpack').map((e) => [e.variable, e.via])).toEqual([
      ['MONIME_TOKEN', 'webpack-define'],
      ['MONIME_SECRET', 'webpack-environment'],
    ]);
  });

  it('reports a token written straight into a define block', () => {
    const token = liveToken();
    const text = `define: { __TOKEN__: '"${token}"' }`;
    const [exposure] = findConfigExposures(text, 'vite');
    expect(text.slice(exposure!.start, exposure!.end)).toBe(token);
    expect(exposure!.token?.kind).toBe('live');
  });

  it('reports nothing for server-only config', () => {
    expect(findConfigExposures(`export default { server: { port: 3000 }, env: { API_URL: 'x' } };`, 'next')).toEqual([]);
    expect(findConfigExposures(`const key = process.env.MONIME_TOKEN; export default defineConfig({ plugins: [] });`, 'vite')).toEqual([]);
  });
});
