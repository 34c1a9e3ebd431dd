/**
 * Reader pages say nothing false and nothing of the machinery: no file paths or `content/`
 * names, no model weights or folded words, years printed as years, sources without a known
 * headline named by publisher and date (issue 16, item 3).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { BASE_FEATURE_NAMES } from '../../src/lib/extract/features.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimHasEnglishPage, claimUrl } from '../../src/lib/urls.ts';
import { strings } from '../../src/i18n/index.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const htmlFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

// A seed or content file, an editor's register, a seed's file name: none is the reader's business.
const DEVELOPER_DETAILS = [/\bseeds\//, /\bcontent\//, /\.ya?ml\b/, /\.txt\b/, /people\.yaml/, /claims\.lock/];

describe('every reader page', () => {
  it('shows no file path, no content/ name and no file extension of the sources, in text or attributes', () => {
    expect(htmlFiles.length).toBeGreaterThan(80);
    const found: string[] = [];
    for (const file of htmlFiles) {
      const { html } = page(siteDir, file);
      // The page as served, minus the scripts and the search index addresses (code, not words).
      const shown = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
      for (const pattern of DEVELOPER_DETAILS) {
        const match = pattern.exec(shown);
        if (match) found.push(`${file}: ${shown.slice(Math.max(0, match.index - 40), match.index + 30)}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('why this is a claim', () => {
  it('speaks in reader terms: no feature weights, no folded words, no rule names', () => {
    for (const claim of data.claims) {
      // The English page of a claim that has one (an unreviewed claim's English address is a redirect, or nothing).
      for (const path of [`claims/${claim.id}/index.html`, ...(claimHasEnglishPage(claim) ? [`en/claims/${claim.id}/index.html`] : [])]) {
        const why = textOf(page(siteDir, path).document.querySelector('#why-title')?.parentElement);
        expect(why, path).not.toMatch(/\([+−-]\d\.\d\d\)/);
        expect(why, path).not.toMatch(/word «|الكلمة «/);
        for (const rule of claim.rules) expect(why, path).not.toContain(rule);
      }
    }
  });

  it('says who speaks once, from the final attribution: never the outlet voice beside an unnamed source', () => {
    const unnamed = data.claims.find((c) => c.attribution === 'unnamed' && c.source && c.rules.includes('outlet-voice'));
    const claim = unnamed ?? data.claims.find((c) => c.attribution === 'unnamed' && c.source)!;
    // The page of the claim in its one language or, reviewed, in English.
    const whyOn = (c: (typeof data.claims)[number]) => {
      const lang = c.review ? 'en' : 'ar';
      return { t: strings(lang).t, why: textOf(page(siteDir, `${lang === 'en' ? 'en/' : ''}claims/${c.id}/index.html`).document.querySelector('[data-why]')) };
    };
    const { t, why } = whyOn(claim);
    expect(why).toContain(t('why.unnamed', { source: `«${claim.source}»` }));
    expect(why).not.toContain(t('why.outlet'));
    const own = whyOn(data.claims.find((c) => c.attribution === 'outlet')!);
    expect(own.why).toContain(own.t('why.outlet'));
  });
});

describe('the methodology', () => {
  it('lists the model’s hand-written features with their weights, in both languages', () => {
    for (const path of ['methodology/index.html', 'en/methodology/index.html']) {
      const rows = [...page(siteDir, path).document.querySelectorAll('section:has(#model-title) tbody tr')];
      expect(rows.length, path).toBe(BASE_FEATURE_NAMES.length);
      for (const row of rows) expect(textOf(row.querySelector('td:last-child'))).toMatch(/^([+−]\d\.\d\d|0\.00)$/);
    }
  });
});

describe('numbers', () => {
  it('a year is printed as a year, never with a thousands separator', () => {
    const claim = data.claims.find((c) => c.values.numbers.some((n) => n.kind === 'year'))!;
    const year = String(claim.values.numbers.find((n) => n.kind === 'year')!.value);
    for (const path of [`claims/${claim.id}/index.html`, `en/claims/${claim.id}/index.html`]) {
      const values = textOf(page(siteDir, path).document.querySelector('#values-title')?.parentElement);
      expect(values).toContain(`: ${year}`);
      expect(values).not.toMatch(/\d[,٬]\d{3}\b/);
    }
  });
});

const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('sources under a review', () => {
  it('a source whose headline is not known is named by its publisher and date', () => {
    const untitled = data.claims.flatMap((c) => (c.review?.sources ?? []).filter((s) => !s.title && s.published).map((s) => ({ claim: c, source: s })));
    expect(untitled.length).toBeGreaterThan(0);
    for (const { claim, source } of untitled) {
      const [year, month, day] = source.published!.split('-').map(Number) as [number, number, number];
      const { document } = page(siteDir, `claims/${claim.id}/index.html`);
      const link = document.querySelector(`a[href="${new URL(source.url).href}"]`)!;
      expect(link.hasAttribute('data-untitled')).toBe(true);
      expect(textOf(link)).toBe(`${source.publisher}، ${day} ${AR_MONTHS[month - 1]} ${year}`);
      const en = page(siteDir, `en${claimUrl(claim.id)}index.html`).document;
      expect(textOf(en.querySelector(`a[href="${new URL(source.url).href}"]`))).toBe(`${source.publisher}, ${day} ${EN_MONTHS[month - 1]} ${year}`);
    }
  });
});
