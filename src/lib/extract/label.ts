/**
 * A claim's label: the shortest phrase of the claim that carries what is checkable, used as
 * its page title and in lists ("المرتبة الثانية عشرة عالميًا"). Always a substring of the claim.
 */
import { cliticReadings, CONJUNCTIONS, hasArticle, knownWithConjunction, stripProclitic } from '../text/clitics.ts';
import type { Token } from '../text/tokens.ts';
import { ATTRIBUTION_PREPOSITIONS, RANKING_WORDS } from './lexicon.ts';

const RANK_NOUNS = new Set(RANKING_WORDS.filter((w) => hasArticle(w) && !w.includes(' ')));
// Words that end a rank phrase: a source ("وفق"), a complementiser or a relative.
const RANK_END = new Set([...ATTRIBUTION_PREPOSITIONS.filter((w) => !w.includes(' ')), 'ان', 'انه', 'الذي', 'التي']);
// Words a label does not start with, with or without و/ف.
const LEADING = new Set(['حيث', 'اذ', 'كما', 'بل', 'هو', 'هي', 'هذا', 'ذلك', 'اما', 'لذلك', 'فان', 'ان']);
const isLeading = (folded: string) => knownWithConjunction(LEADING, folded);
// و/ف glued to an article: "والجيش".
const CONJ_ARTICLE = { conj: CONJUNCTIONS, article: 'after-prefix', minCore: 1 } as const;
const MAX_WORDS = 12;
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

/** The text from the first token to the last, without a conjunction glued to an article: "والجيش" → "الجيش". */
const phrase = (text: string, tokens: readonly Token[]) => {
  if (!tokens.length) return text;
  const skip = cliticReadings(tokens[0]!.folded, CONJ_ARTICLE).find((r) => r.conj !== '' && r.definite)?.prefixLength ?? 0;
  const start = tokens[0]!.start + skip;
  let end = tokens.at(-1)!.end;
  // Keep a quotation or a bracket whole: "ستكون «آمنة ومستقرة»" ends with its », and
  // "بنغازي (شرق ليبيا)" with its ). A pair that closes too far away is left out instead.
  for (const [open, close] of PAIRS) {
    const opener = unclosed(text.slice(start, end), open, close);
    if (opener < 0) continue;
    const closer = text.indexOf(close, end);
    if (closer >= 0 && closer - end <= 40) end = closer + 1;
    else end = start + opener;
  }
  return text.slice(start, end).replace(/[\s،,:]+$/, '');
};

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
  let tokens = all;
  while (tokens.length > 2 && isLeading(tokens[0]!.folded)) tokens = tokens.slice(1);
  // A rank: from the rank noun to the end of its phrase ("المرتبة الثانية عشرة عالميًا").
  const rank = tokens.findIndex((t) => stripProclitic(t.folded, RANK_NOUNS) !== undefined);
  if (rank >= 0) {
    const out: Token[] = [];
    for (let i = rank; i < tokens.length && out.length < 4; i++) {
      if (RANK_END.has(tokens[i]!.folded) || (out.length && /[،.:؛]/.test(text.slice(out.at(-1)!.end, tokens[i]!.start)))) break;
      out.push(tokens[i]!);
    }
    return phrase(text, out);
  }
  // Otherwise the claim's first words, up to a colon or semicolon (a comma often only sets
  // off a name: "نائب القائد العام للجيش الليبي، صدام حفتر"), never ending on a particle.
  const out: Token[] = [];
  for (const t of tokens) {
    if (out.length >= MAX_WORDS || (out.length >= 6 && /[:؛]/.test(text.slice(out.at(-1)!.end, t.start)))) break;
    out.push(t);
  }
  while (out.length > 3 && TRAILING.has(out.at(-1)!.folded)) out.pop();
  const label = phrase(text, out);
  // Drop a quotation mark at an edge only when it has no partner inside the label.
  return label
    .replace(/^"(?=[^"]*$)|^[«“](?=[^»”]*$)/, '')
    .replace(/(?<=^[^"]*)"$|(?<=^[^«“]*)[»”]$/, '')
    .trim();
}
