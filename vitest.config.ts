import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built CLI and real git. These limits only stop a hang: generous, so that
    // a busy machine (the suite on two shared cores) never reaches them; nothing else is timed.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
