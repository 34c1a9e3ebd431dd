/**
 * An incremental build (only pages whose key changed rendered, the others linked from the previous
 * site: src/lib/render/changed-pages.ts; the extraction cache; the service worker's kept bundle)
 * gives the very site a cold build gives: after one word of one article changes, every file of the
 * rebuilt site equals the cold build's, though most pages were not rendered again.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';
import { snapshot } from '../helpers/site-files.ts';
import { tempDir } from '../helpers/temp.ts';

const work = tempDir('incremental-build');
const seeds = join(work, 'seeds');
cpSync(inject('seedsDir'), seeds, { recursive: true });

/** Builds the seeds into `out`; returns how many of the pages with a key were rendered, of how many. */
const build = (out: string) => {
  const ledger = `${out}.lock.json`;
  copyFileSync(inject('ledgerFile'), ledger);
  const output = execFileSync(process.execPath, ['scripts/build.ts', '--seeds', seeds, '--content', inject('contentDir'), '--out', out, '--ledger', ledger], {
    cwd: ROOT,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  const [, rendered, keyed] = /(\d+) of (\d+) keyed pages rendered/.exec(output) ?? [];
  return { rendered: Number(rendered), keyed: Number(keyed) };
};

it('a rebuild after editing one word of one article equals a cold build of the edited seeds', { timeout: 300_000 }, () => {
  const incremental = join(work, 'incremental');
  build(incremental);
  const before = snapshot(incremental);
  // One word of a claim of the first seed: its claim, the lists and pages showing it change.
  const seed = join(
    seeds,
    readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()[0]!,
  );
  const text = readFileSync(seed, 'utf8');
  expect(text).toContain('الليبي');
  writeFileSync(seed, text.replace('الليبي', 'الليبيّ'));
  const rebuild = build(incremental);
  const cold = join(work, 'cold');
  expect(build(cold).rendered).toBe(rebuild.keyed);
  // The article's pages, its claims' and the lists showing them were rendered again; the other article's were not.
  expect(rebuild.rendered).toBeGreaterThan(0);
  expect(rebuild.rendered).toBeLessThan(rebuild.keyed * 0.75);
  const after = snapshot(incremental);
  const expected = snapshot(cold);
  expect(Object.keys(after)).toEqual(Object.keys(expected));
  const differing = Object.keys(after).filter((f) => after[f] !== expected[f]);
  expect(differing).toEqual([]);
  // The edit reached the site: the rebuild is not the old site.
  expect(Object.keys(after).filter((f) => after[f] !== before[f]).length).toBeGreaterThan(0);
});
