/** Social cards (item 9 of issue 16): every claim page, in both languages, points to an image that loads and says what it shows. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { claimLabel } from '../../src/lib/render/claim-label.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { strings } from '../../src/i18n/index.ts';
import { page } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const result = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = result.claims.find((c) => c.review)!;
const unreviewed = result.claims.find((c) => !c.review)!;

const meta = (document: Document, key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

/** The image a page's og:image names, fetched from the served site. */
async function image(url: string) {
  const response = await fetch(new URL(new URL(url).pathname, siteUrl));
  const png = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), png, width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('social cards', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`a reviewed claim page in ${lang} has an og:image of its label and verdict that loads`, async () => {
      const { t } = strings(lang);
      const { document } = page(siteDir, `${lang === 'en' ? 'en/' : ''}claims/${reviewed.id}/index.html`);
      const url = meta(document, 'og:image');
      expect(url).toMatch(/\/og\/[0-9a-f]{20}\.png$/);
      expect(meta(document, 'twitter:image')).toBe(url);
      expect(meta(document, 'twitter:card')).toBe('summary_large_image');
      expect([meta(document, 'og:image:width'), meta(document, 'og:image:height')]).toEqual(['1200', '630']);
      const label = claimLabel(reviewed, lang, 'ar').text;
      expect(meta(document, 'og:image:alt')).toBe(`${label} — ${t(`verdict.${reviewed.review!.verdict}`)}`);

      const { status, type, png, width, height } = await image(url!);
      expect([status, type]).toEqual([200, 'image/png']);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect({ width, height }).toEqual({ width: 1200, height: 630 });
    });
  }

  it('an unreviewed claim page shows the site card: a card per claim would be one more file per claim', () => {
    const { document } = page(siteDir, `claims/${unreviewed.id}/index.html`);
    expect(meta(document, 'og:image')).toBe(meta(page(siteDir, 'index.html').document, 'og:image'));
  });

  it('every claim page names a card the build wrote, and the build wrote no card no page names', () => {
    const named = new Set<string>();
    for (const claim of result.claims) {
      for (const lang of claim.review ? ['', 'en/'] : ['']) {
        const url = meta(page(siteDir, `${lang}claims/${claim.id}/index.html`).document, 'og:image')!;
        expect(existsSync(join(siteDir, new URL(url).pathname)), `${lang}${claim.id}`).toBe(true);
        named.add(new URL(url).pathname.slice(1));
      }
    }
    for (const lang of ['', 'en/']) named.add(new URL(meta(page(siteDir, `${lang}index.html`).document, 'og:image')!).pathname.slice(1));
    expect(
      readdirSync(join(siteDir, 'og'))
        .map((f) => `og/${f}`)
        .sort(),
    ).toEqual([...named].sort());
  });

  it('the same claim has a different card in each language, and a changed verdict a different card', () => {
    const card = (lang: string, id: string) => meta(page(siteDir, `${lang}claims/${id}/index.html`).document, 'og:image');
    expect(card('', reviewed.id)).not.toBe(card('en/', reviewed.id));
    expect(card('', reviewed.id)).not.toBe(card('', unreviewed.id));
  });

  it('every other page has the site card, which loads', async () => {
    for (const path of ['index.html', 'en/index.html', 'search/index.html', `articles/${result.articles[0]!.id}/index.html`]) {
      const { document } = page(siteDir, path);
      const url = meta(document, 'og:image');
      expect(url, path).toMatch(/\/og\/[0-9a-f]{20}\.png$/);
      expect(meta(document, 'og:image:alt'), path).toContain(strings(path.startsWith('en/') ? 'en' : 'ar').t('site.name'));
      expect((await image(url!)).status, path).toBe(200);
    }
  });
});
