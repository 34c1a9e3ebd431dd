/**
 * Folding of Arabic text for *matching*, never for display: display keeps the
 * source's tashkeel, hamza forms and digits (design/architecture.md, "Arabic text notes").
 */

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g; // ٠-٩
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g; // ۰-۹

/** Replaces Arabic-Indic and Persian digits with ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660)).replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/**
 * Folds text so that spelling variants compare equal: tashkeel and tatweel
 * removed; أ إ آ ٱ → ا; word-final ى → ي and ة → ه; digits → ASCII; whitespace collapsed.
 */
export function foldArabic(text: string): string {
  // The extractor folds the same words over and over, one token at a time: remember short ones.
  if (text.length <= MEMO_MAX_LENGTH) {
    const known = memo.get(text);
    if (known !== undefined) return known;
    const folded = fold(text);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, folded);
    return folded;
  }
  return fold(text);
}

const MEMO_MAX_LENGTH = 40;
const MEMO_MAX_ENTRIES = 100_000;
const memo = new Map<string, string>();

function fold(text: string): string {
  return toAsciiDigits(text.normalize('NFC'))
    .replace(TASHKEEL, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(/\u0649(?=$|[^\p{L}])/gu, '\u064A')
    .replace(/\u0629(?=$|[^\p{L}])/gu, '\u0647')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Counts whitespace-separated words. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** Share of letters in `text` that are Arabic letters (0 when there are no letters). */
export function arabicLetterShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const arabic = letters.filter((c) => /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/.test(c));
  return arabic.length / letters.length;
}
