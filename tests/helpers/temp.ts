/**
 * The tests' one temp-folder helper. Every folder is made in the system temp folder, named
 * `claims-test-<what>-XXXXXX`, and removed by the helper:
 *   - `tempDir(what)` in a test file: after the test that made it, or, when made outside a test
 *     (a describe body, the file's top), after that describe's or file's tests;
 *   - `makeTempDir(what)` + `removeTempDir(dir)` where no test runs (global setups).
 * A process that ends before its hooks ran (a crash, a timeout) still removes its folders on exit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { processGlobal } from '../../src/lib/process-global.ts';

/** The start of every folder name this helper makes: `ls /tmp/claims-test-*` lists the leftovers. */
export const TEMP_PREFIX = 'claims-test-';

// One list per process, even when several module graphs load this file; one exit hook for it.
const made = processGlobal('test-temp-dirs', () => {
  const dirs = new Set<string>();
  process.on('exit', () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return dirs;
});

/** A new empty folder; the caller removes it with `removeTempDir`. */
export function makeTempDir(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}${what}-`));
  made.add(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
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
