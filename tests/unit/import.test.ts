import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importPage, normaliseDate, type ImportedSeed } from '../../src/lib/import/import-page.ts';
import { decodePage } from '../../src/lib/import/decode-page.ts';
import { importFiles } from '../../src/lib/import/write-import.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { articleSchema, type Article } from '../../src/lib/schemas/article.ts';
import { sidecarSchema } from '../../src/lib/schemas/sidecar.ts';
import { encodeWindows1256, PAGE as WINDOWS_1256_PAGE } from '../fixtures/import/make-windows-1256.ts';
import { tempDir } from '../helpers/temp.ts';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const fixturePath = (name: string) => new URL(name, FIXTURES).pathname;
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixturePath(name)));

const importFixture = (name: string) => importPage({ file: `tests/fixtures/import/${name}`, bytes: bytesOf(name) });

const seedOf = (name: string): ImportedSeed => {
  const result = importFixture(name);
  expect(result.problems).toEqual([]);
  expect(result.seed).toBeDefined();
  return result.seed!;
};

/** Runs the imported text and sidecar through the real ingest, as the build will. */
const ingestImported = (seed: ImportedSeed): Article => {
  const result = ingestSeed({
    file: `seeds/${seed.id}.txt`,
    bytes: new TextEncoder().encode(seed.text),
    sidecar: { file: `seeds/${seed.id}.yaml`, text: JSON.stringify(seed.sidecar) },
  });
  expect(result.problems).toEqual([]);
  return articleSchema.parse(result.article);
};

/** Page furniture every fixture has around the article; none of it may reach the seed. */
const FURNITURE = [
  'شارك الخبر',
  'التعليقات',
  'اقرأ أيضا',
  'فيسبوك',
  'جميع الحقوق محفوظة',
  'كل الحقوق محفوظة',
  'النشرة البريدية',
  'dataLayer',
  'loadAds',
  'trackPage',
  'فيديو',
  'font-family',
  'direction: rtl',
  'أضف تعليقك',
];

const lines = (text: string) => text.split('\n');

/** Navigation links are whole lines if they leak; "الرئيسية" also occurs inside sentences. */
const noNavLines = (seed: ImportedSeed) => {
  for (const nav of ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'محليات', 'أخبار', 'سياحة']) expect(lines(seed.text)).not.toContain(nav);
};

describe('with-json-ld.html: JSON-LD, og tags, canonical, figure, headings', () => {
  const seed = seedOf('with-json-ld.html');
  const TITLE = 'ارتفاع منسوب نهر النيل يغمر جزرا زراعية في شمال السودان';
  const CAPTION = 'مزارعون يعبرون حقلا غمرته مياه النيل قرب دنقلا - رويترز';

  it('writes the title, a blank line, the caption with its credit, then the blocks in order', () => {
    const l = lines(seed.text);
    expect(l[0]).toBe(TITLE);
    expect(l[1]).toBe('');
    expect(l[2]).toBe(CAPTION);
    const blocks = seed.text.trim().split('\n\n');
    expect(blocks).toHaveLength(9);
    expect(blocks.slice(2).map((b) => b.split(' ').slice(0, 3).join(' '))).toEqual([
      'غمرت مياه نهر',
      'وقال مدير إدارة',
      'أسر بلا مأوى',
      'وأفاد سكان في',
      'وناشدت لجان محلية',
      'توقعات بموجة جديدة',
      'وتوقعت وزارة الري',
    ]);
    expect(blocks[2]!.startsWith('غمرت مياه نهر النيل، صباح الأحد')).toBe(true);
    expect(blocks.at(-1)!.endsWith('واتباع تعليمات الدفاع المدني.')).toBe(true);
    expect(seed.text.endsWith('المدني.\n')).toBe(true);
    // One paragraph per line, whitespace collapsed inside it.
    expect(blocks.every((b) => !b.includes('\n') && !/\s{2,}/.test(b) && b === b.trim())).toBe(true);
  });

  it('leaves out navigation, share, comments, related, newsletter, scripts, iframe and footer', () => {
    noNavLines(seed);
    for (const text of [...FURNITURE, 'مشاهدة فيديو الفيضان', 'الأمطار تقطع الطريق', 'سياسة الخصوصية', 'ابحث في الموقع', 'جافاسكريبت'])
      expect(seed.text, text).not.toContain(text);
  });

  it('fills the sidecar from JSON-LD, og:site_name, the canonical link and <html lang>', () => {
    expect(seed.sidecar).toEqual({
      outlet: 'أخبار الوادي',
      url: 'https://www.wadi-news.example/news/nile-flood-12345',
      published: '2025-09-14T08:15:00+03:00',
      author: 'سارة عبد الرحيم',
      language: 'ar',
    });
    expect(sidecarSchema.parse(seed.sidecar)).toEqual(seed.sidecar);
  });

  it('builds the id from outlet, date and title slugs', () => {
    expect(seed.id).toBe('akhbar-alwady-2025-09-14-artfaa-mnswb-nhr-alnyl-yghmr-jzra-zraaya-fy');
    expect(seed.id.length).toBeLessThanOrEqual(80);
  });

  it('gives a seed the real ingest reads without problems: same title, caption, headings', () => {
    const article = ingestImported(seed);
    expect(article.id).toBe(seed.id);
    expect(article.title.text).toBe(TITLE);
    expect(article.sectionLabel).toBeUndefined();
    expect(article.caption).toMatchObject({ text: 'مزارعون يعبرون حقلا غمرته مياه النيل قرب دنقلا', credit: 'رويترز' });
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['أسر بلا مأوى', 'توقعات بموجة جديدة']);
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
    expect(article.removed).toEqual([]);
    expect(article.meta).toEqual(seed.sidecar);
  });
});

describe('open-graph-only.html: og tags only', () => {
  const seed = seedOf('open-graph-only.html');

  it('takes the title from og:title without the " | Outlet" suffix, and has no caption', () => {
    const blocks = seed.text.trim().split('\n\n');
    expect(blocks[0]).toBe('الحكومة الأردنية تقر خطة لخفض فاقد المياه في عمّان');
    expect(blocks).toHaveLength(6);
    expect(blocks[1]!.startsWith('أقر مجلس الوزراء الأردني')).toBe(true);
    expect(blocks[5]!.startsWith('ورحبت جمعيات أهلية')).toBe(true);
    noNavLines(seed);
    for (const text of [...FURNITURE, 'إكس', 'تسجيل الدخول', 'انقطاع المياه عن أحياء']) expect(seed.text, text).not.toContain(text);
  });

  it('fills only outlet, url and published; author and language stay missing', () => {
    expect(seed.sidecar).toEqual({
      outlet: 'الصباح الجديد',
      url: 'https://alsabah-aljadeed.example/local/water-plan-2025',
      published: '2025-11-03T14:20:00Z',
    });
    expect(seed.id).toBe('alsbah-aljdyd-2025-11-03-alhkwma-alardnya-tqr-khta-lkhfd-faqd-almyah-fy');
  });

  it('ingests without problems', () => {
    const article = ingestImported(seed);
    expect(article.title.text).toBe('الحكومة الأردنية تقر خطة لخفض فاقد المياه في عمّان');
    expect(article.caption).toBeUndefined();
    expect(article.blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(article.blocks).toHaveLength(5);
  });
});

describe('no-metadata.html: no meta tags, no lang', () => {
  const seed = seedOf('no-metadata.html');

  it('takes the title from <h1> and keeps the h3 heading in place', () => {
    const blocks = seed.text.trim().split('\n\n');
    expect(blocks[0]).toBe('عمال الموانئ في تونس يضربون عن العمل للمطالبة بزيادة الأجور');
    expect(blocks[3]).toBe('خسائر للمصدرين');
    expect(blocks).toHaveLength(7);
    noNavLines(seed);
    for (const text of [...FURNITURE, 'المغرب العربي', 'اتصل بنا', 'نقابة النقل تهدد', 'شبكة الأخبار']) expect(seed.text, text).not.toContain(text);
  });

  it('has an empty sidecar and an id from the title alone', () => {
    expect(seed.sidecar).toEqual({});
    expect(seed.id).toBe('amal-almwany-fy-twns-ydrbwn-an-alaml-llmtalba');
  });

  it('ingests without problems', () => {
    const article = ingestImported(seed);
    expect(article.title.text).toBe('عمال الموانئ في تونس يضربون عن العمل للمطالبة بزيادة الأجور');
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['خسائر للمصدرين']);
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5);
    expect(article.meta).toEqual({});
  });
});

describe('windows-1256.html: a page declared and encoded in Windows-1256', () => {
  it('is really Windows-1256 on disk (not UTF-8), as make-windows-1256.ts writes it', () => {
    const bytes = bytesOf('windows-1256.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes).toEqual(encodeWindows1256(WINDOWS_1256_PAGE));
    const decoded = decodePage(bytes, 'x.html');
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1256', text: WINDOWS_1256_PAGE });
  });

  const seed = seedOf('windows-1256.html');

  it('reads the Arabic text correctly', () => {
    const blocks = seed.text.trim().split('\n\n');
    expect(blocks[0]).toBe('مهرجان للتمور في واحة سيوة يجذب آلاف الزوار');
    expect(blocks).toHaveLength(5);
    expect(blocks[1]!.startsWith('انطلقت في واحة سيوة غرب مصر')).toBe(true);
    noNavLines(seed);
    for (const text of FURNITURE) expect(seed.text, text).not.toContain(text);
  });

  it('fills the sidecar from the page and ingests the UTF-8 seed without problems', () => {
    expect(seed.sidecar).toEqual({
      outlet: 'بوابة الواحات',
      url: 'http://oases-gate.example/article.php?id=4471',
      published: '2025-10-21',
      language: 'ar',
    });
    expect(seed.id).toBe('bwaba-alwahat-2025-10-21-mhrjan-lltmwr-fy-waha-sywa-yjdhb-alaf-alzwar');
    const article = ingestImported(seed);
    expect(article.encoding).toBe('utf-8');
    expect(article.title.text).toBe('مهرجان للتمور في واحة سيوة يجذب آلاف الزوار');
  });

  it('honours <meta http-equiv="Content-Type" content="…; charset=windows-1256"> too', () => {
    const page = WINDOWS_1256_PAGE.replace('<meta charset="windows-1256">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">');
    const result = importPage({ file: 'p.html', bytes: encodeWindows1256(page) });
    expect(result.problems).toEqual([]);
    expect(result.seed!.text.startsWith('مهرجان للتمور في واحة سيوة')).toBe(true);
  });
});

describe('pages that are not articles', () => {
  it('refuses a home page', () => {
    const result = importFixture('home-page.html');
    expect(result.seed).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'import-not-article', severity: 'error', file: 'tests/fixtures/import/home-page.html' });
    expect(result.problems[0]!.hint).toMatch(/home page/);
  });

  it('refuses an empty page', () => {
    const result = importFixture('empty.html');
    expect(result.seed).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['import-not-article']);
  });

  it('refuses a page with too little text', () => {
    const html = '<html><body><article><h1>عنوان قصير للخبر</h1><p>فقرة واحدة قصيرة.</p><p>وأخرى.</p></article></body></html>';
    const result = importPage({ file: 'short.html', bytes: new TextEncoder().encode(html) });
    expect(result.seed).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ code: 'import-not-article' });
    expect(result.problems[0]!.message).toMatch(/characters of text/);
  });

  it('refuses an empty file, a binary file and bytes that are no declared encoding', () => {
    for (const bytes of [new Uint8Array(), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), new Uint8Array([0x3c, 0x70, 0x3e, 0xc7, 0xe1, 0x20, 0xff])]) {
      const result = importPage({ file: 'bad.html', bytes });
      expect(result.seed).toBeUndefined();
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ code: 'import-unreadable', severity: 'error', file: 'bad.html' });
    }
  });
});

describe('metadata edge cases', () => {
  const article = (head: string, htmlAttrs = '') =>
    `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body><article><h1>وزارة الزراعة تعلن موعد بدء موسم الحصاد</h1>` +
    '<p>أعلنت وزارة الزراعة أن موسم حصاد القمح يبدأ مطلع الشهر المقبل في المحافظات الجنوبية، على أن يمتد إلى الشمال بعد أسبوعين.</p>' +
    '<p>ودعت الوزارة المزارعين إلى تجهيز الحاصدات والتنسيق مع الجمعيات التعاونية لتسليم المحصول في المراكز المعتمدة.</p>' +
    '<p>وقالت إن الأسعار المعلنة للطن ستطبق على جميع الكميات المسلمة خلال الموسم.</p></article></body></html>';
  const run = (head: string, htmlAttrs = '') => importPage({ file: 'm.html', bytes: new TextEncoder().encode(article(head, htmlAttrs)) });

  it('reads JSON-LD in @graph and arrays, with publisher by @id, and ignores bad JSON with a warning', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'صحيفة الحقول' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'وزارة الزراعة تعلن موعد بدء موسم الحصاد',
          datePublished: '2025-06-01T07:00:00+0200',
          author: { name: 'ليلى حسن' },
          publisher: { '@id': '#org' },
        },
      ],
    });
    const result = run(`<script type="application/ld+json">{ "bad": </script>\n<script type="application/ld+json">${graph}</script>`, ' lang="AR-eg"');
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['import-bad-json-ld', 'warning']]);
    expect(result.seed!.sidecar).toEqual({ outlet: 'صحيفة الحقول', published: '2025-06-01T07:00:00+02:00', author: 'ليلى حسن', language: 'ar' });
  });

  it('drops a date that is not real, and a url that is not http(s), with a warning; never guesses', () => {
    const result = run(
      '<meta property="article:published_time" content="2025-02-30"><link rel="canonical" href="/news/12">' +
        '<meta property="og:url" content="ftp://x.example/a">' +
        '<meta name="author" content="خالد يوسف">',
    );
    expect(result.problems.map((p) => p.code).sort()).toEqual(['import-dropped-field', 'import-dropped-field']);
    expect(result.seed!.sidecar).toEqual({ author: 'خالد يوسف' });
    expect(result.seed!.id).toBe('wzara-alzraaa-taln-mwad-bd-mwsm-alhsad');
  });

  it('normalises dates', () => {
    expect(normaliseDate('2025-12-18')).toBe('2025-12-18');
    expect(normaliseDate('2025-12-18T09:30:00+02:00')).toBe('2025-12-18T09:30:00+02:00');
    expect(normaliseDate('2025-12-18T09:30:00.000Z')).toBe('2025-12-18T09:30:00.000Z');
    expect(normaliseDate('2025-12-18T09:30:00')).toBe('2025-12-18');
    expect(normaliseDate('2025-12-18 09:30:00+0300')).toBe('2025-12-18T09:30:00+03:00');
    expect(normaliseDate('2025-02-30')).toBeUndefined();
    expect(normaliseDate('Thu, 18 Dec 2025')).toBeUndefined();
    expect(normaliseDate('2025-12-18T25:00:00Z')).toBeUndefined();
  });
});

describe('importFiles: writing seeds', () => {
  let dir = '';
  const setUp = () => {
    dir = tempDir('claims-import');
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    return seeds;
  };

  it('writes seeds/<id>.txt and .yaml that the ingest reads, and no sidecar when the page states nothing', () => {
    const seeds = setUp();
    const result = importFiles([fixturePath('with-json-ld.html'), fixturePath('no-metadata.html')], seeds, dir);
    expect(result.problems).toEqual([]);
    const id = 'akhbar-alwady-2025-09-14-artfaa-mnswb-nhr-alnyl-yghmr-jzra-zraaya-fy';
    expect(result.written).toEqual([`seeds/${id}.txt`, `seeds/${id}.yaml`, 'seeds/amal-almwany-fy-twns-ydrbwn-an-alaml-llmtalba.txt']);
    expect(readdirSync(seeds).sort()).toEqual([`${id}.txt`, `${id}.yaml`, 'amal-almwany-fy-twns-ydrbwn-an-alaml-llmtalba.txt'].sort());
    const yamlText = readFileSync(join(seeds, `${id}.yaml`), 'utf8');
    expect(parseYaml(yamlText)).toEqual(seedOf('with-json-ld.html').sidecar);
    const ingested = ingestSeed({
      file: `seeds/${id}.txt`,
      bytes: readFileSync(join(seeds, `${id}.txt`)),
      sidecar: { file: `seeds/${id}.yaml`, text: yamlText },
    });
    expect(ingested.problems).toEqual([]);
    expect(ingested.article!.meta.published).toBe('2025-09-14T08:15:00+03:00');
  });

  it('never overwrites an existing seed: import-exists, and nothing written for that page', () => {
    const seeds = setUp();
    const id = 'alsbah-aljdyd-2025-11-03-alhkwma-alardnya-tqr-khta-lkhfd-faqd-almyah-fy';
    writeFileSync(join(seeds, `${id}.txt`), 'نص قديم\n');
    const result = importFiles([fixturePath('open-graph-only.html'), fixturePath('no-metadata.html')], seeds, dir);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'import-exists', severity: 'error' });
    expect(result.problems[0]!.message).toContain(`seeds/${id}.txt`);
    expect(readFileSync(join(seeds, `${id}.txt`), 'utf8')).toBe('نص قديم\n');
    expect(readdirSync(seeds).sort()).toEqual([`${id}.txt`, 'amal-almwany-fy-twns-ydrbwn-an-alaml-llmtalba.txt'].sort());
    expect(result.written).toEqual(['seeds/amal-almwany-fy-twns-ydrbwn-an-alaml-llmtalba.txt']);
  });

  it('an existing sidecar alone also blocks the import; a second import of the same page is refused', () => {
    const seeds = setUp();
    const id = 'bwaba-alwahat-2025-10-21-mhrjan-lltmwr-fy-waha-sywa-yjdhb-alaf-alzwar';
    writeFileSync(join(seeds, `${id}.yml`), 'outlet: x\n');
    const blocked = importFiles([fixturePath('windows-1256.html')], seeds, dir);
    expect(blocked.problems.map((p) => p.code)).toEqual(['import-exists']);
    expect(readdirSync(seeds)).toEqual([`${id}.yml`]);

    const first = importFiles([fixturePath('with-json-ld.html')], seeds, dir);
    const second = importFiles([fixturePath('with-json-ld.html')], seeds, dir);
    expect(first.written).toHaveLength(2);
    expect(second.written).toEqual([]);
    expect(second.problems.map((p) => p.code)).toEqual(['import-exists']);
  });

  it('reports unreadable files and non-articles, and writes nothing for them', () => {
    const seeds = setUp();
    const result = importFiles([join(dir, 'missing.html'), dir, fixturePath('home-page.html'), fixturePath('empty.html')], seeds, dir);
    expect(result.written).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.file])).toEqual([
      ['import-unreadable', 'missing.html'],
      ['not-a-regular-file', dir],
      ['import-not-article', expect.stringMatching(/home-page\.html$/)],
      ['import-not-article', expect.stringMatching(/empty\.html$/)],
    ]);
    expect(result.problems[0]!.message).toContain('does not exist');
    expect(readdirSync(seeds)).toEqual([]);
  });
});
