/**
 * Sentences a scraper broke across lines (a link or a bold name inside them became a line of
 * its own): "أعلنت" / "وزارة المالية" / "أن العجز تراجع …", or a quotation whose closing mark is
 * two lines further down. Such lines are joined back into one paragraph, which keeps the line
 * number of its first part. docs/ingest.md, "Broken lines".
 */
import { countWords } from './count-words.ts';

interface Part {
  line: number;
  text: string;
  repeated: boolean;
}

const MAX_FRAGMENT_WORDS = 3;
const MAX_QUOTE_LINES = 3;
// Punctuation that ends a sentence or a paragraph.
const ENDS_SENTENCE = /[.!?؟:؛…"»”)]$/u;
// The complementiser أنّ / بأنّ that opens the reported clause, written with its hamza: a paragraph
// never starts with it; the bare spelling ان only after a fragment of a line.
const OPENS_CLAUSE = /^(ب?أنّ?|ب?أنَّ)\s/u;
const OPENS_CLAUSE_BARE = /^ب?انّ?\s/u;

// A reported clause's complementiser or a colon in the first words of a line.
const CLAUSE_NEAR_START = /^(\S+\s+){0,7}(ب?[إأا]نّ?|ب?[إأا]نَّ|ب?[أا]نه|ب?[أا]نها)\s|^(\S+\s+){0,7}\S+:/u;
const HAS_CLAUSE = /(^|\s)(ب?[إأا]نّ?|ب?[إأا]نَّ)\s/u;
const MAX_FRAME_WORDS = 15;

/**
 * An attribution frame cut inside its subject ("وقال مدير الدائرة الدكتور علاء" / "الشمري في
 * بيان إن …"): a body line that opens with و/ف, ends with no punctuation and holds no reported
 * clause, then a line that does not open with و/ف and reaches its clause within eight words.
 */
const cutInsideFrame = (text: string, next: string) =>
  /^[وف]\S/u.test(text) && countWords(text) <= MAX_FRAME_WORDS && !HAS_CLAUSE.test(text) && !/^[وف]/u.test(next) && CLAUSE_NEAR_START.test(next);

/**
 * A name cut before its last word ("أكد وزير الداخلية فلان" / "الفلاني أن …"): a line whose first
 * word is followed at once by the complementiser never starts a paragraph; it ends the line above
 * when that one has no punctuation and no clause of its own.
 */
const ONE_WORD_THEN_CLAUSE = /^[^\s\p{P}]+\s+(ب?[إأ]نّ?|ب?[إأ]نَّ)\s/u;
const cutBeforeLastWord = (text: string, next: string) =>
  ONE_WORD_THEN_CLAUSE.test(next) && !/^[وف]/u.test(next) && countWords(text) <= MAX_FRAME_WORDS && !HAS_CLAUSE.test(text) && !/\p{P}$/u.test(text);

const isFragment = (text: string) => countWords(text) <= MAX_FRAGMENT_WORDS && !/[.!?؟:؛،…"«»“”()]/u.test(text);

/** More quotation marks open than close in `text`. */
function quoteOpen(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/gu) > count(/»/gu) || count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}

export function joinBrokenLines<T extends Part>(parts: readonly T[]): T[] {
  const out: T[] = [];
  // Once a line with a full stop or a comma was kept, the body has begun (kept as a flag: no rescan per line).
  let bodySeen = false;
  for (let i = 0; i < parts.length; i++) {
    let current = parts[i]!;
    // A quotation left open in the body (a headline above the body may hold a stray mark).
    bodySeen ||= out.length > 0 && /[.،]/u.test(out.at(-1)!.text);
    for (let n = 0; bodySeen && n < MAX_QUOTE_LINES && quoteOpen(current.text) && !ENDS_SENTENCE.test(current.text) && i + 1 < parts.length; n++) {
      current = { ...current, text: `${current.text} ${parts[i + 1]!.text}`, repeated: false };
      i++;
    }
    const next = parts[i + 1];
    const opensClause =
      next !== undefined &&
      (OPENS_CLAUSE.test(next.text) ||
        (isFragment(current.text) && OPENS_CLAUSE_BARE.test(next.text)) ||
        (bodySeen && cutInsideFrame(current.text, next.text)) ||
        cutBeforeLastWord(current.text, next.text));
    if (next && opensClause && !ENDS_SENTENCE.test(current.text)) {
      // The lines of a sentence broken before its reported clause: the fragments above it
      // ("أعلنت" / "وزارة المالية") belong to it too.
      let text = `${current.text} ${next.text}`;
      while (isFragment(current.text) && out.length > 0 && isFragment(out.at(-1)!.text)) {
        current = out.pop()!;
        text = `${current.text} ${text}`;
      }
      out.push({ ...current, text, repeated: false });
      i++;
      continue;
    }
    out.push(current);
  }
  return out;
}
