/**
 * Who is speaking in a sentence, and which part of it is what they said.
 *   - a reporting verb with its subject: "أكد وزير الدفاع الليبي الأسبق، محمد البرغثي أن …",
 *     "المتحدث السابق …، محمد السلاك قال من جانبه إن …", "ويرى مراقبون أن …";
 *   - a reporting verb with no subject carries the last speaker of the same grammatical
 *     gender over: "وأشار …" (he), "وأكدت …" (she), "وختم حديثه …" (he);
 *   - a source given after the statement: "…، وفق مكتب حفتر الإعلامي", "وفق تقارير عام 2025";
 *   - otherwise the outlet speaks in its own voice.
 * Every decision is recorded as a rule name (docs/claims.md lists them).
 */
import { ATTRIBUTION_PREPOSITIONS, ATTRIBUTION_VERBS, OPINION_GO_VERBS, OPINION_VERBS, UNNAMED_SOURCES } from './lexicon.ts';
import { insideQuotes, QUOTE_MARKS } from './quotes.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { discoverPeople } from './discover-people.ts';
import { cliticReadings, CONJUNCTIONS, knownWithConjunction, stripProclitic, withoutConjunction, withoutProclitics } from '../text/clitics.ts';
import type { Gender } from '../text/gender.ts';
import { tokensIn, type Token } from '../text/tokens.ts';
import type { Attribution } from '../schemas/claim.ts';

/** Who a verb or pronoun agrees with: one man, one woman, or several people. */
export type Agreement = Gender | 'plural';

export interface Source {
  attribution: Exclude<Attribution, 'outlet'>;
  personId?: string;
  /** The words naming an unnamed or institutional source. */
  text?: string;
  gender?: Agreement | undefined;
}

export interface AttributedSpan {
  source: Source | undefined;
  /** The part of the sentence that is the statement (relative offsets), quotes trimmed. */
  start: number;
  end: number;
  rules: string[];
  /** Set when an opinion verb introduced it ("يرى", "يذهب … إلى أن"). */
  opinionVerb: boolean;
}

/** The speakers met so far in an article, newest last, for carry-over. */
export type SpeakerHistory = Source[];

const OPINION = new Set([...OPINION_VERBS.filter((v) => !v.includes(' ')), ...OPINION_GO_VERBS]);
const UNNAMED = UNNAMED_SOURCES.map((s) => s.split(' '));
const PREPOSITIONS = ATTRIBUTION_PREPOSITIONS.map((s) => s.split(' '));
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه']);
const QUANTIFIERS = new Set(['عده', 'بعض', 'عدد', 'معظم', 'اغلب']);
// A relative clause around the verb: "والتي أكد فيها" (و/ف allowed).
const RELATIVES = new Set(['التي', 'الذي', 'فيها', 'فيه']);
const isRelative = (t: Token | undefined) => t !== undefined && knownWithConjunction(RELATIVES, t.folded);
// Heads of noun phrases that name an institution rather than a person.
const INSTITUTIONS = new Set([
  'مكتب',
  'وزاره',
  'الوزاره',
  'مجلس',
  'المجلس',
  'حكومه',
  'الحكومه',
  'هيئه',
  'الهيئه',
  'وكاله',
  'الوكاله',
  'الجيش',
  'جيش',
  'القياده',
  'السفاره',
  'سفاره',
  'البرلمان',
  'منظمه',
  'المنظمه',
  'الامم',
  'بيان',
  'البيان',
  'الرئاسه',
  'رئاسه',
  'المكتب',
  'شركه',
  'الشركه',
]);
// "وفق قوله", "حسب تقديرها": the source is the current speaker, named by a pronoun suffix.
const PRONOUN_SOURCE = /^(قول|تعبير|تصريحات|تقدير|تقديرات|راي|حديث|كلام)(ه|ها|هم)$/;

const genderOfSuffix = (folded: string): Agreement | undefined =>
  folded.endsWith('ها') ? 'f' : folded.endsWith('هم') ? 'plural' : folded.endsWith('ه') ? 'm' : undefined;

// An imperfect verb of "she" (تقول), or the conjunction before one (وتابعت).
const CONJ_T = { conj: CONJUNCTIONS, minRest: 1 } as const;

/** The words that name a source, from `first` to `end`, without a conjunction on the first ("ومصادر" → "مصادر"). */
const phraseFrom = (sentence: string, first: Token, end: number) =>
  sentence.slice(first.start + (withoutProclitics(first.folded, CONJ_3) === undefined ? 0 : 1), end);
const CONJ_3 = { conj: CONJUNCTIONS, minRest: 3 } as const;

const matchesPhrase = (tokens: readonly Token[], at: number, phrase: string[]) =>
  phrase.every((w, k) => {
    const t = tokens[at + k];
    return t !== undefined && (k === 0 ? withoutConjunction(t.folded) === w || t.folded === w : t.folded === w);
  });

/** The most recent speaker whose gender agrees with the verb (unknown gender agrees with any). */
export function carryOver(history: SpeakerHistory, gender: Agreement | undefined): Source | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (gender === undefined || s.gender === undefined || s.gender === gender) return s;
  }
  return undefined;
}

interface Context {
  registry: PeopleRegistry;
  history: SpeakerHistory;
}

/** A named, unnamed or institutional source in `tokens[from, to)`, if any. */
function sourceIn(sentence: string, tokens: readonly Token[], from: number, to: number, ctx: Context, gender: Agreement | undefined): Source | undefined {
  if (from >= to) return undefined;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  // "مكتب حفتر الإعلامي" is an institution even though it names a person.
  const head = withoutConjunction(tokens[from]!.folded);
  if (INSTITUTIONS.has(head)) return { attribution: 'institution', text: phraseFrom(sentence, tokens[from]!, end), gender };
  const person = ctx.registry.mentions(sentence.slice(start, end))[0];
  if (person) {
    const known = ctx.registry.get(person.personId)!;
    if (!known.gender && (gender === 'm' || gender === 'f')) known.gender = gender;
    return { attribution: 'named', personId: person.personId, gender: known.gender ?? gender };
  }
  for (let i = from; i < to; i++) {
    const phrase = UNNAMED.find((p) => matchesPhrase(tokens, i, p));
    if (phrase) {
      // "عدة وسائل محلية", "بعض المحللين": keep the quantifier with the group it counts.
      const from = i > 0 && QUANTIFIERS.has(tokens[i - 1]!.folded) ? i - 1 : i;
      return { attribution: 'unnamed', text: phraseFrom(sentence, tokens[from]!, end), gender: 'plural' };
    }
    if (INSTITUTIONS.has(withoutConjunction(tokens[i]!.folded))) return { attribution: 'institution', text: phraseFrom(sentence, tokens[i]!, end), gender };
  }
  return undefined;
}

const opensUnclosed = (text: string) =>
  (text.match(/«/g) ?? []).length > (text.match(/»/g) ?? []).length || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;

/** Trims quotation marks, spaces and the final stop from a span, keeping quotes that close one inside it. */
function trimSpan(sentence: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s"«»“”:،]/.test(sentence[s]!)) s++;
  while (e > s && /[\s"«»“”.،؛!]/.test(sentence[e - 1]!)) e--;
  // "… ستكون «آمنة ومستقرة»": the closing » belongs to the claim.
  while (e < end && /[»”]/.test(sentence[e]!) && opensUnclosed(sentence.slice(s, e))) e++;
  return { start: s, end: e };
}

/**
 * A trailing source, "…، وفق مكتب حفتر الإعلامي." or "…، حسب تقديرها.": returns where it
 * starts and what it names. Only a preposition outside quotations, after a comma or quote, counts.
 */
export function trailingSource(sentence: string, sentenceTokens: readonly Token[], ctx: Context, from = 0, to = sentence.length) {
  const inside = insideQuotes(sentence);
  const tokens = tokensIn(sentenceTokens, from, to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = PREPOSITIONS.find((p) => matchesPhrase(tokens, i, p));
    if (!phrase) continue;
    const before = sentence.slice(from, t.start).trimEnd();
    // Inside a quotation the words are the speaker's, unless a quote mark and a comma just
    // closed it (a source whose opening mark was lost: "… الجانبين"، وفق مكتب …").
    if (inside[t.start] && !/["»”]\s*،$/.test(before)) continue;
    // After a comma (or at the start) the phrase is set apart as a source; in running text
    // ("عالميًا وفق تقارير عام 2025") only if a source word follows it directly.
    const setApart = /[،"»”]$/.test(before) || i === 0;
    let k = i + phrase.length;
    if (tokens[k]?.folded === 'ل') k++; // وفقًا لـ
    const named = tokens[k];
    if (!named) continue;
    const clauseEnd = (() => {
      const comma = sentence.slice(named.end, to).search(/،/);
      return comma < 0 ? to : named.end + comma;
    })();
    const lastToken = tokens.findLastIndex((x) => x.end <= clauseEnd);
    let source: Source | undefined;
    const rules: string[] = [];
    const pronoun = PRONOUN_SOURCE.exec(named.folded);
    if (pronoun) {
      source = carryOver(ctx.history, genderOfSuffix(named.folded));
      rules.push('source-pronoun-carry-over');
    } else {
      source = sourceIn(sentence, tokens, k, setApart ? lastToken + 1 : k + 1, ctx, undefined);
      if (source && !setApart) source = sourceIn(sentence, tokens, k, lastToken + 1, ctx, undefined);
      if (source) rules.push(`source-after-${source.attribution}`);
      else if (!setApart) continue;
    }
    return { at: t.start, clauseEnd, source, rules };
  }
  return undefined;
}

/** Finds who speaks in `sentence` (whose `tokens` the caller made) and the span of what they say. Updates `ctx.history`. */
export function attribute(sentence: string, tokens: readonly Token[], ctx: Context): AttributedSpan {
  for (const found of discoverPeople(sentence, tokens)) ctx.registry.discover(found.name, found.role, undefined);
  const inside = insideQuotes(sentence);

  const verbAt = tokens.findIndex((t) => {
    if (inside[t.start]) return false;
    const form = stripProclitic(t.folded, ATTRIBUTION_VERBS);
    const verb = form === undefined ? undefined : ATTRIBUTION_VERBS.get(form);
    return (verb !== undefined && verb.tense !== 'present') || stripProclitic(t.folded, OPINION) !== undefined;
  });

  if (verbAt >= 0) {
    const verb = tokens[verbAt]!;
    const form = ATTRIBUTION_VERBS.get(stripProclitic(verb.folded, ATTRIBUTION_VERBS) ?? '');
    const opinionVerb = form === undefined;
    let gender: Agreement | undefined = form ? form.gender : cliticReadings(verb.folded, CONJ_T).some((r) => r.core.startsWith('ت')) ? 'f' : 'm';
    // The statement starts after a complementiser (أن, إن, إلى أن) or a colon.
    let contentAt = -1;
    let subjectEnd = tokens.length;
    for (let i = verbAt + 1; i < tokens.length && i < verbAt + 25; i++) {
      const gap = sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (gap.includes(':')) {
        subjectEnd = i;
        contentAt = tokens[i - 1]!.end + gap.indexOf(':') + 1;
        break;
      }
      if (COMPLEMENTISERS.has(tokens[i]!.folded)) {
        subjectEnd = tokens[i - 1]?.folded === 'الي' ? i - 1 : i;
        contentAt = tokens[i]!.end;
        break;
      }
    }
    if (contentAt < 0) return outletSpan(sentence, tokens, ctx);
    // "وختم حديثه": the pronoun on the noun tells the gender when the verb's does not.
    const object = tokens[verbAt + 1];
    if (object && /^(حديث|كلام|تصريحات)/.test(object.folded)) gender = genderOfSuffix(object.folded) ?? gender;

    const rules: string[] = [opinionVerb ? 'opinion-verb' : 'reporting-verb'];
    // Subject after the verb, skipping objects such as "لـ"عربي21"".
    let source = sourceIn(sentence, tokens, verbAt + 1, subjectEnd, ctx, gender);
    if (source) rules.push('speaker-after-verb');
    if (!source && verbAt > 0) {
      const mentionsBefore = ctx.registry.mentions(sentence.slice(0, verb.start));
      const last = mentionsBefore.at(-1);
      if (last) {
        const person = ctx.registry.get(last.personId)!;
        if (!person.gender && gender !== 'plural') person.gender = gender;
        source = { attribution: 'named', personId: person.id, gender: person.gender ?? gender };
        rules.push('speaker-before-verb');
      }
    }
    if (source) ctx.history.push(source);
    else {
      source = carryOver(ctx.history, gender);
      rules.push(source ? 'speaker-carried-over' : 'speaker-unresolved');
    }

    // In a relative clause ("والتي أكد فيها أن …") the statement ends at the next comma
    // outside quotations; otherwise at the end of the sentence, minus a trailing source.
    let end = sentence.length;
    if (isRelative(tokens[verbAt - 1]) || isRelative(tokens[verbAt + 1])) {
      for (let i = contentAt; i < sentence.length; i++)
        if (sentence[i] === '،' && !inside[i]) {
          end = i;
          break;
        }
      rules.push('relative-clause');
    }
    const tail = trailingSource(sentence, tokens, ctx, contentAt, end);
    if (tail && (tail.source === undefined || tail.rules.includes('source-pronoun-carry-over'))) end = tail.at;
    return { source, ...trimSpan(sentence, contentAt, end), rules, opinionVerb };
  }

  return outletSpan(sentence, tokens, ctx);
}

/** No reporting verb: the outlet's own voice, unless a source follows the statement. */
function outletSpan(sentence: string, tokens: readonly Token[], ctx: Context): AttributedSpan {
  const tail = trailingSource(sentence, tokens, ctx);
  // A source that covers the whole sentence comes at its end ("…، وفق مكتب حفتر الإعلامي.").
  if (tail && tail.clauseEnd >= sentence.replace(QUOTE_MARKS, '').trimEnd().length - 1 && tail.source) {
    if (tail.source.attribution !== 'unnamed' || tail.source.text) ctx.history.push(tail.source);
    return { source: tail.source, ...trimSpan(sentence, 0, tail.at), rules: tail.rules, opinionVerb: false };
  }
  return { source: undefined, ...trimSpan(sentence, 0, sentence.length), rules: ['outlet-voice'], opinionVerb: false };
}
