/**
 * One sentence, several claims: "فالجيش الباكستاني يُصنّف ضمن أقوى الجيوش في العالم، حيث يحتل
 * المرتبة الثانية عشرة …، وهو واحد من تسعة جيوش …، والجيش الإسلامي الوحيد …" holds four
 * statements that are checked separately. The sentence is cut at commas (outside quotations)
 * that open a new clause, and each part becomes a claim only if it has a hard signal of its
 * own; parts without one stay with their neighbour. A reporting participle after a comma
 * ("، مشيرًا إلى أن …"، "، مؤكدةً أن …") opens a further statement of the same speaker: it is
 * always a part of its own, as is a reporting verb with و and no new subject ("، وأضافت أن …",
 * "، وأشار إلى أن …"), and in reported speech a further complement of the reporting verb
 * ("قال إن …، وأن …"; under an opinion verb, "يرى أن …، وأن …" stays one view).
 */
import { cliticReadings, CONJUNCTIONS, knownWithConjunction, withoutConjunction } from '../text/clitics.ts';
import type { ParsedText } from '../text/parsed-text.ts';
import { tokensIn, type Token } from '../text/tokens.ts';
import { hardSignals } from './claim-signals.ts';
import { ATTRIBUTION_VERBS, EVENT_VERBS } from './lexicon.ts';
import { insideQuotes } from './quotes.ts';

// Words that open a new clause after a comma (folded).
const CONNECTORS = new Set(['حيث', 'اذ', 'كما', 'بل', 'ثم', 'لكن', 'لكنه', 'لكنها', 'بينما', 'فيما', 'فان', 'وان', 'الا', 'كذلك']);
// After و/ف: a pronoun, demonstrative or relative, or any word with the article ("والجيش").
const CONJOINED = new Set(['هو', 'هي', 'هم', 'هما', 'هذا', 'هذه', 'ذلك', 'التي', 'الذي']);
const CONJ_ARTICLE = { conj: CONJUNCTIONS, article: 'after-prefix' } as const;
const conjoined = (folded: string) => cliticReadings(folded, CONJ_ARTICLE).some((r) => r.conj !== '' && (r.definite || CONJOINED.has(r.core)));
const EVENTS = new Set(EVENT_VERBS);
const MIN_PART_WORDS = 4;
// Reporting participles (accusative, masculine and feminine), with or without و.
export const REPORTING_PARTICIPLES = new Set(
  ['مشير', 'مؤكد', 'موضح', 'لافت', 'مضيف', 'مشدد', 'منوه', 'مبين', 'معتبر', 'مبرز', 'محذر', 'مرجح', 'متوقع'].flatMap((w) => [`${w}ا`, `${w}ه`]),
);
const isReportingParticiple = (folded: string) => knownWithConjunction(REPORTING_PARTICIPLES, folded);
// A past reporting verb after و ("وأضافت", "وتابع") followed at once by what was said: the same speaker goes on.
const PAST_REPORTING = new Set([...ATTRIBUTION_VERBS].filter(([, form]) => form.tense === 'past').map(([word]) => word));
const SAID_OPENERS = new Set(['ان', 'الي', 'علي', 'عن', 'من', 'قائلا', 'قائله']);
const continuesSpeech = (tokens: readonly Token[]) => {
  const [verb, next] = tokens;
  if (!verb || !next || withoutConjunction(verb.folded) === verb.folded) return false;
  return PAST_REPORTING.has(withoutConjunction(verb.folded)) && SAID_OPENERS.has(next.folded);
};
// "، وأن …" after a reporting verb: a further statement.
const furtherComplement = (tokens: readonly Token[]) => tokens[0]?.folded === 'وان' && tokens.length >= MIN_PART_WORDS;

export interface Part {
  start: number;
  end: number;
}

export function opensClause(folded: string): boolean {
  return CONNECTORS.has(folded) || conjoined(folded) || knownWithConjunction(EVENTS, folded) || isReportingParticiple(folded);
}

/**
 * Splits `sentence.slice(start, end)` into claim parts (offsets into `sentence`), given the
 * sentence's tokens and its span parser (parsed-text.ts).
 */
export function splitClaims(
  sentence: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  parse: (start: number, end: number) => ParsedText,
  options: { reportedSpeech?: boolean } = {},
): Part[] {
  const inside = insideQuotes(sentence);
  const cuts: number[] = [];
  for (let i = start; i < end; i++) {
    if (sentence[i] !== '،' || inside[i]) continue;
    const next = tokensIn(tokens, i + 1, end)[0];
    if (next && (opensClause(next.folded) || continuesSpeech(tokensIn(tokens, i + 1, end)))) cuts.push(i);
  }
  if (cuts.length === 0) return [{ start, end }];

  const parts: (Part & { signals: number; reported?: boolean })[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    const s = from + (sentence.slice(from, cut).length - sentence.slice(from, cut).trimStart().length);
    const partTokens = tokensIn(tokens, s, cut);
    const first = partTokens[0];
    const reported =
      from > start &&
      first !== undefined &&
      (isReportingParticiple(first.folded) || continuesSpeech(partTokens) || (options.reportedSpeech === true && furtherComplement(partTokens)));
    // A part of two or three words ("، والجمعة الماضي") qualifies its neighbour: it has no signal of its own.
    const words = tokensIn(tokens, s, cut).length;
    parts.push({ start: s, end: cut, signals: words < MIN_PART_WORDS ? 0 : hardSignals(parse(s, cut)).length, reported });
    from = cut + 1;
  }
  // Parts with no signal join the part before them (or after, for the first).
  const merged: (Part & { signals: number })[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && !part.reported && (part.signals === 0 || last.signals === 0)) {
      last.end = part.end;
      last.signals += part.signals;
    } else merged.push({ ...part });
  }
  return merged.map(({ start: s, end: e }) => ({ start: s, end: e }));
}
