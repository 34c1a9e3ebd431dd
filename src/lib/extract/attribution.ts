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
import {
  ATTRIBUTION_PREPOSITIONS,
  ATTRIBUTION_VERBS,
  INSTITUTION_HEADS,
  OPINION_GO_VERBS,
  OPINION_AT_CLAUSE_HEAD,
  OPINION_VERBS,
  UNNAMED_SOURCES,
  type AttributionForm,
} from './lexicon.ts';
import { insideQuotes, QUOTE_MARKS } from './quotes.ts';
import type { PeopleRegistry } from './people-registry.ts';
import { discoverPeople } from './discover-people.ts';
import { isFrameNoun, isUnnamedHead, skipFrames, subjectAt, wordCores, type SubjectPhrase } from './subject-phrase.ts';
import { preferForm, relayedFrom } from './subject-np.ts';
import { issuerStarts, nameWithoutPreposition, withoutJoinedPreposition } from './document-issuer.ts';
import { foldArabic } from '../text/arabic-fold.ts';
import { cliticReadings, CONJUNCTIONS, knownWithConjunction, stripProclitic, withoutConjunction, withoutProclitics } from '../text/clitics.ts';
import type { Gender } from '../text/gender.ts';
import { tokenize, tokensIn, type Token } from '../text/tokens.ts';
import type { Attribution } from '../schemas/claim.ts';

/** Who a verb or pronoun agrees with: one man, one woman, or several people. */
export type Agreement = Gender | 'plural';

export interface Source {
  attribution: Exclude<Attribution, 'outlet'>;
  personId?: string;
  /** The words naming an unnamed or institutional source. */
  text?: string;
  /** The role an unnamed spokesperson of the body was given ("الناطق الإعلامي باسم …"). */
  role?: string;
  gender?: Agreement | undefined;
  /** "صدر عن … البيان التالي:": the paragraphs after it are this source's statement. */
  statement?: boolean;
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
const OPINION_AT_HEAD = new Set(OPINION_AT_CLAUSE_HEAD);
const UNNAMED = UNNAMED_SOURCES.map((s) => s.split(' '));
const PREPOSITIONS = ATTRIBUTION_PREPOSITIONS.map((s) => s.split(' '));
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم']);
// "قبل أن", "بعد أن", "منذ أن": أن after these opens a time clause, not what someone said.
const NOT_SPEECH_BEFORE_AN = new Set(['قبل', 'بعد', 'منذ', 'رغم', 'دون', 'حتي', 'بد', 'لابد', 'يجب', 'يمكن']);
// Words that open a clause, so that a verb after them heads it: "كما تعرب الوزارة".
const CLAUSE_OPENERS = new Set(['كما', 'كذلك', 'ثم', 'فيما', 'بينما']);
// Between a subject before its verb and the verb: "الجهاز … كان قد أعلن".
const AUXILIARIES = new Set(['كان', 'كانت', 'قد', 'لقد', 'وكان', 'وكانت']);
const QUANTIFIERS = new Set(['عده', 'بعض', 'عدد', 'معظم', 'اغلب']);
// A relative clause around the verb: "والتي أكد فيها" (و/ف allowed).
const RELATIVES = new Set(['التي', 'الذي', 'فيها', 'فيه']);
const isRelative = (t: Token | undefined) => t !== undefined && knownWithConjunction(RELATIVES, t.folded);
// Heads of noun phrases that name an institution rather than a person, and "بيان" (a statement: its issuer).
const INSTITUTIONS = new Set([...INSTITUTION_HEADS.flatMap((h) => [h, `ال${h}`]), 'بيان', 'البيان']);
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

/**
 * The person the register knows in `text`, else a known body at its head: a body named inside a
 * role ("محافظ البنك المركزي، فلان") is not the speaker.
 */
function speakerMention(ctx: Context, text: string) {
  const mentions = ctx.registry.mentions(text);
  return mentions.find((m) => ctx.registry.get(m.personId)!.kind !== 'institution') ?? mentions.find((m) => m.start <= 2);
}

/**
 * A named, unnamed or institutional source in `tokens[from, to)`, if any: a person the register
 * knows; with `loose`, also an unnamed group anywhere in it or a body at its head.
 */
function sourceIn(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  ctx: Context,
  gender: Agreement | undefined,
  loose = true,
): Source | undefined {
  if (from >= to) return undefined;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  // "مكتب حفتر الإعلامي" is an institution even though it names a person.
  const head = withoutConjunction(tokens[from]!.folded);
  if (loose && INSTITUTIONS.has(head)) return { attribution: 'institution', text: phraseFrom(sentence, tokens[from]!, end), gender };
  const person = speakerMention(ctx, sentence.slice(start, end));
  if (person) {
    const known = ctx.registry.get(person.personId)!;
    if (known.kind === 'institution') return { attribution: 'institution', personId: known.id, text: known.name, gender };
    if (!known.gender && (gender === 'm' || gender === 'f')) known.gender = gender;
    return { attribution: 'named', personId: person.personId, gender: known.gender ?? gender };
  }
  if (!loose) return undefined;
  for (let i = from; i < to; i++) {
    const phrase = UNNAMED.find((p) => matchesPhrase(tokens, i, p));
    if (phrase) {
      // "عدة وسائل محلية", "بعض المحللين": keep the quantifier with the group it counts.
      const from = i > 0 && QUANTIFIERS.has(tokens[i - 1]!.folded) ? i - 1 : i;
      return { attribution: 'unnamed', text: phraseFrom(sentence, tokens[from]!, end), gender: 'plural' };
    }
  }
  return undefined;
}

/**
 * The source after "وفق", "بحسب", "نقلًا عن": "ما ذكرته قناة …", "بيان الوزارة", "مدير المستشفى
 * فلان الفلاني", "مصادر مطلعة" read as a phrase; otherwise `sourceIn`.
 */
function sourceAfterPreposition(
  sentence: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  ctx: Context,
): { source: Source; rule?: string } | undefined {
  let i = k;
  // "وفقًا لما ذكرته …", "بحسب ما نشره …": skip ما and its verb.
  if (/^(ل?ما)$/.test(tokens[i]?.folded ?? '') && i + 1 < to) i += /^(به|بها)$/.test(tokens[i + 2]?.folded ?? '') ? 3 : 2;
  // "وفقاً لأرقام نشرها المعهد", "بحسب بيانات الجهاز": the document's issuer, when it names one.
  if (isFrameNoun(tokens[i])) {
    const issuer = issuerStarts(sentence, tokens, i, to).length > 0 ? documentSource(sentence, tokens, i, to, ctx) : undefined;
    if (issuer?.rule === 'speaker-document-issuer') return issuer;
  }
  // "وفق بيان الوزارة", "بحسب تقرير للوزارة": the statement's issuer.
  if (isFrameNoun(tokens[i]) && i + 1 < to) i++;
  const phrase = subjectAt(sentence, tokens, i, to);
  if (phrase && phrase.kind !== 'surname') {
    const resolved = resolvePhrase(tokens, i, phrase, ctx, undefined);
    if (resolved) return resolved;
  }
  const loose = sourceIn(sentence, tokens, k, to, ctx, undefined);
  return loose && { source: loose };
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
      // In running text only a source word, or a role with a name, or a body, follows directly.
      const direct = () => {
        const phrase = subjectAt(sentence, tokens, k, lastToken + 1, false);
        return sourceIn(sentence, tokens, k, k + 1, ctx, undefined) ?? (phrase && phrase.kind !== 'again' && phrase.kind !== 'surname' ? phrase : undefined);
      };
      source = setApart || direct() ? sourceAfterPreposition(sentence, tokens, k, lastToken + 1, ctx)?.source : undefined;
      if (source) rules.push(`source-after-${source.attribution}`);
      else if (!setApart) continue;
    }
    return { at: t.start, clauseEnd, source, rules };
  }
  return undefined;
}

/** The words of a source, folded and without clitics, for matching a phrase named again. */
const sourceWords = (ctx: Context, s: Source): string[] => {
  const person = s.personId ? ctx.registry.get(s.personId) : undefined;
  const text = [s.text, s.role, person?.role, person?.name].filter(Boolean).join(' ');
  return wordCores(tokenize(text));
};

/** A body that speaks, registered with `kind: 'institution'` so that it gets its page and one id across articles. */
function body(ctx: Context, text: string, role: string | undefined, gender: Agreement | undefined): Source {
  // A head noun alone ("الجيش", "الحكومة") names a different body in each article: no entry.
  if (!/\s/.test(text.trim())) return { attribution: 'institution', text, ...(role && { role }), gender };
  const entry = ctx.registry.discover(text, undefined, undefined, 'institution');
  return { attribution: 'institution', personId: entry.id, text: entry.name, ...(role && { role }), gender };
}

/** The last family-name word of a speaker's name: "فلان الفلاني" → "الفلاني". */
const lastNameWord = (name: string) => foldArabic(name).split(' ').at(-1)!;

/**
 * The source a speaker phrase names: a person (registered, role from the text, gender from
 * the verb), a body, an unnamed source, or an earlier speaker named again ("الوزير", "الوزارة",
 * "المصدر", "البيان", a family name alone). Returns the rule that decided it.
 */
function resolvePhrase(
  tokens: readonly Token[],
  at: number,
  phrase: SubjectPhrase,
  ctx: Context,
  gender: Agreement | undefined,
): { source: Source; rule: string } | undefined {
  const g = gender === 'm' || gender === 'f' ? gender : undefined;
  switch (phrase.kind) {
    case 'person': {
      const person = ctx.registry.discover(phrase.name, phrase.role, g);
      return {
        source: { attribution: 'named', personId: person.id, gender: person.gender ?? gender },
        rule: phrase.role ? 'speaker-role-name' : 'speaker-name',
      };
    }
    case 'institution': {
      // A body named again in fewer words ("الداخلية" after "وزارة الداخلية السورية") is the same body.
      const words = wordCores(tokens.slice(at, phrase.end));
      const earlier = ctx.history.findLast((s) => s.attribution === 'institution' && words.every((w) => sourceWords(ctx, s).includes(w)));
      if (earlier) return { source: earlier, rule: 'speaker-body-again' };
      return {
        source: body(ctx, phrase.text, phrase.role, gender),
        rule: phrase.role ? 'speaker-spokesperson-body' : 'speaker-body',
      };
    }
    case 'unnamed':
      return { source: { attribution: 'unnamed', text: phrase.text, gender }, rule: 'speaker-unnamed' };
    case 'again': {
      // "البيان", "البلاغ": the body that issued it; with no body before, the document is the source.
      if (isFrameNoun(tokens[at])) {
        const issuer = ctx.history.findLast((s) => s.attribution === 'institution');
        if (issuer) return { source: issuer, rule: 'speaker-statement-issuer' };
        return { source: { attribution: 'unnamed', text: phrase.text, gender }, rule: 'speaker-document' };
      }
      const earlier = ctx.history.findLast((s) => sourceWords(ctx, s).includes(phrase.head));
      if (earlier) return { source: earlier, rule: 'speaker-named-again' };
      // A body never named before: the words themselves ("قالت الوزارة").
      if (INSTITUTIONS.has(phrase.head)) return { source: body(ctx, phrase.text, undefined, gender), rule: 'speaker-body' };
      // A group with the article ("المستثمرون", "المحللون") is an unnamed source.
      if (isUnnamedHead(tokens[at])) return { source: { attribution: 'unnamed', text: phrase.text, gender }, rule: 'speaker-unnamed' };
      return undefined;
    }
    case 'surname': {
      const earlier = ctx.history.findLast((s) => s.personId !== undefined && lastNameWord(ctx.registry.get(s.personId)!.name) === phrase.word);
      return earlier && { source: earlier, rule: 'speaker-family-name' };
    }
  }
}

/**
 * A document as the subject or the source ("دراسة أجراها المركز", "بيانات الجهاز", "وأظهر
 * التقرير"): the issuer it names, else the last body the article named, else none.
 */
function documentSource(sentence: string, tokens: readonly Token[], at: number, limit: number, ctx: Context): { source: Source; rule: string } | undefined {
  for (const start of issuerStarts(sentence, tokens, at, limit)) {
    const read = start.joinedPreposition ? tokens.map((t, i) => (i === start.at ? withoutJoinedPreposition(t) : t)) : tokens;
    let phrase = subjectAt(sentence, read, start.at, limit, false);
    // "أعدّها باحثون في مخبر …": researchers speak through the body they work in.
    const within = phrase && phrase.end < limit && read[phrase.end]!.folded === 'في' ? subjectAt(sentence, read, phrase.end + 1, limit, false) : undefined;
    if (within?.kind === 'institution') phrase = within;
    if (!phrase || phrase.kind === 'surname' || phrase.kind === 'unnamed') continue;
    // The text is cut from the sentence: "للمركز الوطني" is named "المركز الوطني".
    const named = start.joinedPreposition && 'text' in phrase ? { ...phrase, text: nameWithoutPreposition(phrase.text) } : phrase;
    const resolved = resolvePhrase(read, start.at, named, ctx, undefined);
    if (resolved) return { source: resolved.source, rule: 'speaker-document-issuer' };
  }
  const issuer = ctx.history.findLast((s) => s.attribution === 'institution');
  return issuer && { source: issuer, rule: 'speaker-statement-issuer' };
}

/** A verb form at token `k` heads its clause: first in the sentence, or after a comma or "كما". */
function headsClause(sentence: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  const prev = tokens[k - 1]!;
  if (CLAUSE_OPENERS.has(withoutConjunction(prev.folded)) || /[،:؛.]/.test(sentence.slice(prev.end, tokens[k]!.start))) return true;
  // "وكانت دراسة للمركز … قد أظهرت أن": كان opens the clause, its subject, then قد and the verb.
  const opener = tokens[0]!.folded;
  return prev.folded === 'قد' && /^و?(كان|كانت)$/.test(opener) && !sentence.slice(0, prev.start).includes('،');
}

/** Where what was said starts right after the subject (and its frames): the offset, or -1. */
function contentRightAfter(
  sentence: string,
  tokens: readonly Token[],
  at: number,
  form: AttributionForm | undefined,
  hasSubject: boolean,
  commaBefore: boolean,
): number {
  const t = tokens[at];
  const gapBefore = at > 0 ? sentence.slice(tokens[at - 1]!.end, t ? t.start : sentence.length) : '';
  if (gapBefore.includes(':')) return tokens[at - 1]!.end + gapBefore.indexOf(':') + 1;
  if (!t) return -1;
  if (COMPLEMENTISERS.has(t.folded)) return t.end;
  if (/["«“”]/.test(gapBefore)) return tokens[at - 1]!.end + gapBefore.search(/["«“”]/);
  // "إلى أن", "على أن", "من أن".
  if ((t.folded === 'الي' || t.folded === 'علي' || t.folded === 'من') && COMPLEMENTISERS.has(tokens[at + 1]?.folded ?? '')) return tokens[at + 1]!.end;
  if (!form) return -1;
  // "أكد على ضرورة …", "أعرب عن قلقه …", "أشاد بموقف …": the preposition opens what was said.
  if (form.complement.some((p) => t.folded === p || (p.length === 1 && t.folded.startsWith(p) && t.folded.length > 3))) return t.start;
  if (!hasSubject) return -1;
  // "أعلنت الوزارة رصد …": a noun right after the subject is what was announced.
  if (form.object && !STOP_WORDS_OR_PREP.test(t.folded)) return t.start;
  // "قال الوزير، نحن …": speech after the subject and a comma.
  if (form.lemma === 'قال' && commaBefore) return t.start;
  return -1;
}
const STOP_WORDS_OR_PREP = /^(في|من|علي|الي|عن|مع|خلال|بعد|قبل|منذ|حتي|لدي|امام|وسط|عبر|ضد|نحو)$/;

/** The reporting verb at token `k`, if it is one here: its form, or `opinion` for an opinion verb. */
function verbAt(sentence: string, tokens: readonly Token[], k: number): AttributionForm | 'opinion' | undefined {
  const t = tokens[k]!;
  const key = stripProclitic(t.folded, ATTRIBUTION_VERBS);
  const form = key === undefined ? undefined : ATTRIBUTION_VERBS.get(key);
  if (form) {
    if (form.clauseInitial && !headsClause(sentence, tokens, k)) return undefined;
    if (form.tense !== 'present') return form;
    // A present form reports only at the head of its clause with a body or person after it: "تعرب الوزارة عن".
    if (!headsClause(sentence, tokens, k)) return undefined;
    const phrase = preferForm(sentence, tokens, k + 1, subjectAt(sentence, tokens, k + 1, tokens.length));
    return phrase && phrase.kind !== 'surname' && phrase.kind !== 'unnamed' ? form : undefined;
  }
  const opinion = stripProclitic(t.folded, OPINION);
  return opinion !== undefined && (!OPINION_AT_HEAD.has(opinion) || headsClause(sentence, tokens, k)) ? 'opinion' : undefined;
}

/** "صدر عن فلان البيان التالي:": the source of the statement that follows. */
function statementHeader(sentence: string, tokens: readonly Token[], ctx: Context): Source | undefined {
  if (!/:\s*$/.test(sentence) || tokens.length > 16) return undefined;
  const k = tokens.findIndex((t) => /^[وف]?صدر(ت)?$/.test(t.folded));
  if (k < 0 || tokens[k + 1]?.folded !== 'عن') return undefined;
  const last = tokens.at(-1)!.folded;
  if (!['التالي', 'الاتي', 'يلي'].includes(last)) return undefined;
  const mention = speakerMention(ctx, sentence.slice(tokens[k + 2]?.start ?? sentence.length));
  const entry = mention && ctx.registry.get(mention.personId)!;
  if (entry)
    return entry.kind === 'institution'
      ? { attribution: 'institution', personId: entry.id, text: entry.name, statement: true }
      : { attribution: 'named', personId: entry.id, statement: true };
  const phrase = subjectAt(sentence, tokens, k + 2, tokens.length);
  const found = phrase && resolvePhrase(tokens, k + 2, phrase, ctx, undefined);
  return found && { ...found.source, statement: true };
}

/** Finds who speaks in `sentence` (whose `tokens` the caller made) and the span of what they say. Updates `ctx.history`. */
export function attribute(sentence: string, tokens: readonly Token[], ctx: Context): AttributedSpan {
  for (const found of discoverPeople(sentence, tokens)) ctx.registry.discover(found.name, found.role, undefined);
  const inside = insideQuotes(sentence);

  const header = statementHeader(sentence, tokens, ctx);
  if (header) {
    ctx.history.push(header);
    return { source: header, start: sentence.length, end: sentence.length, rules: ['statement-follows'], opinionVerb: false };
  }

  let k = -1;
  let found: AttributionForm | 'opinion' | undefined;
  for (let i = 0; i < tokens.length && k < 0; i++) {
    if (inside[tokens[i]!.start]) continue;
    found = verbAt(sentence, tokens, i);
    if (found) k = i;
  }
  if (k < 0 || !found) return outletSpan(sentence, tokens, ctx);

  const verb = tokens[k]!;
  // A passive report names no one ("وذُكر أن", "أُعلن أن", "قيل إن"): the outlet's own voice, no speaker carried over.
  if (isPassive(verb)) {
    const that = tokens.findIndex((t, i) => i > k && i <= k + 3 && COMPLEMENTISERS.has(t.folded));
    if (that < 0) return outletSpan(sentence, tokens, ctx);
    return { source: undefined, ...trimSpan(sentence, tokens[that]!.end, sentence.length), rules: ['reporting-passive'], opinionVerb: false };
  }
  const form = found === 'opinion' ? undefined : found;
  const opinionVerb = form === undefined;
  // An opinion verb of "she": تـ before the present (تعتقد), ـت after the past (اعتبرت، رأت).
  const feminine = cliticReadings(verb.folded, CONJ_T).some((r) => r.core.startsWith('ت') || r.core.endsWith('ت'));
  let gender: Agreement | undefined = form ? form.gender : feminine ? 'f' : 'm';
  // "وختم حديثه": the pronoun on the noun tells the gender when the verb's does not.
  const object = tokens[k + 1];
  if (object && /^(حديث|كلام|تصريحات)/.test(object.folded)) gender = genderOfSuffix(object.folded) ?? gender;

  // The subject phrase right after the verb (adverbs such as "اليوم" skipped), then its frames.
  const subjectFrom = skipFrames(sentence, tokens, k + 1).at;
  // A quotation or a colon right after the verb: no subject ("وأضاف: …", "وتابع "…"").
  const speechAtOnce = k + 1 < tokens.length && /[:"«“”]/.test(sentence.slice(verb.end, tokens[k + 1]!.start));
  const listed = speechAtOnce ? undefined : preferForm(sentence, tokens, subjectFrom, subjectAt(sentence, tokens, subjectFrom, tokens.length));
  const phrase = form?.lemma === 'نقل' ? relayedFrom(sentence, tokens, listed) : listed;
  const afterSubject = skipFrames(sentence, tokens, phrase ? phrase.end : subjectFrom);
  const commaBefore =
    afterSubject.at > 0 && afterSubject.at < tokens.length && /،/.test(sentence.slice(tokens[afterSubject.at - 1]!.end, tokens[afterSubject.at]!.start));
  // A document's subject phrase runs on to its issuer ("التقرير السنوي لدائرة …"): what it says starts after أن.
  const documentSubject = isFrameNoun(tokens[subjectFrom]) && !isRelative(tokens[subjectFrom + 1]);
  let contentAt = documentSubject
    ? -1
    : contentRightAfter(sentence, tokens, afterSubject.at, form, phrase !== undefined && phrase.kind !== 'surname' && phrase.end > subjectFrom, commaBefore);
  let subjectEnd = phrase ? phrase.end : subjectFrom;
  if (contentAt < 0) {
    // Otherwise the statement starts after a complementiser (أن, إن, إلى أن) or a colon further on.
    for (let i = k + 1; i < tokens.length && i < k + 25; i++) {
      const gap = sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
      if (gap.includes(':')) {
        subjectEnd = i;
        contentAt = tokens[i - 1]!.end + gap.indexOf(':') + 1;
        break;
      }
      if (COMPLEMENTISERS.has(tokens[i]!.folded) && !NOT_SPEECH_BEFORE_AN.has(withoutConjunction(tokens[i - 1]!.folded))) {
        subjectEnd = ['الي', 'علي', 'من'].includes(tokens[i - 1]!.folded) ? i - 1 : i;
        contentAt = tokens[i]!.end;
        break;
      }
    }
  } else subjectEnd = Math.min(subjectEnd, afterSubject.at);

  // "تعرب الوزارة عن …", "تدعو الوزارة …": a body's statement in the present; the sentence is its words.
  if (form?.tense === 'present') contentAt = k <= 1 ? tokens[0]!.start : verb.start;
  const rules: string[] = [opinionVerb ? 'opinion-verb' : form?.tense === 'present' ? 'reporting-present' : 'reporting-verb'];
  if (afterSubject.frame) rules.push('attribution-frame');
  let source: Source | undefined;
  // A person the text or the register already knows, between the verb and the statement
  // (a body first: "مكتب فلان الإعلامي" is the office, not the person).
  const bodyFirst = phrase?.kind === 'institution' || phrase?.kind === 'again' || phrase?.kind === 'unnamed';
  // A document as the subject speaks for its issuer: "كشفت دراسة أجراها المركز …".
  const document = documentSubject ? documentSource(sentence, tokens, subjectFrom, subjectEnd, ctx) : undefined;
  const known = bodyFirst || document ? undefined : sourceIn(sentence, tokens, k + 1, subjectEnd, ctx, gender, false);
  if (document) {
    source = document.source;
    rules.push('speaker-after-verb', document.rule);
  } else if (known) {
    source = known;
    rules.push('speaker-after-verb');
  } else if (phrase && phrase.end <= Math.max(subjectEnd, afterSubject.at)) {
    const resolved = resolvePhrase(tokens, subjectFrom, phrase, ctx, gender);
    if (resolved) {
      source = resolved.source;
      rules.push('speaker-after-verb', resolved.rule);
    }
  }
  if (!source) source = sourceIn(sentence, tokens, k + 1, subjectEnd, ctx, gender, true);
  if (source && !rules.includes('speaker-after-verb')) rules.push('speaker-after-verb');

  // "«…»، قال مدرب الفريق فلان": the quotation opening the sentence is what the speaker after the verb said.
  const closing = /[»"”]\s*،\s*$/.exec(sentence.slice(0, verb.start));
  if (source && closing && /^\s*[«"“]/.test(sentence)) {
    ctx.history.push(source);
    return { source, ...trimSpan(sentence, 0, closing.index + 1), rules: [...rules, 'quotation-before-verb'], opinionVerb };
  }

  if (contentAt < 0) {
    // "وقال البنك المركزي في بيان اليوم.": the frame alone says nothing.
    if (source && afterSubject.at >= tokens.length) {
      ctx.history.push(source);
      return { source, start: sentence.length, end: sentence.length, rules: [...rules, 'attribution-frame-only'], opinionVerb };
    }
    return outletSpan(sentence, tokens, ctx);
  }

  if (!source && k > 0) {
    const before = subjectBefore(sentence, tokens, k, ctx, gender, form?.tense === 'participle');
    if (before) {
      source = before.source;
      rules.push(before.rule);
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
  if (isRelative(tokens[k - 1]) || isRelative(tokens[k + 1])) {
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

/**
 * No subject after the verb: a person or body named before it. "فلان … قال من جانبه إن",
 * "الوزارة كانت قد أعلنت أن", "فإن النيابة أفادت بأن"; for a participle ("…، مشيرًا إلى أن")
 * the subject of the clause it hangs on.
 */
function subjectBefore(
  sentence: string,
  tokens: readonly Token[],
  k: number,
  ctx: Context,
  gender: Agreement | undefined,
  participle: boolean,
): { source: Source; rule: string } | undefined {
  // "فلان الفلاني، وزير الدولة لشؤون …، قال": a name opening the sentence, its role between commas, then the verb.
  const lead = subjectAt(sentence, tokens, 0, k, true);
  const comma = sentence.indexOf('،');
  if (!participle && lead?.kind === 'person' && comma > 0 && /^،[^.؛:«»"]*،\s*$/u.test(sentence.slice(comma, tokens[k]!.start))) {
    const resolved = resolvePhrase(tokens, 0, lead, ctx, gender);
    if (resolved) return { source: resolved.source, rule: 'speaker-before-verb' };
  }
  // A participle hangs on its sentence's main clause: its subject may stand far back
  // ("ردت المحكمة …، طعناً تقدم به تحالف …، مؤكدةً أن"), and agrees with it in gender.
  for (let j = Math.max(0, k - (participle ? 40 : 14)); j < k; j++) {
    // "وكانت دراسة للمركز … قد أظهرت أن": a document before the verb, in the same clause.
    if (!participle && isFrameNoun(tokens[j]) && !sentence.slice(tokens[j]!.end, tokens[k]!.start).includes('،')) {
      const document = documentSource(sentence, tokens, j, k, ctx);
      if (document) return document;
    }
    const phrase = subjectAt(sentence, tokens, j, k, false);
    // An unnamed group right before its verb speaks ("غير أن خبراء يرون أن"); elsewhere it is no subject.
    if (!phrase || phrase.kind === 'surname' || (phrase.kind === 'unnamed' && (participle || phrase.end !== k))) continue;
    let e = phrase.end;
    // "وكانت رابطة … في ليبيا قد ذكرت": a place after the body, before قد.
    if (e + 2 < k && tokens[e]!.folded === 'في' && AUXILIARIES.has(tokens[e + 2]!.folded)) e += 2;
    while (e < k && AUXILIARIES.has(tokens[e]!.folded)) e++;
    if (e !== k && !participle) continue;
    if (participle && disagrees(tokens[j]!, phrase, gender)) continue;
    const resolved = resolvePhrase(tokens, j, phrase, ctx, gender);
    if (resolved) return { source: resolved.source, rule: participle ? 'speaker-of-clause' : 'speaker-before-verb' };
  }
  const before = sentence.slice(0, tokens[k]!.start);
  const last = ctx.registry.mentions(before).findLast((m) => ctx.registry.get(m.personId)!.kind !== 'institution' || before.slice(m.end).trim() === '');
  if (!last) return undefined;
  const person = ctx.registry.get(last.personId)!;
  if (person.kind === 'institution')
    return { source: { attribution: 'institution', personId: person.id, text: person.name, gender }, rule: 'speaker-before-verb' };
  if (!person.gender && gender !== 'plural' && gender !== undefined) person.gender = gender;
  return { source: { attribution: 'named', personId: person.id, gender: person.gender ?? gender }, rule: 'speaker-before-verb' };
}

/** "ذُكر", "وأُعلن", "أُفيد" (a damma on the first letter), "قيل": a verb in the passive. */
const isPassive = (verb: Token): boolean => /^[وف]?[\u0621-\u064A]\u064F/u.test(verb.raw) || withoutConjunction(verb.folded) === 'قيل';

/** A body's head noun tells its gender by its ending (ـة: feminine); a person's name does not. */
function disagrees(head: Token, phrase: SubjectPhrase, gender: Agreement | undefined): boolean {
  if ((gender !== 'm' && gender !== 'f') || (phrase.kind !== 'institution' && phrase.kind !== 'again')) return false;
  return (head.folded.endsWith('ه') ? 'f' : 'm') !== gender;
}

/** No reporting verb: the outlet's own voice, unless a source follows the statement. */
function outletSpan(sentence: string, tokens: readonly Token[], ctx: Context): AttributedSpan {
  // Headline style, "الوزارة: …", "فلان الفلاني: …": a speaker, a colon, what they said.
  const lead = subjectAt(sentence, tokens, 0, tokens.length, false);
  if (lead && lead.kind !== 'surname' && lead.kind !== 'unnamed' && lead.end < tokens.length && /^\s*:/.test(sentence.slice(tokens[lead.end - 1]!.end))) {
    const resolved = resolvePhrase(tokens, 0, lead, ctx, undefined);
    if (resolved) {
      ctx.history.push(resolved.source);
      const colon = sentence.indexOf(':', tokens[lead.end - 1]!.end) + 1;
      return { source: resolved.source, ...trimSpan(sentence, colon, sentence.length), rules: ['speaker-colon', resolved.rule], opinionVerb: false };
    }
  }
  const tail = trailingSource(sentence, tokens, ctx);
  // A source that covers the whole sentence comes at its end ("…، وفق مكتب حفتر الإعلامي.").
  if (tail && tail.clauseEnd >= sentence.replace(QUOTE_MARKS, '').trimEnd().length - 1 && tail.source) {
    if (tail.source.attribution !== 'unnamed' || tail.source.text) ctx.history.push(tail.source);
    return { source: tail.source, ...trimSpan(sentence, 0, tail.at), rules: tail.rules, opinionVerb: false };
  }
  // A quotation opened in an earlier sentence closes in this one: the same speaker goes on.
  // (its first quotation mark closes, and the marks are odd in number: ” may open too).
  const marks = sentence.match(/[«»“”]/g) ?? [];
  const speaking = ctx.history.at(-1);
  if (marks.length % 2 === 1 && /[»”]/.test(marks[0]!) && speaking && !speaking.statement)
    return { source: speaking, ...trimSpan(sentence, 0, sentence.length), rules: ['quotation-goes-on'], opinionVerb: false };
  // The paragraphs after "صدر عن … البيان التالي:" are that statement.
  const statement = ctx.history.at(-1);
  if (statement?.statement) return { source: statement, ...trimSpan(sentence, 0, sentence.length), rules: ['statement-carried-over'], opinionVerb: false };
  return { source: undefined, ...trimSpan(sentence, 0, sentence.length), rules: ['outlet-voice'], opinionVerb: false };
}
