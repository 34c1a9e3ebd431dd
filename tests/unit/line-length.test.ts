/**
 * No source line longer than Biome's line width (biome.json). Biome wraps code, but not long
 * string literals, regexes, comments or the HTML part of .astro files: those are wrapped by
 * hand (split strings with `+`, name a long character class, break tags between attributes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

const MAX = 160;
/** Generated or copied data, not written by hand. */
const SKIP = /golden|fixtures|\.json$/;

const tracked = execFileSync('git', ['ls-files', '-z', 'src', 'scripts', 'tests', '*.ts', '*.mjs'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file !== '' && !SKIP.test(file) && existsSync(join(ROOT, file)));

describe('line length', () => {
  it('lists some files (git ls-files works here)', () => {
    expect(tracked.length).toBeGreaterThan(0);
  });

  it(`keeps every line of the tracked sources to ${MAX} characters`, () => {
    const long: string[] = [];
    for (const file of tracked) {
      readFileSync(join(ROOT, file), 'utf8')
        .split(/\r\n|\r|\n/)
        .forEach((line, i) => {
          // Characters, not UTF-16 units: an emoji or a rare letter counts once.
          const length = [...line].length;
          if (length > MAX) long.push(`${file}:${i + 1} (${length} characters)`);
        });
    }
    expect(long).toEqual([]);
  });
});
