/**
 * "Hard" signals: what makes a clause checkable on its own (a number, a date, a rank, a
 * superlative, an event). A sentence is split into several claims only where each part has one.
 */
import { stripProclitic } from '../text/clitics.ts';
import type { ParsedText } from '../text/parsed-text.ts';
import { EVENT_VERBS, RANKING_WORDS, SUPERLATIVES } from './lexicon.ts';

const RANKING = new Set(RANKING_WORDS.filter((w) => !w.includes(' ')));
const SUPERLATIVE = new Set(SUPERLATIVES.filter((w) => !w.includes(' ')));
const EVENTS = new Set(EVENT_VERBS.filter((w) => !w.includes(' ')));
const EVENT_PHRASES = EVENT_VERBS.filter((w) => w.includes(' '));

export type HardSignal = 'number' | 'date' | 'ranking' | 'superlative' | 'event';

export function hardSignals({ tokens, numbers, dates }: ParsedText): HardSignal[] {
  const found = new Set<HardSignal>();
  if (numbers.length > 0) found.add('number');
  if (dates.length > 0) found.add('date');
  for (const t of tokens) {
    if (stripProclitic(t.folded, RANKING)) found.add('ranking');
    if (stripProclitic(t.folded, SUPERLATIVE)) found.add('superlative');
    if (stripProclitic(t.folded, EVENTS)) found.add('event');
  }
  const folded = tokens.map((t) => t.folded).join(' ');
  if (EVENT_PHRASES.some((p) => folded.includes(p))) found.add('event');
  return [...found];
}
