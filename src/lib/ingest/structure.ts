/**
 * Lines → the parts of an article. A scraped seed has one block per line: an optional
 * section label, the title, an optional photo caption, then headings and paragraphs,
 * with boilerplate in between. The rules are general and documented in docs/ingest.md;
 * none of them names a particular outlet or article.
 */
import { wordCount } from '../text/arabic-fold.ts';
import { matchBoilerplate } from './boilerplate-rules.ts';
import type { Removal } from '../schemas/article.ts';

export interface Line {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export interface Structure {
  label?: Line;
  title?: Line;
  caption?: Line & { credit?: string };
  blocks: (Line & { kind: 'heading' | 'paragraph' })[];
  removed: Removal[];
  /** Set when no title could be found; says why. */
  noTitle?: { line?: number; why: string };
}

// A headline is short and is not a sentence ending in a full stop; a heading or a section
// label is shorter still and carries no sentence punctuation at all.
const MAX_TITLE_WORDS = 40;
const MAX_HEADING_WORDS = 7;
const MAX_LABEL_WORDS = 4;
const MAX_CAPTION_WORDS = 40;
const SENTENCE_PUNCTUATION = /[.!?؟:؛،…"«»“”()]/u;
// "text - credit", "text- credit", "text — credit": a photo credit of at most three words.
const CREDIT = /^(.*?\S)\s*[-–—]\s*(\S+(?: \S+){0,2})$/u;

const isShortPlain = (text: string, maxWords: number) => wordCount(text) <= maxWords && !SENTENCE_PUNCTUATION.test(text);

/** Why `text` cannot be a headline, or undefined when it can. */
const notATitle = (text: string): string | undefined => {
  const words = wordCount(text);
  const fullStop = /\.$/u.test(text);
  return words > MAX_TITLE_WORDS || fullStop ? `${words} words${fullStop ? ', ending in a full stop' : ''}` : undefined;
};

/** Splits "caption - credit" into its parts; the credit is absent when the line has none. */
export function splitCredit(text: string): { text: string; credit?: string } {
  const m = CREDIT.exec(text);
  return m ? { text: m[1]!, credit: m[2]! } : { text };
}

/** Trims a line and collapses runs of spaces, tabs and no-break spaces into one space. */
export const tidyLine = (text: string) => text.replace(/[ \t\u00A0\u2000-\u200A\u3000]+/g, ' ').trim();

/** Pass 1: drops blank lines, boilerplate and a line repeated right after itself. */
function dropBoilerplate(lines: readonly string[]): { kept: (Line & { repeated: boolean })[]; removed: Removal[] } {
  const kept: (Line & { repeated: boolean })[] = [];
  const removed: Removal[] = [];
  lines.forEach((raw, index) => {
    const text = tidyLine(raw);
    const line = index + 1;
    if (text === '') return;
    const rule = matchBoilerplate(text);
    if (rule) {
      removed.push({ line, text, reason: rule === 'counter' ? 'counter' : 'widget', rule });
      return;
    }
    const previous = kept.at(-1);
    if (previous && previous.text === text) {
      previous.repeated = true;
      removed.push({ line, text, reason: 'repeated-line', sameAs: previous.line });
      return;
    }
    kept.push({ line, text, repeated: false });
  });
  return { kept, removed };
}

export function readStructure(lines: readonly string[]): Structure {
  const { kept, removed } = dropBoilerplate(lines);
  const result: Structure = { blocks: [], removed };
  let i = 0;

  const first = kept[0];
  if (!first) return { ...result, noTitle: { why: 'every line is blank or boilerplate' } };
  const second = kept[1];
  // A kicker such as "ملفات وتقارير" above the headline: short, unpunctuated, followed by a
  // longer line that can itself be a headline, with the body after it.
  if (
    second &&
    kept.length > 2 &&
    isShortPlain(first.text, MAX_LABEL_WORDS) &&
    wordCount(second.text) > wordCount(first.text) &&
    notATitle(second.text) === undefined
  ) {
    result.label = { line: first.line, text: first.text };
    i = 1;
  }

  const title = kept[i]!;
  const reason = notATitle(title.text);
  if (reason) return { ...result, noTitle: { line: title.line, why: `line ${title.line} reads as a paragraph (${reason}), not a headline` } };
  result.title = { line: title.line, text: title.text };
  i++;

  // A caption sits between the title and the body: a line the page repeated (scrapers pick
  // up both the image's alt text and its visible caption) or one that ends in a credit.
  const candidate = kept[i];
  if (candidate && wordCount(candidate.text) <= MAX_CAPTION_WORDS && !/[.؟?!]$/u.test(candidate.text)) {
    const split = splitCredit(candidate.text);
    if (candidate.repeated || split.credit !== undefined) {
      result.caption = { line: candidate.line, ...split };
      i++;
    }
  }

  for (; i < kept.length; i++) {
    const { line, text } = kept[i]!;
    const isHeading = i + 1 < kept.length && isShortPlain(text, MAX_HEADING_WORDS);
    result.blocks.push({ line, text, kind: isHeading ? 'heading' : 'paragraph' });
  }
  return result;
}
