/**
 * The tests' one temp-folder helper. Every folder is made in the system temp folder, named
 * `claims-test-<what>-XXXXXX`, and removed by the helper:
 *   - `tempDir(what)` in a test file: after the test that made it, or, when made outside a test
 *     (a describe body, the file's top), after that describe's or file's tests;
 *   - `makeTempDir(what)` + `removeTempDir(dir)` where no test runs (global setups, hooks).
 * In a beforeAll hook, call `tempDir` outside it (at the file's top) instead: a hook cannot add
 * hooks. Whatever is left (a crash, a timeout) goes with the run's folder (tests/helpers/temp-root.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** The start of every folder name this helper makes: `ls /tmp/claims-test-*` lists the leftovers. */
export const TEMP_PREFIX = 'claims-test-';

/** A new empty folder; the caller removes it with `removeTempDir`. */
export function makeTempDir(what: string): string {
  return mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${what}-`));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A new empty folder, removed when the test (or describe, or file) that made it is done. */
export function tempDir(what: string): string {
  const dir = makeTempDir(what);
  try {
    onTestFinished(() => removeTempDir(dir));
  } catch {
    // Not inside a test: collected with the describe block or the file.
    afterAll(() => removeTempDir(dir));
  }
  return dir;
}
