/**
 * A claim's label: the shortest phrase of the claim that carries what is checkable, used as
 * its page title and in lists ("المرتبة الثانية عشرة عالميًا"). Always a substring of the claim.
 */
import { stripProclitic, tokenize, type Token } from '../text/tokens.ts';
import { ATTRIBUTION_PREPOSITIONS, RANKING_WORDS } from './lexicon.ts';

const RANK_NOUNS = new Set(RANKING_WORDS.filter((w) => /^ال/.test(w) && !w.includes(' ')));
const STOP = new Set([...ATTRIBUTION_PREPOSITIONS.filter((w) => !w.includes(' ')), 'ان', 'انه', 'الذي', 'التي']);
const LEADING = /^(و|ف)?(حيث|اذ|كما|بل|هو|هي|هذا|ذلك|اما|لذلك|فان|ان)$/;
const MAX_WORDS = 10;

/** The text from the first token to the last, without a conjunction glued to an article: "والجيش" → "الجيش". */
const phrase = (text: string, tokens: Token[]) => {
  if (!tokens.length) return text;
  const skip = /^[وف]ال/.test(tokens[0]!.folded) ? 1 : 0;
  return text.slice(tokens[0]!.start + skip, tokens.at(-1)!.end);
};

export function claimLabel(text: string): string {
  let tokens = tokenize(text);
  while (tokens.length > 2 && LEADING.test(tokens[0]!.folded)) tokens = tokens.slice(1);
  // A rank: from the rank noun to the end of its phrase ("المرتبة الثانية عشرة عالميًا").
  const rank = tokens.findIndex((t) => stripProclitic(t.folded, RANK_NOUNS) !== undefined);
  if (rank >= 0) {
    const out: Token[] = [];
    for (let i = rank; i < tokens.length && out.length < 4; i++) {
      if (STOP.has(tokens[i]!.folded) || (out.length && /[،.:؛]/.test(text.slice(out.at(-1)!.end, tokens[i]!.start)))) break;
      out.push(tokens[i]!);
    }
    return phrase(text, out);
  }
  // Otherwise the claim's first words, up to a clause break.
  const out: Token[] = [];
  for (const t of tokens) {
    if (out.length >= MAX_WORDS || (out.length >= 6 && /[،:؛]/.test(text.slice(out.at(-1)!.end, t.start)))) break;
    out.push(t);
  }
  return phrase(text, out).replace(/^["«“]+|["»”]+$/g, '').trim();
}
