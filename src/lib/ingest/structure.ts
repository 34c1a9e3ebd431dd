/**
 * Lines → the parts of an article. A scraped page has one block per line: page furniture
 * (section labels, datelines, bylines, widgets), an optional headline, an optional photo
 * caption, then headings and paragraphs, with more furniture in between and after. The rules
 * are general and documented in docs/ingest.md; none of them names a particular outlet or article.
 */
import { countWords } from './count-words.ts';
import { arabicLetterShare, foldArabic } from '../text/arabic-fold.ts';
import type { BoilerplateRule, Removal } from '../schemas/article.ts';
import { isListHeader, matchBoilerplate } from './boilerplate-rules.ts';
import { splitDateField } from './dateline.ts';
import { joinBrokenLines } from './broken-lines.ts';

export interface Line {
  /** 1-based line number in the source file. */
  line: number;
  text: string;
}

export interface Structure {
  label?: Line;
  /** The headline line, when the file has one. */
  title?: Line;
  caption?: Line & { credit?: string };
  blocks: (Line & { kind: 'heading' | 'paragraph' })[];
  removed: Removal[];
  /** Set when no line can be read as the headline; says why. */
  noTitle?: { line?: number; why: string };
}

// A headline is short, is not a sentence ending in a full stop or a colon, and holds no
// Arabic comma (a lead paragraph almost always does). A heading or a section label is shorter
// still and carries no sentence punctuation at all.
const MAX_TITLE_WORDS = 30;
const MIN_TITLE_WORDS = 5;
const MIN_LEAD_WORDS = 15;
const MAX_HEADING_WORDS = 7;
const MAX_LABEL_WORDS = 4;
const MAX_CAPTION_WORDS = 40;
const MAX_SHORT_CAPTION_WORDS = 8;
const MAX_TEASER_WORDS = 16;
const LANGUAGE_SAMPLE = 3000;
const SENTENCE_PUNCTUATION = /[.!?؟:؛،…"«»“”()]/u;
// "text - credit", "text- credit", "text — credit": a photo credit of at most three words.
const CREDIT = /^(.*?\S)\s*[-–—]\s*(\S+(?: \S+){0,2})$/u;

const isShortPlain = (text: string, maxWords: number) => countWords(text) <= maxWords && !SENTENCE_PUNCTUATION.test(text);

/** Why `text` cannot be a headline, or undefined when it can. */
const notATitle = (text: string): string | undefined => {
  const words = countWords(text);
  if (words > MAX_TITLE_WORDS) return `${words} words`;
  if (/\.$/u.test(text)) return `${words} words, ending in a full stop`;
  if (/[:؛،]$/u.test(text)) return 'it ends like the lead-in of a sentence';
  if (text.includes('،')) return 'it holds a comma, as a paragraph does';
  return undefined;
};

/** A closing caption: four to eight words, no punctuation, not a clause joined on with و/ف. */
const isTrailingCaption = (text: string) => countWords(text) >= 4 && isShortPlain(text, MAX_SHORT_CAPTION_WORDS) && !/^[وف]/u.test(text);

/** A related-article teaser: a headline-sized line that is not a sentence of the body. */
const isTeaserLike = (text: string) => countWords(text) <= MAX_TEASER_WORDS && !/\.$/u.test(text) && !text.includes('،');

/** Splits "caption - credit" into its parts; the credit is absent when the line has none. */
export function splitCredit(text: string): { text: string; credit?: string } {
  const m = CREDIT.exec(text);
  return m ? { text: m[1]!, credit: m[2]! } : { text };
}

/** Trims a line and collapses runs of spaces, tabs and no-break spaces into one space. */
export const tidyLine = (text: string) => text.replace(/[ \t\u00A0\u2000-\u200A\u3000]+/g, ' ').trim();

interface Kept extends Line {
  repeated: boolean;
  /** The line right above or below it (blank lines aside) was a dateline. */
  besideDateline?: boolean;
}

/** A writer's name alone, beside a dateline: two or three words, no punctuation. */
const isNameBesideDateline = (k: Kept) => k.besideDateline === true && countWords(k.text) >= 2 && isShortPlain(k.text, 3) && !/\d/u.test(k.text);

const WIDGETS: ReadonlySet<BoilerplateRule> = new Set(['share', 'related', 'comments', 'print', 'follow', 'back-to-top', 'widget']);
/** The reason a removal of `rule` records (the article page labels it by reason and rule). */
export const reasonOfRule = (rule: BoilerplateRule): Removal['reason'] => (rule === 'counter' ? 'counter' : WIDGETS.has(rule) ? 'widget' : 'furniture');
const furniture = (line: number, text: string, rule: BoilerplateRule): Removal => ({ line, text, reason: reasonOfRule(rule), rule });

/** Widgets and credits that close an article: what follows them, once the body has begun, is the page around it. */
const CLOSERS: ReadonlySet<BoilerplateRule> = new Set(['share', 'comments', 'follow', 'back-to-top']);
/** A source credit ("المصدر: وكالات") closes an article too; a writer's byline may sit under the lead. */
const closes = (rule: BoilerplateRule, text: string) => CLOSERS.has(rule) || (rule === 'byline' && /^(المصدر|source)(?=[\s:/-]|$)/iu.test(foldArabic(text)));
const isReadMore = (text: string) => /^(read more|اقرا المزيد|المزيد)$/iu.test(foldArabic(text).replace(/[.:!؛،…]+$/u, ''));

/**
 * Pass 1: drops blank lines, furniture lines and copies of a line already kept. Teasers are
 * dropped here too: the headline-sized lines right under a list header ("أخبار متعلقة") up to a
 * blank line or the next sentence of the body, and, once the body has begun and a closing widget
 * (share bar, comments, "المصدر: …") has come, every headline-sized line after it up to the next
 * sentence of the body.
 */
function dropFurniture(lines: readonly string[]): { kept: Kept[]; removed: Removal[] } {
  const kept: Kept[] = [];
  const removed: Removal[] = [];
  // The language of the page, from its first few thousand characters: enough to tell, and cheap.
  const arabic = arabicLetterShare(lines.join('\n').slice(0, LANGUAGE_SAMPLE)) > 0.5;
  let bodyBegun = false;
  let inList = false;
  let inTail = false;
  let tailFrom = Number.POSITIVE_INFINITY;
  // What the previous non-blank line turned out to be, for the names that sit beside a dateline.
  let previousWas: 'kept' | 'dateline' | 'other' = 'other';
  const removeDateline = (line: number, text: string) => {
    removed.push(furniture(line, text, 'dateline'));
    const last = kept.at(-1);
    if (previousWas === 'kept' && last) last.besideDateline = true;
    previousWas = 'dateline';
  };
  // Kept lines by their text, so a repeated line is found without a scan (seeds run to thousands of lines).
  const byText = new Map<string, Kept>();
  const unkeep = () => {
    const last = kept.pop();
    if (last && byText.get(last.text) === last) byText.delete(last.text);
  };
  const keep = (k: Kept, afterDateline: boolean) => {
    const item = { ...k, ...(afterDateline && { besideDateline: true }) };
    kept.push(item);
    if (!byText.has(item.text)) byText.set(item.text, item);
    previousWas = 'kept';
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    let text = tidyLine(raw);
    if (text === '') {
      inList = false;
      return;
    }
    // A machine date field opens the line ("date 2025-01-02 …"): the field goes, and so does the
    // rest when it is only a few words of page furniture (an outlet's or a city's name).
    const { field, rest } = splitDateField(text);
    if (field !== undefined) {
      if (rest === '' || (countWords(rest) <= 6 && !SENTENCE_PUNCTUATION.test(rest)) || matchBoilerplate(rest, { arabic })) {
        removeDateline(line, text);
        return;
      }
      removed.push(furniture(line, field, 'dateline'));
      text = rest;
    }
    const rule = matchBoilerplate(text, { arabic });
    if (rule === 'dateline') {
      removeDateline(line, text);
      return;
    }
    const afterDateline = previousWas === 'dateline';
    previousWas = 'other';
    if (rule) {
      removed.push(furniture(line, text, rule));
      if (rule === 'related' && isListHeader(text)) inList = true;
      if (bodyBegun && closes(rule, text)) {
        inTail = true;
        tailFrom = Math.min(tailFrom, line);
      }
      // "Read more" under an excerpt, after the article's end: the excerpt is a teaser too.
      const last = kept.at(-1);
      if (isReadMore(text) && last && last.line > tailFrom) {
        unkeep();
        removed.push(furniture(last.line, last.text, 'teaser'));
      }
      return;
    }
    if ((inList || inTail) && isTeaserLike(text)) {
      removed.push(furniture(line, text, 'teaser'));
      return;
    }
    inList = false;
    const same = byText.get(text);
    if (same) {
      same.repeated = true;
      removed.push({ line, text, reason: 'repeated-line', sameAs: same.line });
      // A short line doubled inside the body is a picture's alt text and caption: both go.
      if (bodyBegun && same === kept.at(-1) && isTeaserLike(text)) {
        unkeep();
        removed.push(furniture(same.line, same.text, 'caption'));
      }
      return;
    }
    // A picture's alt text cut short, right above its full caption: "وزير يزور" over "وزير يزور المصنع".
    const previous = kept.at(-1);
    const captionSized = isShortPlain(text, MAX_TEASER_WORDS);
    if (previous && captionSized && countWords(previous.text) <= MAX_SHORT_CAPTION_WORDS && text.startsWith(`${previous.text} `)) {
      unkeep();
      removed.push({ line: previous.line, text: previous.text, reason: 'repeated-line', sameAs: line });
      keep({ line, text, repeated: true }, afterDateline);
      return;
    }
    if (notATitle(text) !== undefined) {
      bodyBegun = true;
      inTail = false;
    }
    keep({ line, text, repeated: false }, afterDateline);
  });
  return { kept, removed };
}

/**
 * The headline among the lines above the first paragraph: the first of five words or more (the
 * shorter lines above it are section labels, masthead names), else the last of two words or more.
 */
function findTitle(top: readonly Kept[]): number | undefined {
  const first = top.findIndex((k) => countWords(k.text) >= MIN_TITLE_WORDS);
  if (first >= 0) return first;
  const last = top.findLastIndex((k) => countWords(k.text) >= 2);
  return last >= 0 ? last : undefined;
}
/** Verbs that add to what a speaker already said: and he added, went on, concluded. */
const CONTINUES_STATEMENT = /^و(اضاف|تابع|اردف|استطرد|استدرك|اختتم|ختم)(ت|وا)?[\s،,:]/u;

export function readStructure(lines: readonly string[]): Structure {
  const dropped = dropFurniture(lines);
  const kept = joinBrokenLines(dropped.kept);
  const removed = dropped.removed;
  const result: Structure = { blocks: [], removed };
  if (kept.length === 0) return { ...result, noTitle: { why: 'every line is blank or boilerplate' } };

  // The top of the page: the lines above the first one that reads as a paragraph.
  let bodyAt = kept.findIndex((k) => notATitle(k.text) !== undefined);
  if (bodyAt < 0) bodyAt = kept.length;
  // A paragraph that goes on from a statement ("وأضاف …", "وتابعت …") cannot open the body:
  // the line right above it, if paragraph-long, is the body's first paragraph even without a
  // comma or a full stop (a shorter one stays a headline: an excerpt may start mid-article).
  const above = kept[bodyAt - 1];
  if (above && countWords(above.text) >= MIN_LEAD_WORDS && CONTINUES_STATEMENT.test(foldArabic(kept[bodyAt]?.text ?? ''))) bodyAt--;
  const top = kept.slice(0, bodyAt);
  const t = findTitle(top);
  let i = 0;
  const aboveBody = t ?? top.length;
  // Lines above the headline (or above the body, when there is no headline) are page furniture;
  // the one right above a headline, if short and plain, is its kicker ("ملفات وتقارير").
  for (; i < aboveBody; i++) {
    const k = kept[i]!;
    if (t !== undefined && i === t - 1 && isShortPlain(k.text, MAX_LABEL_WORDS)) result.label = { line: k.line, text: k.text };
    else removed.push(furniture(k.line, k.text, isShortPlain(k.text, MAX_LABEL_WORDS) ? 'section-label' : 'page-top'));
  }
  if (t === undefined) {
    const first = kept[i];
    result.noTitle = first
      ? { line: first.line, why: `line ${first.line} reads as a paragraph (${notATitle(first.text) ?? 'no headline above it'}), not a headline` }
      : { why: 'no headline line' };
  } else {
    const title = kept[t]!;
    result.title = { line: title.line, text: title.text };
    i = t + 1;
    for (; i < top.length && isNameBesideDateline(kept[i]!); i++) removed.push(furniture(kept[i]!.line, kept[i]!.text, 'byline'));
    // A caption sits between the title and the body: a line the page repeated (scrapers pick
    // up both the image's alt text and its visible caption), one that ends in a credit, or a
    // short plain line with the body right after it.
    const candidate = kept[i];
    if (candidate && countWords(candidate.text) <= MAX_CAPTION_WORDS && !/[.؟?!]$/u.test(candidate.text)) {
      const split = splitCredit(candidate.text);
      const short = i < top.length && isShortPlain(candidate.text, MAX_SHORT_CAPTION_WORDS);
      if (candidate.repeated || split.credit !== undefined || short) {
        result.caption = { line: candidate.line, ...split };
        i++;
      }
    }
  }

  for (; i < kept.length; i++) {
    const { line, text } = kept[i]!;
    const isHeading = i + 1 < kept.length && isShortPlain(text, MAX_HEADING_WORDS);
    result.blocks.push({ line, text, kind: isHeading ? 'heading' : 'paragraph' });
  }
  // A short plain line after the last finished paragraph closes no sentence and opens none:
  // a caption of the page's pictures or a tag, not article text ("وزير المالية خلال المؤتمر").
  const [before, last] = result.blocks.slice(-2);
  if (before && last && isTrailingCaption(last.text) && /[.!؟?"»”]$/u.test(before.text)) {
    result.blocks.pop();
    removed.push(furniture(last.line, last.text, 'caption'));
  }
  return result;
}
