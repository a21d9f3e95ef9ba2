import { defineExposureRule } from './define-rule.js';

export const clientExposedToken = defineExposureRule({
  id: 'client-exposed-token',
  severity: 'error',
  description:
    'A Monime token, or a variable named for one, that a build inlines into client-side code: a client-prefixed `.env` variable or framework config that copies it into the bundle.',
  remediation:
    'Keep Monime tokens server-side: drop the client prefix (`NEXT_PUBLIC_`, `VITE_`, …) or the config entry, call Monime from a server route, and revoke any token that was ever built into client code.',
  positive: [
    { path: '.env.local', text: (t) => `NEXT_PUBLIC_MONIME_ACCESS_TOKEN=${t.live()}` },
    { path: '.env', text: () => 'VITE_MONIME_TOKEN=' },
    { path: 'web/.env.production', text: (t) => `# payments\nexport REACT_APP_PAYMENTS_KEY="${t.test()}"` },
    { path: '.env.example', text: () => 'EXPO_PUBLIC_MONIME_SECRET=changeme' },
    { path: 'next.config.js', text: () => 'module.exports = { env: { MONIME_TOKEN: process.env.MONIME_TOKEN } };' },
    { path: 'vite.config.ts', text: () => 'export default defineConfig({ define: { __KEY__: JSON.stringify(process.env.MONIME_ACCESS_TOKEN) } });' },
    { path: 'webpack.config.js', text: () => "plugins: [new webpack.EnvironmentPlugin(['NODE_ENV', 'MONIME_API_KEY'])]" },
  ],
  negative: [
    { path: '.env', text: (t) => `MONIME_ACCESS_TOKEN=${t.live()}\nNEXT_PUBLIC_SITE_URL=https://shop.example` },
    { path: '.env.local', text: () => 'VITE_MONIME_SPACE_ID=spc-123' },
    { path: 'next.config.mjs', text: () => "export default { env: { SITE_URL: 'https://shop.example' } };" },
    { path: 'vite.config.ts', text: () => 'const token = process.env.MONIME_TOKEN;\nexport default defineConfig({ server: { port: 3000 } });' },
  ],
});
