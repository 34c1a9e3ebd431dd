/**
 * Matching the named word lists of lexicon.ts against the folded words of a text: single
 * words after taking off the proclitics each list allows (clitics.ts: و/ف for verbs; و/ف +
 * ب/ل/ك + ال for nouns), phrases as consecutive words.
 */
import { cliticReadings, CONJUNCTIONS, PREPOSITIONS, withArticle, type CliticOptions } from '../text/clitics.ts';
import { NEGATIONS } from '../text/word-lists.ts';
import {
  ATTRIBUTION_PREPOSITIONS,
  ATTRIBUTION_VERBS,
  DIALECT_MARKERS,
  EVALUATIVE_WORDS,
  EVENT_VERBS,
  EVIDENCE_WORDS,
  FIRST_PERSON,
  FORECAST_MARKERS,
  HEDGES,
  IMPERATIVES,
  INVOCATIONS,
  OFFICIAL_ACTORS,
  OPINION_GO_VERBS,
  OPINION_VERBS,
  PLACE_NAMES,
  QUANTITY_NOUNS,
  RANKING_WORDS,
  SECOND_PERSON,
  SUPERLATIVES,
  UNNAMED_SOURCES,
} from './lexicon.ts';

/** Which proclitics may be stripped from a token before looking it up. */
export type Proclitics = 'none' | 'conj' | 'noun';

interface CompiledList {
  readonly singles: ReadonlySet<string>;
  readonly phrases: readonly (readonly string[])[];
  readonly mode: Proclitics;
}

function compile(list: Iterable<string>, mode: Proclitics): CompiledList {
  const singles = new Set<string>();
  const phrases: string[][] = [];
  for (const entry of list) {
    const words = entry.split(' ');
    if (words.length === 1) singles.add(entry);
    else phrases.push(words);
  }
  return { singles, phrases, mode };
}

const CLITICS: Record<Exclude<Proclitics, 'none'>, CliticOptions> = {
  conj: { conj: CONJUNCTIONS },
  noun: { conj: CONJUNCTIONS, prep: PREPOSITIONS, article: 'any', minAfterPrep: 3 },
};

/** Spellings of `token` with the allowed proclitics removed (the token itself first). */
function candidates(token: string, mode: Proclitics): string[] {
  if (mode === 'none') return [token];
  const memo = CANDIDATE_MEMO[mode];
  let found = memo.get(token);
  if (found === undefined) {
    if (memo.size >= 50_000) memo.clear();
    found = [token, ...cliticReadings(token, CLITICS[mode]).flatMap((r) => (r.definite ? [withArticle(r), r.core] : r.core === token ? [] : [r.core]))];
    memo.set(token, found);
  }
  return found;
}
// The spellings of a word, per mode, across texts (a word's spellings never change).
const CANDIDATE_MEMO: Record<Proclitics, Map<string, string[]>> = { none: new Map(), conj: new Map(), noun: new Map() };

/** The folded words of a text, with the candidates of each remembered per mode. */
export interface MatchWords {
  readonly words: readonly string[];
  readonly cache: Map<string, string[]>;
}

export function tokenCandidates(t: MatchWords, i: number, mode: Proclitics): string[] {
  const word = t.words[i];
  if (word === undefined) return [];
  const key = `${mode}:${i}`;
  let c = t.cache.get(key);
  if (c === undefined) {
    c = candidates(word, mode);
    t.cache.set(key, c);
  }
  return c;
}

/** Number of places where an entry of `list` occurs in the tokens. */
export function countMatches(t: MatchWords, list: CompiledList): number {
  let n = 0;
  for (let i = 0; i < t.words.length; i++) {
    const cands = tokenCandidates(t, i, list.mode);
    if (cands.some((c) => list.singles.has(c))) {
      n++;
      continue;
    }
    for (const phrase of list.phrases) {
      const [head, ...tail] = phrase;
      if (head === undefined || !cands.includes(head)) continue;
      if (tail.every((w, k) => t.words[i + 1 + k] === w)) {
        n++;
        break;
      }
    }
  }
  return n;
}

export function has(t: MatchWords, list: CompiledList): boolean {
  return countMatches(t, list) > 0;
}

/** Folded words ready for matching. */
export const matchWords = (words: readonly string[]): MatchWords => ({ words, cache: new Map() });

/** The lexicon lists (lexicon.ts), each with the proclitics its words may carry. */
export const L = {
  attributionVerbs: compile(ATTRIBUTION_VERBS.keys(), 'conj'),
  attributionPreps: compile(ATTRIBUTION_PREPOSITIONS, 'conj'),
  opinion: compile(OPINION_VERBS, 'conj'),
  opinionGo: compile(OPINION_GO_VERBS, 'conj'),
  event: compile(EVENT_VERBS, 'conj'),
  ranking: compile(RANKING_WORDS, 'noun'),
  superlatives: compile(SUPERLATIVES, 'noun'),
  hedges: compile(HEDGES, 'conj'),
  forecast: compile(FORECAST_MARKERS, 'noun'),
  unnamed: compile(UNNAMED_SOURCES, 'noun'),
  negations: compile(NEGATIONS, 'conj'),
  official: compile(OFFICIAL_ACTORS, 'noun'),
  places: compile(PLACE_NAMES, 'noun'),
  quantity: compile(QUANTITY_NOUNS, 'noun'),
  evidence: compile(EVIDENCE_WORDS, 'noun'),
  firstPerson: compile(FIRST_PERSON, 'conj'),
  secondPerson: compile(SECOND_PERSON, 'conj'),
  invocations: compile(INVOCATIONS, 'conj'),
  imperatives: compile(IMPERATIVES, 'conj'),
  evaluative: compile(EVALUATIVE_WORDS, 'noun'),
  dialect: compile(DIALECT_MARKERS, 'conj'),
} as const;
