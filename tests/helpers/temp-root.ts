/**
 * Global setup of every test project: the run's own temp folder. It becomes TMPDIR, so every
 * folder the tests, the commands they spawn and the builds they start make in the system temp
 * folder (os.tmpdir(), Chromium, workbox-build) lands in it; it is removed when the run ends,
 * whatever a test left behind (tests/helpers/temp.ts removes its folders earlier).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'claims-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
  };
}
