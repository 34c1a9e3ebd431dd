/**
 * A claim's label: its page title and its name in lists. Always a substring of the claim, and
 * never says something the claim does not: it is the claim's first clause whole (its subject,
 * its predicate, every negation in it), from its first word after a connector, a reporting
 * participle or a complementiser (حيث، كما، مشيرًا إلى أن …) to the first clause break (؛ or :, or a comma that opens a new clause:
 * "، حيث"، "، وهو"، "، مشيرًا"). When the first clause is the whole claim, so is the label.
 */
import { cliticReadings, CONJUNCTIONS, knownWithConjunction } from '../text/clitics.ts';
import type { Token } from '../text/tokens.ts';
import { opensClause, REPORTING_PARTICIPLES } from './split-claims.ts';

// Words a label does not start with, with or without و/ف.
const LEADING = new Set(['حيث', 'اذ', 'كما', 'بل', 'اما', 'لذلك', 'فان', 'ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);
const isLeading = (folded: string) => knownWithConjunction(LEADING, folded);
// و/ف glued to an article: "والجيش".
const CONJ_ARTICLE = { conj: CONJUNCTIONS, article: 'after-prefix', minCore: 1 } as const;
// Particles a label should not end on.
const TRAILING = new Set([
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'مع',
  'و',
  'ان',
  'او',
  'ثم',
  'بين',
  'خلال',
  'بعد',
  'قبل',
  'الذي',
  'التي',
  'كون',
  'لا',
  'لم',
  'لن',
  'قد',
]);

/**
 * The text from the first token to the last, without a conjunction glued to an article
 * ("والجيش" → "الجيش"), with a sign glued to the last number ("74.5%"). A first clause that
 * leaves a quotation or a bracket open is no faithful label (undefined); the whole claim
 * takes in the closing mark after its last word ("ستكون «آمنة ومستقرة»"), and stops before
 * a quotation the source left open to its end.
 */
function phrase(text: string, tokens: readonly Token[], whole: boolean): string | undefined {
  if (!tokens.length) return text;
  const skip = cliticReadings(tokens[0]!.folded, CONJ_ARTICLE).find((r) => r.conj !== '' && r.definite)?.prefixLength ?? 0;
  const start = tokens[0]!.start + skip;
  let end = tokens.at(-1)!.end;
  end += /^[%٪‰]*/u.exec(text.slice(end))![0].length;
  for (const [open, close] of PAIRS) {
    let opener = unclosed(text.slice(start, end), open, close);
    // A closing mark glued to the last word belongs to it: «…بسوريا"».
    if (opener >= 0 && text[end] === close) {
      end += 1;
      opener = unclosed(text.slice(start, end), open, close);
    }
    if (opener < 0) continue;
    if (!whole) return undefined;
    const closer = open === close ? -1 : text.indexOf(close, end);
    end = closer >= 0 ? closer + 1 : start + opener;
  }
  return text.slice(start, end).replace(/[\s،,:]+$/, '');
}

const PAIRS: readonly (readonly [string, string])[] = [
  ['«', '»'],
  ['“', '”'],
  ['(', ')'],
  ['"', '"'],
];

/** Index of the first opener left unclosed in `s`, or -1. */
function unclosed(s: string, open: string, close: string): number {
  if (open === close) {
    const all = [...s.matchAll(/"/g)].map((m) => m.index);
    return all.length % 2 === 1 ? all.at(-1)! : -1;
  }
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) stack.push(i);
    else if (s[i] === close) stack.pop();
  }
  return stack[0] ?? -1;
}

/** The label of a claim `text`, whose tokens the caller made. */
export function claimLabel(text: string, all: readonly Token[]): string {
  if (all.length === 0) return text.trim();
  let tokens = all;
  // A statement brought by a participle opens with it: "مشيرًا إلى أن …" → "…".
  if (tokens.length > 3 && knownWithConjunction(REPORTING_PARTICIPLES, tokens[0]!.folded)) {
    tokens = tokens.slice(1);
    if (tokens[0]!.folded === 'الي' || tokens[0]!.folded === 'علي') tokens = tokens.slice(1);
  }
  while (tokens.length > 2 && isLeading(tokens[0]!.folded)) tokens = tokens.slice(1);
  // The first clause break after the clause's subject and predicate began: a short segment that
  // opens with a preposition ("على مستوى التأثير:") or a topic ("وبالنسبة إلى …،") only sets
  // the scene.
  let from = 0;
  let end = -1;
  for (let i = 1; i < tokens.length; i++) {
    if (!isClauseBreak(text.slice(tokens[i - 1]!.end, tokens[i]!.start), tokens[i]!.folded)) continue;
    if (setsScene(tokens.slice(from, i))) from = i;
    else if (!isParenthetical(text, tokens, i)) {
      end = i;
      break;
    }
  }
  const clause = end > 0 ? tokens.slice(0, end) : tokens;
  // A first clause that ends on a particle is not a faithful short form: take the whole.
  const short = end > 0 && !TRAILING.has(clause.at(-1)!.folded) ? phrase(text, clause, false) : undefined;
  const label = short ?? phrase(text, tokens, true)!;
  // Drop a quotation mark at an edge only when it has no partner inside the label.
  return label
    .replace(/^"(?=[^"]*$)|^[«“](?=[^»”]*$)/, '')
    .replace(/(?<=^[^"]*)"$|(?<=^[^«“]*)[»”]$/, '')
    .trim();
}

// After a comma, an accusative participle opens a circumstantial clause (حال) that follows a
// complete one: "، مشيرًا إلى"، "، مستفيدًا من"، "، رافضًا"; so does "، خاصة".
const CIRCUMSTANTIAL = /^(و?م[\u0621-\u064A]{3,}ا|و?[\u0621-\u064A]ا[\u0621-\u064A]{2}ا|خاصه)$/u;

// An aside opens with a pronoun: "، وهي الأولى منذ عقد،".
const ASIDE_OPENERS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن']);

/**
 * The clause opened at `tokens[i]` is an aside set between commas inside the first clause,
 * whose predicate comes after it: "لم تكن الزيارة، وهي الأولى منذ عقد، حدثًا عاديًا".
 */
function isParenthetical(text: string, tokens: readonly Token[], i: number): boolean {
  if (!ASIDE_OPENERS.has(tokens[i]!.folded)) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
    if (/[؛;:.]/.test(gap)) return false;
    if (/[،,]/.test(gap)) return !isClauseBreak(gap, tokens[j]!.folded) && !isPreposition(tokens[j]!.folded);
  }
  return false;
}

const PREPOSITIONS = new Set(['في', 'علي', 'من', 'عن', 'الي', 'مع', 'حول', 'بالنسبه', 'وفق', 'وفقا', 'حسب', 'بحسب', 'بعد', 'قبل', 'خلال', 'منذ', 'عند', 'لدي']);
const isPreposition = (folded: string) => knownWithConjunction(PREPOSITIONS, folded);
// Topic markers: "وبالنسبة إلى …،" and "أما …،" set the scene however long they are.
const TOPIC = new Set(['بالنسبه', 'اما']);
const SCENE_WORDS = 5;
/** A segment that only sets the scene: a short prepositional phrase, or a topic. */
const setsScene = (segment: readonly Token[]) =>
  knownWithConjunction(TOPIC, segment[0]!.folded) || (segment.length <= SCENE_WORDS && isPreposition(segment[0]!.folded));

/** Between two words: a semicolon or colon, or a comma before a word that opens a clause. */
export function isClauseBreak(gap: string, nextFolded: string): boolean {
  if (/[؛;:]/.test(gap)) return true;
  return /[،,]/.test(gap) && !isRelative(nextFolded) && (opensClause(nextFolded) || CIRCUMSTANTIAL.test(nextFolded));
}

// A relative clause after a comma describes the noun before it, whose predicate may still come:
// "نسبة النجاح، والتي بلغت 78%، ارتفعت" (a claim may split there, a label may not).
const RELATIVES = new Set(['التي', 'الذي', 'اللذين', 'اللتين', 'الذين', 'اللواتي']);
const isRelative = (folded: string) => knownWithConjunction(RELATIVES, folded);
