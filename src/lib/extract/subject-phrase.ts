/**
 * The noun phrase that names a speaker, read from its grammar (no list of names):
 *   - a role, titles, then a name, with or without a comma: "المتحدث باسم وزارة الخارجية فلان
 *     الفلاني", "وزير الصحة الدكتور فلان الفلاني", "رئيس الوزراء، فلان الفلاني";
 *   - a name, then its role: "فلان الفلاني مدرب المنتخب";
 *   - a body: an institution head and its genitives and adjectives: "وزارة الصحة السعودية",
 *     "البنك المركزي", "الجهاز المركزي للتعبئة والإحصاء"; an unnamed spokesperson of a body
 *     ("متحدث باسم الوزارة") is the body;
 *   - an unnamed source: "مصدر قضائي", "مصادر مطلعة", "وسائل إعلام محلية";
 *   - a role or body named again with the article and no name: "الوزير", "الوزارة", "المصدر";
 *   - one name word: a family name named again ("وأوضح الفلاني").
 * The role chain is a genitive chain: a noun in construct is indefinite ("وزير الصحة"), so an
 * indefinite word after a definite one starts a new phrase: the name ("… القطرية فلان الفلاني").
 */
import {
  FRAME_NOUNS,
  INSTITUTION_HEADS,
  NAME_JOINER_WORDS,
  NAME_TITLES,
  PLACE_NAMES,
  ROLE_HEADS,
  SUBJECT_ADVERBS,
  UNNAMED_HEADS,
  EVENT_VERBS,
  ATTRIBUTION_VERBS,
} from './lexicon.ts';
import { cliticReadings, CONJUNCTIONS, knownWithConjunction, stripProclitic } from '../text/clitics.ts';
import { isArabicWord, type Token } from '../text/tokens.ts';
import { STOP_WORDS } from '../text/word-lists.ts';

export type SubjectPhrase =
  | { kind: 'person'; name: string; role?: string; end: number }
  | { kind: 'institution'; text: string; role?: string; end: number }
  | { kind: 'unnamed'; text: string; end: number }
  /** A role or body named again with the article: `head` is its head noun without ال. */
  | { kind: 'again'; head: string; text: string; end: number }
  /** One name word: a family name named again. */
  | { kind: 'surname'; word: string; end: number };

const INSTITUTION = new Set(INSTITUTION_HEADS);
const ROLE = new Set(ROLE_HEADS);
const TITLE = new Set(NAME_TITLES);
const UNNAMED = new Set(UNNAMED_HEADS);
const FRAME = new Set(FRAME_NOUNS);
const ADVERB = new Set(SUBJECT_ADVERBS);
const PLACES = new Set(PLACE_NAMES);
const EVENTS = new Set(EVENT_VERBS);
const SPOKESPERSON = new Set(['متحدث', 'متحدثه', 'ناطق', 'ناطقه']);
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم']);
/** Words that join two parts of a name: "عبد الله", "أبو بكر", "محمد بن سلمان". */
const NAME_JOINERS = new Set([...NAME_JOINER_WORDS, 'ال']);
const MAX_CHAIN = 12;

const HEAD_CLITICS = { conj: CONJUNCTIONS, article: 'any', minCore: 2 } as const;
const CHAIN_CLITICS = { conj: CONJUNCTIONS, prep: ['ل', 'ب'], article: 'any', minCore: 2 } as const;

/** The head noun `t` is in `set` (و/ف and ال allowed): its core and whether it has the article. */
function headIn(t: Token | undefined, set: ReadonlySet<string>): { core: string; definite: boolean; prefix: number } | undefined {
  if (!t) return undefined;
  const r = cliticReadings(t.folded, HEAD_CLITICS).find((x) => set.has(x.core));
  return r && { core: r.core, definite: r.definite, prefix: r.prefixLength };
}

/** The word carries the article, alone or behind و/ف/ل/ب ("الصحة", "والمغتربين", "للتعبئة"). */
export const isDefinite = (t: Token): boolean => cliticReadings(t.folded, CHAIN_CLITICS).some((r) => r.definite);

const isWord = isArabicWord;
const isFunctionWord = (t: Token) => knownWithConjunction(STOP_WORDS, t.folded) || COMPLEMENTISERS.has(t.folded);
const isAdverb = (t: Token) => knownWithConjunction(ADVERB, t.folded);

/** Only spaces between two tokens: a comma, a quote or a colon ends a phrase. */
const joined = (sentence: string, a: Token, b: Token) => /^\s+$/.test(sentence.slice(a.end, b.start));

/** "لقناة", "بمؤتمر", "لوزير": a preposition joined to a body, frame or role, which ends a name or a source's adjectives. */
const beforeBody = (t: Token) =>
  cliticReadings(t.folded, CHAIN_CLITICS).some((r) => r.prep !== '' && (INSTITUTION.has(r.core) || FRAME.has(r.core) || ROLE.has(r.core)));

/** A word that can be part of a name: an Arabic word that is no function word, role, body, title, place or verb. */
export function isNameWord(t: Token, first: boolean, setApart = false): boolean {
  if (!isWord(t) || t.folded.length < 2) return NAME_JOINERS.has(t.folded) && !first;
  if (isFunctionWord(t) || isAdverb(t) || TITLE.has(t.folded)) return false;
  // Between commas a role word after the first may be part of a name ("محمد الأمين", "أحمد الأمير").
  if ((headIn(t, ROLE) && !(setApart && !first)) || headIn(t, INSTITUTION) || headIn(t, FRAME) || headIn(t, UNNAMED)) return false;
  if (beforeBody(t)) return false;
  // "ختم حديثه", "تصريحاتها": a frame noun with a pronoun is the verb's object.
  if (FRAME.has(t.folded.replace(/(ه|ها|هم)$/, '')) && /(ه|ها|هم)$/.test(t.folded)) return false;
  // "نقل عنه قوله": what someone said, with its pronoun, ends the name before it.
  if (/^(قول|قولي)(ه|ها|هم)$/.test(t.folded)) return false;
  if (PLACES.has(t.folded) || stripProclitic(t.folded, EVENTS) !== undefined || stripProclitic(t.folded, ATTRIBUTION_VERBS) !== undefined) return false;
  // A given name has no article (a family name may: البرغثي); و/ف/ب/ل in front is no name.
  if (first && (isDefinite(t) || /^[وفبل]ال/.test(t.folded))) return false;
  return true;
}

/** The name that starts at `at`: 2–4 name words with only spaces between; `min` 1 after a title. */
function nameAt(sentence: string, tokens: readonly Token[], at: number, limit: number, min: number): number {
  // A quotation or a colon before it: what follows is speech, not a name.
  // (A stop after a one-letter title is its abbreviation: "د. فلان".)
  const gap = at > 0 && at < tokens.length ? sentence.slice(tokens[at - 1]!.end, tokens[at]!.start) : ' ';
  if (!/^[»”"]?[\s،]*$/.test(gap) && !(tokens[at - 1]!.raw.length === 1 && /^\.\s+$/.test(gap))) return at;
  let i = at;
  while (i < limit && i - at < 4 && isNameWord(tokens[i]!, i === at) && (i === at || joined(sentence, tokens[i - 1]!, tokens[i]!))) {
    // After two name words, a definite noun with a definite adjective after it starts a new phrase ("… الشركات المصنعة").
    const next = tokens[i + 1];
    if (i - at >= 2 && isDefinite(tokens[i]!) && next && i + 1 < limit && isDefinite(next) && joined(sentence, tokens[i]!, next)) break;
    // Two family names with the article in a row are rare: after "سامي العلي", "الحكم" is the verb's object
    // ("انتقد المدرب سامي العلي الحكم"); after a joiner the pair is one name ("عبد الرحمن الراشد").
    if (i - at >= 2 && isDefinite(tokens[i]!) && isDefinite(tokens[i - 1]!) && !NAME_JOINERS.has(tokens[i - 2]!.folded)) break;
    i++;
  }
  // A name does not end on a joiner ("عبد", "بن").
  while (i > at && NAME_JOINERS.has(tokens[i - 1]!.folded)) i--;
  return i - at >= min ? i : at;
}

/**
 * The genitive chain after a head at `at`: definite words, indefinite words in construct
 * after an indefinite one, "باسم", and "في"/"لـ" before another body ("في حكومة …"). Ends at
 * punctuation, a function word, or an indefinite word after a definite one (a name).
 */
function chainEnd(sentence: string, tokens: readonly Token[], at: number, limit: number, role = false): number {
  let i = at + 1;
  let lastDefinite = isDefinite(tokens[at]!);
  while (i < limit && i - at < MAX_CHAIN) {
    const t = tokens[i]!;
    // A quoted name in the chain: "قناة «الأخبار»", "وكيلة «الصحة العامة»".
    const quoted = quotedNameEnd(sentence, tokens, i, limit);
    if (quoted > i) {
      i = quoted;
      lastDefinite = true;
      continue;
    }
    if (!joined(sentence, tokens[i - 1]!, t) || !isWord(t)) break;
    if (t.folded === 'باسم') {
      i++;
      lastDefinite = false;
      continue;
    }
    if ((t.folded === 'في' || t.folded === 'ل' || t.folded === 'لدي') && headIn(tokens[i + 1], INSTITUTION) && joined(sentence, t, tokens[i + 1]!)) {
      i++;
      lastDefinite = false;
      continue;
    }
    // A role's field joined to لـ/بـ before a definite word: "نائب الوزير لشؤون الدول العربية",
    // "مدرب المنتخب لكرة القدم" (not "للشؤون": that one carries the article and reads as definite).
    const next = tokens[i + 1];
    if (role && lastDefinite && /^[لب][^ال]/.test(t.folded) && !isDefinite(t) && next && isDefinite(next) && joined(sentence, t, next)) {
      i += 2;
      lastDefinite = true;
      continue;
    }
    // A role's place, by form: a preposition and a construct ("الباحث في علوم البحار", "النائبة عن كتلة الأحرار").
    if (role && ['في', 'عن', 'لدي'].includes(t.folded) && constructAt(sentence, tokens, i + 1, limit)) {
      i++;
      lastDefinite = false;
      continue;
    }
    if (isFunctionWord(t) || isAdverb(t) || TITLE.has(t.folded) || headIn(t, FRAME)) break;
    if (stripProclitic(t.folded, ATTRIBUTION_VERBS) !== undefined) break;
    // A place name is definite as a proper noun: "حاكم مصرف لبنان فلان الفلاني".
    if (isDefinite(t) || PLACES.has(t.folded)) {
      lastDefinite = true;
      i++;
      continue;
    }
    // An indefinite word continues only a construct ("وزير خارجية مصر") and never starts a name there.
    if (lastDefinite) break;
    i++;
  }
  return i;
}

/** An indefinite noun (no frame) in construct with the definite word after it, at `i`. */
function constructAt(sentence: string, tokens: readonly Token[], i: number, limit: number): boolean {
  const [a, b] = [tokens[i], tokens[i + 1]];
  if (!a || !b || i + 1 >= limit || !isWord(a) || isFunctionWord(a) || isDefinite(a) || headIn(a, FRAME)) return false;
  return joined(sentence, tokens[i - 1]!, a) && joined(sentence, a, b) && isDefinite(b);
}

/** A name in quotation marks opening before token `i`: the index after its last word, or `i`. */
function quotedNameEnd(sentence: string, tokens: readonly Token[], i: number, limit: number): number {
  if (!/^\s*["«“]$/.test(sentence.slice(tokens[i - 1]!.end, tokens[i]!.start))) return i;
  for (let j = i + 1; j <= Math.min(limit, i + 4); j++) {
    const gap = sentence.slice(tokens[j - 1]!.end, tokens[j]?.start ?? sentence.length);
    if (/^["»”]/.test(gap)) return j;
    if (!/^\s+$/.test(gap)) return i;
  }
  return i;
}

const textOf = (sentence: string, tokens: readonly Token[], from: number, to: number, prefix = 0) =>
  sentence.slice(tokens[from]!.start + prefix, tokens[to - 1]!.end);

/** Titles at `at` ("اللواء", "الدكتور", "الفريق أول ركن"): the index after them. */
function titlesEnd(tokens: readonly Token[], at: number, limit: number): number {
  let i = at;
  while (i < limit && TITLE.has(tokens[i]!.folded)) i++;
  return i;
}

/**
 * The speaker phrase starting at token `at` (before `limit`), if the grammar finds one. A name
 * with no role or title is taken only with `bareName`: right after a reporting verb.
 */
export function subjectAt(sentence: string, tokens: readonly Token[], at: number, limit: number, bareName = true): SubjectPhrase | undefined {
  const t = tokens[at];
  if (!t || at >= limit || !isWord(t)) return undefined;

  // Titles, then a name: "اللواء فلان الفلاني"; one word is a family name: "الدكتور الفلاني".
  const afterTitles = titlesEnd(tokens, at, limit);
  if (afterTitles > at) {
    const end = nameAt(sentence, tokens, afterTitles, limit, 1);
    if (end - afterTitles >= 2) return { kind: 'person', name: textOf(sentence, tokens, afterTitles, end), end };
    if (end - afterTitles === 1) return { kind: 'surname', word: tokens[afterTitles]!.folded, end };
    return undefined;
  }

  // "البيان", "التقرير" named again: the body that issued it.
  const frame = headIn(t, FRAME);
  if (frame?.definite) return { kind: 'again', head: frame.core, text: textOf(sentence, tokens, at, at + 1, frame.prefix), end: at + 1 };

  const role = headIn(t, ROLE);
  const body = headIn(t, INSTITUTION);
  if (role || body) {
    const end = chainEnd(sentence, tokens, at, limit, role !== undefined && !body);
    const head = (role ?? body)!;
    const phrase = textOf(sentence, tokens, at, end, head.prefix);
    // The name after the role, after a comma or not, titles skipped.
    const nameStart = titlesEnd(tokens, end, limit);
    const nameEnd = nameAt(sentence, tokens, nameStart, limit, 2);
    if (role && nameEnd > nameStart) return { kind: 'person', name: textOf(sentence, tokens, nameStart, nameEnd), role: phrase, end: nameEnd };
    // A construct ending in a place the lexicon does not know runs on into the name ("مدرب نادي
    // بلدة عزيز العمري"): with no name after the chain and no article before its last word, its
    // last two words are the name when they read as one.
    const indefiniteRun = tokens.slice(at, end - 1).every((x) => !isDefinite(x) && !/^[لب]/.test(x.folded));
    if (role && !body && nameEnd === nameStart && end - at >= 4 && indefiniteRun && nameAt(sentence, tokens, end - 2, end, 2) === end)
      return { kind: 'person', name: textOf(sentence, tokens, end - 2, end), role: textOf(sentence, tokens, at, end - 2, head.prefix), end };
    if (role && SPOKESPERSON.has(role.core)) {
      // An unnamed spokesperson speaks for the body: "قال متحدث باسم الوزارة".
      const of = tokens.findIndex((x, k) => k > at && k < end && x.folded === 'باسم');
      if (of > 0 && of + 1 < end) return { kind: 'institution', text: textOf(sentence, tokens, of + 1, end), role: phrase, end };
    }
    if (head.definite && (end === at + 1 || role)) return { kind: 'again', head: head.core, text: phrase, end };
    if (body) return { kind: 'institution', text: phrase, end };
    return undefined;
  }

  const unnamed = headIn(t, UNNAMED);
  if (unnamed) {
    if (unnamed.definite) return { kind: 'again', head: unnamed.core, text: textOf(sentence, tokens, at, at + 1, unnamed.prefix), end: at + 1 };
    // Its adjectives: indefinite words with only spaces between ("مصدر أمني رفيع").
    let i = at + 1;
    const modifier = (m: Token) => /^\d+$/.test(m.folded) || (isWord(m) && !isFunctionWord(m) && !isAdverb(m) && !isDefinite(m) && !beforeBody(m));
    while (i < limit && i - at < 4 && joined(sentence, tokens[i - 1]!, tokens[i]!) && modifier(tokens[i]!)) i++;
    return { kind: 'unnamed', text: textOf(sentence, tokens, at, i, unnamed.prefix), end: i };
  }

  // A name first, then its role: "فلان الفلاني مدرب المنتخب", "فلان الفلاني، رئيس …".
  const nameEnd = nameAt(sentence, tokens, at, limit, 1);
  if (nameEnd === at + 1) return { kind: 'surname', word: t.folded, end: nameEnd };
  if (nameEnd > at + 1) {
    const r = nameEnd;
    if (r < limit && /^\s*،?\s*$/.test(sentence.slice(tokens[r - 1]!.end, tokens[r]!.start)) && headIn(tokens[r], ROLE)) {
      const end = chainEnd(sentence, tokens, r, limit);
      return { kind: 'person', name: textOf(sentence, tokens, at, nameEnd), role: textOf(sentence, tokens, r, end, headIn(tokens[r], ROLE)!.prefix), end };
    }
    if (bareName) return { kind: 'person', name: textOf(sentence, tokens, at, nameEnd), end: nameEnd };
  }
  // A family name with the article, named again: "وأوضح الفلاني".
  if (isNameWord(t, false) && /^[وف]?ال/.test(t.folded)) return { kind: 'surname', word: t.folded.replace(/^[وف](?=ال)/, ''), end: at + 1 };
  return undefined;
}

/**
 * Skips what stands between a subject and what it said: commas, adverbs ("اليوم", "مجددا"),
 * "من جانبه", and frames ("في بيان …", "خلال مؤتمر صحفي …", "عبر حسابه …") up to the next
 * punctuation or complementiser. Returns the index of the first token after them, and whether a frame was met.
 */
export function skipFrames(sentence: string, tokens: readonly Token[], at: number): { at: number; frame: boolean } {
  let i = at;
  let frame = false;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (isAdverb(t) || (t.folded === 'من' && /^(جانب|جه)/.test(tokens[i + 1]?.folded ?? '') && i++)) {
      i++;
      continue;
    }
    const opener = withoutConj(t.folded);
    if ((opener === 'في' || opener === 'خلال' || opener === 'عبر' || opener === 'ل' || opener === 'لدي') && headIn(tokens[i + 1], FRAME)) {
      frame = true;
      i += 2;
      // The frame runs to punctuation or a complementiser; a quoted outlet after لـ is part of it ("لـ"الإذاعة"").
      let quoted = false;
      while (i < tokens.length && !COMPLEMENTISERS.has(tokens[i]!.folded)) {
        const gap = sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
        if (/^[\s()]+$/.test(gap)) i++;
        else if (/^[\s"«»“”]+$/.test(gap) && (quoted || withoutConj(tokens[i - 1]!.folded) === 'ل')) {
          quoted = !quoted;
          i++;
        } else break;
      }
      continue;
    }
    // "في بيان" written with the preposition attached: "ببيان".
    if (/^[وف]?ب/.test(t.folded) && FRAME.has(t.folded.replace(/^[وف]?ب/, ''))) {
      frame = true;
      i++;
      continue;
    }
    break;
  }
  return { at: i, frame };
}

const withoutConj = (folded: string) => (/^[وف]/.test(folded) && folded.length > 2 ? folded.slice(1) : folded);

/** The words of a phrase without و/ف, ب/ل and ال, for matching a phrase named again against an earlier one. */
export const wordCores = (tokens: readonly Token[]): string[] =>
  tokens.map((t) => {
    const r = cliticReadings(t.folded, CHAIN_CLITICS);
    return (r.find((x) => x.definite) ?? r[0])?.core ?? t.folded;
  });

/** A frame noun as a head: "بيان", "تصريحات", "لإحصاءات" (for "وفق بيان الوزارة", "وفقا لإحصاءات الوزارة"). */
export const isFrameNoun = (t: Token | undefined): boolean =>
  headIn(t, FRAME) !== undefined ||
  (t !== undefined && ((/^ل/.test(t.folded) && FRAME.has(t.folded.slice(1))) || (/^لل/.test(t.folded) && FRAME.has(t.folded.slice(2)))));

/** An unnamed source's head: "مصدر", "مصادر", "المحللون". */
export const isUnnamedHead = (t: Token | undefined): boolean => headIn(t, UNNAMED) !== undefined;
