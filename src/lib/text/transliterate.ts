/**
 * Arabic → ASCII for readable, URL-safe ids (`almrtba-althanya-ashra`). Not a scholarly
 * romanisation: one fixed table, so the same words always give the same slug.
 */
import { toAsciiDigits } from './arabic-fold.ts';

/** One Latin spelling per Arabic letter (also the consonants of `romanizeName`). */
export const TABLE: Readonly<Record<string, string>> = {
  ا: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: 'a',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ة: 'a',
  ء: '',
  ؤ: 'w',
  ئ: 'y',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
  گ: 'g',
};

/** `المرتبة الثانية` → `almrtba-althanya`: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, maxWords = 6, maxLength = 48): string {
  // NFKD splits أ إ آ into ا + a mark, and the marks (hamza, tashkeel) have no entry: they drop out.
  const words = toAsciiDigits(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map((w) => [...w.normalize('NFKD')].map((c) => TABLE[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join(''))
    .filter((w) => w.length > 0)
    .slice(0, maxWords);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || 'x';
}
