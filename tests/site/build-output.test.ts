/** The built HTML, read from disk: what every reader, crawler and screen reader gets. */
import { existsSync, statSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ingestFolder } from '../../src/lib/ingest/index.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';
import { page, proseOf, textOf } from '../helpers/html.ts';

const siteDir = inject('siteDir');
const { articles } = ingestFolder(inject('seedsDir'));
const real = articles.filter((a) => !a.id.startsWith('zz-'));
const BOILERPLATE = ['شارك الخبر', 'اظهار أخبار متعلقة', 'التعليقات (0)'];

describe('article pages', () => {
  it('there is one page per seed', () => {
    expect(real.map((a) => a.id)).toEqual(['000_bc5bfdee50f0dc2c', '003_099b512de9b6ebb4']);
    // A folder (the page) and a JSON file of its claims per article.
    expect(readdirSync(join(siteDir, 'articles')).sort()).toEqual(articles.flatMap((a) => [a.id, `${a.id}.json`]).sort());
  });

  describe.each(real.map((a) => [a.id, a] as const))('%s', (id, article) => {
    const { document } = page(siteDir, `articles/${id}/index.html`);
    const body = document.querySelector('article')!;

    it('is Arabic, right-to-left, titled with the article title', () => {
      expect(document.documentElement.getAttribute('lang')).toBe('ar');
      expect(document.documentElement.getAttribute('dir')).toBe('rtl');
      expect(textOf(document.querySelector('h1'))).toBe(article.title.text);
      expect(document.title.startsWith(article.title.text)).toBe(true);
    });

    it('holds every paragraph, with its stable id, in order', () => {
      const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
      expect(paragraphs.length).toBeGreaterThan(10);
      const rendered = [...body.querySelectorAll('.article-body p[id^="p-"]')].map((p) => [p.id, proseOf(p)]);
      expect(rendered).toEqual(paragraphs.map((p) => [p.id, p.text]));
    });

    it('renders headings as h2 with ids', () => {
      const headings = article.blocks.filter((b) => b.kind === 'heading');
      expect([...body.querySelectorAll('.article-body h2')].map((h) => [h.id, textOf(h)])).toEqual(headings.map((h) => [h.id, h.text]));
    });

    it('holds none of the boilerplate in the article itself', () => {
      for (const widget of BOILERPLATE) expect(textOf(body)).not.toContain(widget);
      expect([...body.querySelectorAll('p')].some((p) => /^\d+$/.test(textOf(p)))).toBe(false);
    });

    it('lists every removed line in a collapsed section, with its line number', () => {
      const details = document.querySelector('details')!;
      expect(details.hasAttribute('open')).toBe(false);
      expect(textOf(details.querySelector('summary'))).toBe(`ما الذي حُذف من المصدر (${article.removed.length})`);
      const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map(textOf));
      expect(rows).toEqual(article.removed.map((r) => [String(r.line), r.text]));
    });

    it('shows the outlet and date its sidecar gives, and says unknown for what it does not', () => {
      const meta = textOf(document.querySelector('dl'));
      if (article.meta.outlet) expect(meta).toContain(article.meta.outlet);
      else expect(meta).toContain('الوسيلة الناشرة غير معروفة');
      if (article.meta.published) expect(meta).toContain(String(Number(article.meta.published.slice(8, 10))));
      else expect(meta).toContain('تاريخ النشر غير معروف');
    });
  });

  it('shows the section label and the caption with its credit (003)', () => {
    const { document } = page(siteDir, 'articles/003_099b512de9b6ebb4/index.html');
    expect(textOf(document.querySelector('article header p'))).toContain('ملفات وتقارير');
    expect(textOf(document.querySelector('figcaption'))).toBe('حفتر يرسل قواته للتدريب في عدة دول بينها بيىلاروسيا (حقوق الصورة: جيتي)');
    expect(document.querySelectorAll('figcaption')).toHaveLength(1);
  });
});

describe('hostile input (tests/fixtures/site-extra)', () => {
  const { html, document } = page(siteDir, 'articles/zz-hostile-markup/index.html');

  it('renders markup from the text as text, never as elements', () => {
    // The only scripts are the site's own bundles; none comes from the article.
    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('src') ?? '', script.outerHTML).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(script.textContent).not.toContain('__pwned');
    }
    expect(document.querySelectorAll('article img, article b, article a[href^="javascript"]')).toHaveLength(0);
    // Attribute values may hold '<' safely (the meta description does); element markup may not.
    const markup = html.replace(/"[^"]*"/g, '""');
    expect(markup).not.toMatch(/<(img|b)[\s>]/);
    expect(markup).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).toMatch(/(&lt;|&#x3C;)script(&gt;|>)window\.__pwned = 2/);
    expect(textOf(document.querySelector('h1'))).toBe('عنوان فيه <b>وسم</b> و<script>window.__pwned = 1</script>');
  });

  it('has no bidi controls or zero-width characters left, and records their removal', () => {
    expect(textOf(document.querySelector('article'))).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(textOf(document.querySelector('details tbody'))).toContain('U+202E ×1, U+202C ×1, U+200B ×1');
  });

  it('shows the sidecar metadata: outlet, date, author, original link, and no file name', () => {
    const meta = textOf(document.querySelector('dl'));
    expect(meta).toContain('وكالة الاختبار');
    expect(meta).toContain('محرر الاختبارات');
    expect(document.querySelector('dl time')!.getAttribute('datetime')).toBe('2025-12-18');
    expect(textOf(document.querySelector('dl time'))).toBe('18 ديسمبر 2025');
    expect(document.querySelector('dl a')!.getAttribute('href')).toBe('https://example.org/news/hostile-markup');
    expect(textOf(document.querySelector('dl'))).not.toContain('zz-hostile-markup.txt');
  });
});

describe('the rest of the site', () => {
  it('the home page lists each article with what is known of it: outlet and date when known, claims, paragraphs', () => {
    const { document } = page(siteDir, 'index.html');
    const items = [...document.querySelectorAll('main li[data-article]')];
    const item = items.find((li) => textOf(li).includes(real[1]!.title.text))!;
    expect(item.querySelector('a')!.getAttribute('href')).toBe('/articles/003_099b512de9b6ebb4/');
    // What is not known is left out, not announced.
    expect(textOf(item)).not.toContain('غير معروف');
    expect(textOf(item)).toContain('16 فقرة');
    expect(textOf(items.find((li) => textOf(li).includes('وكالة الاختبار')))).toContain('فقرتان');
  });

  it('has a 404 page', () => {
    const { document } = page(siteDir, '404.html');
    expect(textOf(document.querySelector('h1'))).toBe('الصفحة غير موجودة');
  });

  it('loads nothing from another origin', () => {
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const file of pages) {
      const { document } = page(siteDir, file);
      const loaded = [
        ...document.querySelectorAll('script[src], link[href]:not([rel="canonical"]):not([rel="alternate"][hreflang]), img[src], iframe[src], source[src]'),
      ].map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
      for (const url of loaded) expect(url, `${file} loads ${url}`).toMatch(/^\/(?!\/)/);
    }
    const css = readdirSync(join(siteDir, '_astro')).filter((f) => f.endsWith('.css'));
    for (const file of css) expect(readFileSync(join(siteDir, '_astro', file), 'utf8')).not.toMatch(/url\((['"]?)(https?:)?\/\//);
  });

  it('serves the Arabic font from the site itself, cut to the glyphs Arabic text needs', () => {
    const fonts = readdirSync(join(siteDir, '_astro')).filter((f) => /noto-naskh-arabic-arabic.*\.woff2$/.test(f));
    expect(fonts).toHaveLength(1);
    const full = statSync(join(ROOT, 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2')).size;
    const served = statSync(join(siteDir, '_astro', fonts[0]!)).size;
    expect(served).toBeGreaterThan(20_000);
    expect(served).toBeLessThan(full * 0.6);
    // Only the Arabic and Latin subsets are declared.
    const css = readdirSync(join(siteDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(siteDir, '_astro', f), 'utf8'))
      .join('');
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toMatch(/font-display:\s*swap/);
  });

  it('has one Pagefind index for both interface languages, read as Arabic: articles, reviewed claims and people', () => {
    // Unreviewed claims are sections of their article's record (sub-results), not records of their own.
    const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['ar']);
    const reviewed = data.claims.filter((c) => c.review).length;
    expect(reviewed).toBeGreaterThan(0);
    expect(entry.languages.ar.page_count).toBe(data.articles.length + reviewed + data.people.length);
    expect(existsSync(join(siteDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(siteDir, 'en', 'pagefind'))).toBe(false);
  });
});
