/**
 * One function assembles the pipeline's settings (src/lib/settings.ts): the build hands them to
 * Astro's loader through the environment unchanged, the commands get the same ledger and cache
 * as the build, and other seeds never use the project's cache or ledger.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/lib/paths.ts';
import { pipelineSettings, settingsEnv } from '../../src/lib/settings.ts';

describe('pipelineSettings', () => {
  it('the site: seeds/, content/, its committed ledger, the project cache, compared with dist/', () => {
    expect(pipelineSettings({}, {})).toEqual({
      seedsDir: join(PROJECT_ROOT, 'seeds'),
      contentDir: join(PROJECT_ROOT, 'content'),
      root: PROJECT_ROOT,
      ledgerFile: join(PROJECT_ROOT, 'content', 'claims.lock.json'),
      cacheDir: join(PROJECT_ROOT, '.cache', 'extract'),
      ledgerGuard: { publishedDir: join(PROJECT_ROOT, 'dist'), retire: [] },
    });
  });

  it("a build of other seeds keeps its ledger and extraction cache beside its output, never the project's", () => {
    const settings = pipelineSettings({ seeds: '/tmp/s', out: '/tmp/o/dist' }, {});
    expect(settings).toMatchObject({
      ledgerFile: '/tmp/o/dist.claims.lock.json',
      cacheDir: '/tmp/o/dist-extract-cache',
      ledgerGuard: { publishedDir: '/tmp/o/dist' },
    });
    expect(pipelineSettings({ seeds: '/tmp/s' }, {}).cacheDir).toBeUndefined();
    expect(pipelineSettings({}, { CLAIMS_SEEDS_DIR: '/tmp/s' }).cacheDir).toBeUndefined();
    // dist/ was built from content/claims.lock.json: another ledger is not compared with it.
    expect(pipelineSettings({ content: '/tmp/c' }, {}).ledgerGuard).toEqual({ retire: [] });
  });

  it('reads CLAIMS_CACHE=0, CLAIMS_CACHE_DIR and CLAIMS_RETIRE', () => {
    expect(pipelineSettings({}, { CLAIMS_CACHE: '0' }).cacheDir).toBeUndefined();
    expect(pipelineSettings({}, { CLAIMS_CACHE_DIR: '/tmp/c' }).cacheDir).toBe('/tmp/c');
    expect(pipelineSettings({}, { CLAIMS_RETIRE: 'a-1, b-2 c-3' }).ledgerGuard.retire).toEqual(['a-1', 'b-2', 'c-3']);
  });

  it('what the build computes from its flags, the loader computes again from the environment', () => {
    for (const flags of [
      { out: '/tmp/o/dist' },
      { seeds: '/tmp/s', content: '/tmp/c', out: '/tmp/o/dist' },
      { ledger: '/tmp/l.json', out: join(PROJECT_ROOT, 'dist') },
    ]) {
      const build = pipelineSettings(flags, { CLAIMS_RETIRE: 'x-1' });
      // As text: the pipeline's one run per process is keyed on JSON.stringify of its options.
      expect(JSON.stringify(pipelineSettings({}, settingsEnv(build)))).toBe(JSON.stringify(build));
    }
  });
});
