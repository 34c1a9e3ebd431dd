/**
 * Global setup of every test project: the run's own temp folder. It becomes TMPDIR, so every
 * folder the tests, the commands they spawn and the builds they start make in the system temp
 * folder (os.tmpdir(), Chromium, workbox-build) lands in it; it is removed when the run ends,
 * whatever a test left behind (tests/helpers/temp.ts removes its folders earlier). The
 * extraction cache of every command the tests run is in it too (CLAIMS_CACHE_DIR), never in
 * the project's .cache/extract; so is the social cards' cache (CLAIMS_CARD_CACHE_DIR), shared by
 * the run's builds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  // Every project's setup runs in the same process: the first one makes the folder, the others
  // share it (nested folders made Chromium's socket path longer than Unix allows).
  if (process.env.CLAIMS_TEST_TMP) return () => {};
  const outer = {
    TMPDIR: process.env.TMPDIR,
    CLAIMS_CACHE_DIR: process.env.CLAIMS_CACHE_DIR,
    CLAIMS_CARD_CACHE_DIR: process.env.CLAIMS_CARD_CACHE_DIR,
    CLAIMS_TEST_TMP: undefined,
  };
  // A short name: Chromium puts a Unix socket in it (at most 107 bytes of path).
  const root = mkdtempSync(join(tmpdir(), 'ct-'));
  Object.assign(process.env, {
    TMPDIR: root,
    CLAIMS_CACHE_DIR: join(root, 'extract-cache'),
    CLAIMS_CARD_CACHE_DIR: join(root, 'card-cache'),
    CLAIMS_TEST_TMP: root,
  });
  return () => {
    rmSync(root, { recursive: true, force: true });
    for (const [name, value] of Object.entries(outer)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
