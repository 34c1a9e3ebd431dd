/**
 * Issue 15, item 3: one bad byte in a UTF-8 Arabic seed is an error naming its line and
 * byte, never Windows-1256 mojibake and never a silent U+FFFD; a real Windows-1256 file
 * (whose letters form a valid UTF-8 pair now and then by chance) is still read.
 */
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/lib/import/decode-page.ts';
import { decodeSeed } from '../../src/lib/ingest/decode.ts';
import { readTextInput } from '../../src/lib/read-input.ts';
import { scanUtf8 } from '../../src/lib/text/utf8.ts';
import { encodeWindows1256, utf8 } from '../helpers/seeds.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.ts';

const FILE = 'seeds/bad.txt';
// Long enough that its Windows-1256 reading passes the "mostly Arabic" test.
const LINE_1 = 'أعلنت وزارة الزراعة عن موسم حصاد وفير هذا العام';
const LINE_2 = 'وقال الوزير إن إنتاج القمح زاد بنسبة كبيرة مقارنة بالعام الماضي';
const article = (...bad: number[]) => Uint8Array.from([...utf8(`${LINE_1}\n`), ...utf8('وقال '), ...bad, ...utf8(` الوزير\n${LINE_2}\n`)]);
// Line 2 starts with "وقال " (4 letters of two bytes and a space): the bad byte is byte 10.
const AT = { line: 2, column: 10 };

describe('strict UTF-8 in seeds', () => {
  it.each([
    ['a stray 0xD8 (half of an Arabic letter)', [0xd8]],
    ['a stray 0xA0 (a Windows non-breaking space)', [0xa0]],
    ['an overlong slash C0 AF', [0xc0, 0xaf]],
    ['a lone surrogate ED A0 80', [0xed, 0xa0, 0x80]],
    ['an overlong E0 80 AF', [0xe0, 0x80, 0xaf]],
    ['a code point above U+10FFFF: F4 90 80 80', [0xf4, 0x90, 0x80, 0x80]],
  ])('%s in a UTF-8 Arabic file is unknown-encoding at its line and byte', (_, bad) => {
    const decoded = decodeSeed(article(...bad), FILE);
    expect(decoded).toEqual({ ok: false, problem: expect.objectContaining({ code: 'unknown-encoding', file: FILE, ...AT }) });
  });

  it('a trailing 0xD8 at the end of the file is found on its last line', () => {
    const bytes = Uint8Array.from([...utf8(`${LINE_1}\n${LINE_2}\n`), 0xd8]);
    expect(decodeSeed(bytes, FILE)).toMatchObject({ ok: false, problem: { code: 'unknown-encoding', line: 3, column: 1 } });
  });

  it('valid UTF-8 up to four bytes (an emoji, U+10FFFF itself) still reads', () => {
    const text = `${LINE_1} 😀 \u{10FFFF}\n`;
    expect(decodeSeed(utf8(text), FILE)).toEqual({ ok: true, text, encoding: 'utf-8', warnings: [] });
  });

  it('a Windows-1256 file is read even when a letter before ، or ؟ makes a valid UTF-8 pair', () => {
    // ك (0xDF) before ؟ (0xBF) is the UTF-8 pair for U+07FF: by chance, not by design.
    const text = `${LINE_1}، فهل يكفي ذلك؟\n${LINE_2}\n`;
    const bytes = encodeWindows1256(text);
    expect(scanUtf8(bytes).inSequences).toBeGreaterThan(0);
    expect(decodeSeed(bytes, FILE)).toMatchObject({ ok: true, text, encoding: 'windows-1256' });
  });
});

describe('strict UTF-8 in YAML and Markdown inputs', () => {
  it('a sidecar with a bad byte is unknown-encoding, not a U+FFFD in the published metadata', () => {
    const dir = tempDir('decode');
    writeFileSync(join(dir, 'a.yaml'), Uint8Array.from([...utf8('outlet: صحيفة'), 0xd8, 0x0a]));
    expect(readTextInput(join(dir, 'a.yaml'), { file: 'seeds/a.yaml' })).toEqual({
      ok: false,
      missing: false,
      problem: expect.objectContaining({ code: 'unknown-encoding', file: 'seeds/a.yaml', line: 1, column: 19 }),
    });
  });
});

describe('strict UTF-8 in imported pages', () => {
  const page = (charset: string, ...bad: number[]) =>
    Uint8Array.from([
      ...utf8(`<html><head><meta charset="${charset}"></head><body>\n<p>${LINE_1}</p>\n<p>وقال `),
      ...bad,
      ...utf8(` الوزير</p></body></html>`),
    ]);

  it('a page declared UTF-8 with a bad byte is import-unreadable at its line and byte, not a U+FFFD', () => {
    const decoded = decodePage(page('utf-8', 0xd8), 'page.html');
    expect(decoded).toMatchObject({ ok: false, problem: { code: 'import-unreadable', file: 'page.html' } });
    expect(!decoded.ok && decoded.problem.message).toContain('first bad byte on line 3, byte 13');
  });

  it('a UTF-8 page that kept its old windows-1256 declaration and has a bad byte is refused, not read as mojibake', () => {
    expect(decodePage(page('windows-1256', 0xa0), 'page.html')).toMatchObject({ ok: false, problem: { code: 'import-unreadable' } });
    // Undamaged, the same page reads as the UTF-8 it is.
    expect(decodePage(page('windows-1256'), 'page.html')).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});
