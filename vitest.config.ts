import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests pure modules in milliseconds; `site` builds the real site once
// (tests/helpers/build-site.ts), serves it on loopback and checks the HTML and Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
