/**
 * Cuts the Arabic font of a built site down to the glyphs Arabic text needs: the Arabic block
 * (U+0600–06FF, which covers Arabic, Persian and Urdu letters, marks and digits), the Arabic
 * Supplement, the presentation forms scraped text sometimes holds, and the joiners and
 * direction marks; with the shaping rules (ligatures, positions) that harfbuzz keeps for them.
 * Fontsource's "arabic" file also carries Arabic Extended, presentation forms A and the
 * Arabic mathematical letters, which no page of this site needs: 94 KB become about 46 KB.
 *
 * The set of characters is fixed, not taken from the content, so one font file always has the
 * same bytes: the hashed name Vite gave it stays true, and hosts may cache it for ever.
 * src/styles/fonts.css declares the same ranges (ARABIC_RANGES), so a character outside them
 * goes straight to the fallback font.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

// The cut takes about half a second and its result depends only on the input file and the
// ranges: it is kept in .cache/fonts/, so a rebuild reuses it.
const CACHE = join(PROJECT_ROOT, '.cache', 'fonts');

/** The ranges kept, as CSS `unicode-range` writes them (src/styles/fonts.css repeats them). */
export const ARABIC_RANGES = ['U+0600-06FF', 'U+0750-077F', 'U+FE70-FEFC', 'U+200C-200F', 'U+2010-2011'];

const characters = ARABIC_RANGES.map((range) => {
  const [from, to = from] = range
    .slice(2)
    .split('-')
    .map((hex) => parseInt(hex, 16));
  return Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCodePoint(from! + i)).join('');
}).join('');

/** Subsets the Arabic font files of `outDir/_astro/` in place; returns their sizes before and after. */
export async function subsetFonts(outDir: string): Promise<{ file: string; before: number; after: number }[]> {
  const dir = join(outDir, '_astro');
  const fonts = readdirSync(dir).filter((f) => /^noto-naskh-arabic-arabic-wght-normal\..*\.woff2$/.test(f));
  return Promise.all(
    fonts.map(async (file) => {
      const original = readFileSync(join(dir, file));
      const cached = join(CACHE, `${createHash('sha256').update(original).update(characters).digest('hex').slice(0, 24)}.woff2`);
      let subset: Buffer;
      if (existsSync(cached)) subset = readFileSync(cached);
      else {
        subset = await subsetFont(original, characters, { targetFormat: 'woff2' });
        mkdirSync(CACHE, { recursive: true });
        writeFileSync(cached, subset);
      }
      writeFileSync(join(dir, file), subset);
      return { file, before: original.length, after: subset.length };
    }),
  );
}
