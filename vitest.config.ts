import { configDefaults, defineConfig } from 'vitest/config';

// Three projects: `unit` tests pure modules in milliseconds; `cli` spawns the commands editors
// run (a few seconds each, more on a busy machine); `site` builds the real site once
// (tests/helpers/build-site.ts), serves it on loopback and checks the HTML and Chromium.
const CLI_TESTS = 'tests/unit/cli.test.ts';
// Each project's run gets its own temp folder (TMPDIR), removed at the end: nothing is left in /tmp.
const TEMP_ROOT = 'tests/helpers/temp-root.ts';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, CLI_TESTS], globalSetup: [TEMP_ROOT] } },
      // Each test starts Node on the TypeScript sources and runs the pipeline: 5 s is too short on two cores.
      { test: { name: 'cli', include: [CLI_TESTS], testTimeout: 60_000, globalSetup: [TEMP_ROOT] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: [TEMP_ROOT, 'tests/helpers/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
