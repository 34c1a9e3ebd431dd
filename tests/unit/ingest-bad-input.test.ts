/**
 * Every kind of bad seed named in issue #3 gets a clear message naming the file, the line
 * where one applies, and the fix; good input in odd shapes (BOM, CRLF, UTF-16, Windows-1256)
 * is accepted.
 */
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { encodeUtf16, encodeWindows1256, readSeed, SEED_003, utf8 } from '../helpers/seeds.ts';

const FILE = 'seeds/test.txt';
const ARTICLE = 'عنوان الخبر عن زيارة قائد الجيش\n\nوصل قائد الجيش إلى مدينة بنغازي أمس الأربعاء في أول زيارة رسمية.\n\nوقال المتحدث إن الزيارة هامة جدا.\n';
const run = (bytes: Uint8Array) => ingestSeed({ file: FILE, bytes });
const only = (bytes: Uint8Array) => {
  const { problems } = run(bytes);
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('refused input', () => {
  it('an empty file', () => {
    const p = only(new Uint8Array());
    expect(p).toMatchObject({ code: 'empty-seed', severity: 'error', file: FILE });
    expect(formatProblem(p)).toBe(
      'error seeds/test.txt [empty-seed] The file is empty (or holds only whitespace).\n' +
        "  fix: Paste the article's text into it, headline on the first line, or delete the file.",
    );
    expect(only(utf8(' \n\r\n\t\n')).code).toBe('empty-seed');
  });

  it('a file that is not text (NUL bytes), naming the line', () => {
    const p = only(Uint8Array.from([...utf8('عنوان\nسطر ثان\n'), 0x00, 0x01, 0x02]));
    expect(p).toMatchObject({ code: 'not-text', severity: 'error', line: 3 });
    expect(p.message).toContain('NUL bytes');
    expect(p.hint).toContain('plain text (UTF-8)');
  });

  it('invalid UTF-8 that is no known encoding, naming line and byte', () => {
    // Latin-1 "café" in an English line: 0xE9 breaks UTF-8, and the bytes do not read as Arabic.
    const bytes = Uint8Array.from([...utf8('A headline\nThe caf'), 0xe9, ...utf8(' opened.\n')]);
    const p = only(bytes);
    expect(p).toMatchObject({ code: 'unknown-encoding', severity: 'error', line: 2, column: 8 });
    expect(p.hint).toContain('save it again with the encoding "UTF-8"');
  });

  it('a file holding only boilerplate', () => {
    const p = only(utf8('0\n123\nشارك الخبر\nالتعليقات (0)\n'));
    expect(p).toMatchObject({ code: 'no-title' });
    expect(p.message).toContain('every line is blank or boilerplate');
  });
});

describe('accepted input', () => {
  const reference = run(utf8(ARTICLE)).article!;

  it('UTF-8 with a BOM and CRLF line endings reads the same as plain UTF-8', () => {
    const result = run(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARTICLE.replace(/\n/g, '\r\n'))]));
    expect(result.problems).toEqual([]);
    expect(result.article!.text).toBe(reference.text);
    expect(result.article!.title.text).toBe('عنوان الخبر عن زيارة قائد الجيش');
    expect(result.article!.text).not.toMatch(/[\r\uFEFF]/);
  });

  it.each(['le', 'be'] as const)('UTF-16 %s with a BOM', (endian) => {
    const result = run(encodeUtf16(ARTICLE, endian));
    expect(result.problems).toEqual([]);
    expect(result.article!.encoding).toBe(`utf-16${endian}`);
    expect(result.article!.text).toBe(reference.text);
  });

  it('Windows-1256 Arabic is decoded, with a warning naming the encoding', () => {
    const result = run(encodeWindows1256(ARTICLE));
    expect(result.article!.text).toBe(reference.text);
    expect(result.article!.encoding).toBe('windows-1256');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'legacy-encoding', severity: 'warning', file: FILE });
    expect(result.problems[0]!.message).toContain('decoded as Windows-1256');
  });

  it('a real seed re-encoded as Windows-1256 gives the same article', () => {
    const original = ingestSeed({ file: SEED_003, bytes: readSeed(SEED_003) }).article!;
    const legacy = ingestSeed({ file: SEED_003, bytes: encodeWindows1256(new TextDecoder().decode(readSeed(SEED_003))) }).article!;
    expect(legacy.text).toBe(original.text);
    expect(legacy.contentHash).toBe(original.contentHash);
  });

  it('HTML in the text stays text: it is kept verbatim for the page to escape', () => {
    const result = run(utf8('عنوان <b>عريض</b>\n\nفقرة فيها <script>alert(1)</script> ونص.\n'));
    expect(result.problems).toEqual([]);
    expect(result.article!.title.text).toBe('عنوان <b>عريض</b>');
    expect(result.article!.text).toBe('فقرة فيها <script>alert(1)</script> ونص.');
  });

  it('bidi controls and zero-width characters are removed and counted in the removal record', () => {
    const result = run(utf8('عنوان\u200B الخبر\n\nفقرة \u202Eمعكوسة\u202C و\u2067معزولة\u2069 و\u200Dوصل.\n'));
    const article = result.article!;
    expect(article.title.text).toBe('عنوان الخبر');
    expect(article.text).toBe('فقرة معكوسة ومعزولة ووصل.');
    expect(article.removed).toEqual([
      { line: 1, reason: 'invisible-characters', text: 'U+200B ×1' },
      { line: 3, reason: 'invisible-characters', text: 'U+202E ×1, U+202C ×1, U+2067 ×1, U+2069 ×1, U+200D ×1' },
    ]);
  });
});

describe('file names', () => {
  it('a name with no letters or digits is refused with a rename hint', () => {
    const p = ingestSeed({ file: 'seeds/---.txt', bytes: utf8(ARTICLE) }).problems[0]!;
    expect(p).toMatchObject({ code: 'bad-file-name', severity: 'error', file: 'seeds/---.txt' });
  });

  it('ids are lower-case and URL-safe', () => {
    expect(ingestSeed({ file: 'seeds/Arabi21 News, 2025.txt', bytes: utf8(ARTICLE) }).article!.id).toBe('arabi21-news-2025');
  });
});
