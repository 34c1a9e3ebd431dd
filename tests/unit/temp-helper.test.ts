/** tests/helpers/temp.ts removes every folder it made: after its test, or after its describe block. */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/lib/paths.ts';
import { pipelineSettings } from '../../src/lib/settings.ts';
import { TEMP_PREFIX, makeTempDir, removeTempDir, tempDir } from '../helpers/temp.ts';

describe('tempDir', () => {
  let inTest = '';
  let inDescribe = '';

  describe('made outside a test', () => {
    inDescribe = tempDir('outside');
    it('lives in the system temp folder under the helper prefix, through the describe block', () => {
      expect(dirname(inDescribe)).toBe(tmpdir());
      expect(basename(inDescribe)).toMatch(new RegExp(`^${TEMP_PREFIX}outside-\\w{6}$`));
      writeFileSync(join(inDescribe, 'kept.txt'), 'x');
    });
    it('is still there in the next test of its block', () => expect(existsSync(join(inDescribe, 'kept.txt'))).toBe(true));
  });

  it('made inside a test, with files in it', () => {
    inTest = tempDir('inside');
    writeFileSync(join(inTest, 'a.txt'), 'x');
    expect(existsSync(inTest)).toBe(true);
  });

  it('both are gone once their test or block is done', () => {
    expect(inTest).not.toBe('');
    expect(existsSync(inTest)).toBe(false);
    expect(existsSync(inDescribe)).toBe(false);
  });
});

describe('makeTempDir', () => {
  const dir = makeTempDir('manual');
  afterAll(() => expect(existsSync(dir)).toBe(false));
  it('stays until removeTempDir', () => {
    expect(existsSync(dir)).toBe(true);
    removeTempDir(dir);
  });
});

describe("the run's own temp folder (tests/helpers/temp-root.ts)", () => {
  it('is the TMPDIR of the tests and of what they spawn, and holds the extraction cache the commands use', () => {
    expect(basename(tmpdir())).toMatch(/^ct-\w{6}$/);
    expect(pipelineSettings().cacheDir).toBe(join(tmpdir(), 'extract-cache'));
    expect(pipelineSettings().cacheDir!.startsWith(PROJECT_ROOT)).toBe(false);
  });
});
