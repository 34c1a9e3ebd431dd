/**
 * Every page of the built site is valid HTML for the Nu Html Checker (vnu-jar, run on the Java
 * runtime on PATH). One JVM checks all the pages at once; only errors fail, warnings do not.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
// vnu-jar is CommonJS and exports the jar's path as a String object.
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of vnu's `--format json` output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
}

describe('Nu Html Checker', () => {
  it('finds no error on any page', { timeout: 120_000 }, () => {
    expect(htmlFiles.length).toBeGreaterThan(40);
    const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', '--stdout', ...htmlFiles], {
      cwd: siteDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw run.error;
    // vnu exits 1 when it reports errors; anything else without JSON is the JVM failing.
    let messages: VnuMessage[];
    try {
      messages = (JSON.parse(run.stdout) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`vnu gave no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const file = m.url ? relative(siteDir, fileURLToPath(m.url)) : '(no file)';
        return `${file}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}`;
      });
    expect(errors).toEqual([]);
  });
});
