/**
 * The subject of a reporting verb read by its FORM, for heads no list knows: the words between
 * the verb and what was said (أن، إن، إلى أن، a colon) form a noun phrase when nothing else
 * stands there, and its shape tells what it names:
 *   - "…، فلان الفلاني،": a comma-set name after the role ("قائدة الفريق، الدكتورة فلانة الفلانية، إن");
 *   - a role by form, then a name: a definite word ends the role (a definite noun, or a noun in
 *     construct before one), and the indefinite word after it starts the name ("الخبيرة
 *     الاقتصادية فلانة الفلانية", "والي الإقليم فلان الفلاني", "المحلل في شركة … فلان الفلاني");
 *   - "…، طلب عدم الكشف عن اسمه،": a clause about the speaker's name marks an unnamed source;
 *   - a document and its issuer: "بيانات الهيئة العامة …" → the body, "دراسة أجراها مركز …" → the centre;
 *   - a noun in construct with a definite genitive chain and no name: a body ("برنامج الأمم المتحدة للبيئة").
 * Used after the list-based grammar of subject-phrase.ts, only where it found less.
 */
import { ATTRIBUTION_VERBS, INSTITUTION_HEADS, NAME_JOINER_WORDS, NAME_TITLES, PLACE_NAMES, ROLE_HEADS } from './lexicon.ts';
import { isDefinite, isFrameNoun, isNameWord, skipFrames, subjectAt, type SubjectPhrase } from './subject-phrase.ts';
import { type CliticOptions, cliticReadings, CONJUNCTIONS, knownWithConjunction, stripProclitic } from '../text/clitics.ts';
import { isArabicWord, type Token } from '../text/tokens.ts';
import { STOP_WORDS } from '../text/word-lists.ts';

const TITLE = new Set(NAME_TITLES);
/** Words inside a name that join its parts: "بن", "ولد", "عبد". */
const JOINERS = new Set(NAME_JOINER_WORDS);
const ROLES = new Set(ROLE_HEADS);
const BODIES = new Set(INSTITUTION_HEADS);
const ANY_ARTICLE: CliticOptions = { conj: CONJUNCTIONS, article: 'any', minCore: 2 };
const headIs = (t: Token, set: ReadonlySet<string>) => cliticReadings(t.folded, ANY_ARTICLE).some((r) => set.has(r.core));
const isRoleHead = (t: Token) => headIs(t, ROLES);
const PLACES = new Set(PLACE_NAMES);
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'انهم']);
/** The longest subject read this way, in words. */
const MAX_NP = 16;
/** "طلب عدم الكشف عن اسمه", "فضّل عدم ذكر هويته": the speaker's own name or identity, with a pronoun. */
const OWN_NAME = /^(اسم|هويت)(ه|ها|هم|هما)$/;
/** "دراسة أجراها مركز …", "تقرير أعدته الهيئة …": a relative verb with the document's pronoun. */
const ISSUED = /^(اجرا|اعد|اصدر|نشر)(ها|ه|ت|ته|تها)$/;

const isWord = isArabicWord;
const isFunctionWord = (t: Token) => knownWithConjunction(STOP_WORDS, t.folded) || COMPLEMENTISERS.has(t.folded);
const gapOf = (sentence: string, tokens: readonly Token[], i: number) => sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
const text = (sentence: string, tokens: readonly Token[], from: number, to: number) => sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);

/**
 * Where what was said starts after the subject at `from`: the complementiser's index (or the
 * preposition before it, "إلى أن"), or the first word after a colon; -1 when a stop, a
 * quotation or 16 words come first.
 */
function complementAfter(sentence: string, tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i < from + MAX_NP; i++) {
    const gap = i > from ? gapOf(sentence, tokens, i) : '';
    if (gap.includes(':')) return i;
    // A stop after a one-letter title ("د. فلان") abbreviates it.
    if (/[.؛!?؟"«»“”]/.test(gap) && !(tokens[i - 1]!.raw.length === 1 && /^\.\s+$/.test(gap))) return -1;
    if (COMPLEMENTISERS.has(tokens[i]!.folded)) return i > from && ['الي', 'علي', 'من'].includes(tokens[i - 1]!.folded) ? i - 1 : i;
  }
  return -1;
}

/** 2–4 name words from `a` to `b`, only spaces between, none a role, body, title, verb or place. */
function isName(sentence: string, tokens: readonly Token[], a: number, b: number, setApart = false): boolean {
  if (b - a < 2 || b - a > 4) return false;
  // A name has a word without the article ("الأسبوع الماضي" is no name).
  if (tokens.slice(a, b).every(isDefinite)) return false;
  for (let i = a; i < b; i++) {
    if (!isNameWord(tokens[i]!, false, setApart)) return false;
    if (i > a && !/^\s+$/.test(gapOf(sentence, tokens, i))) return false;
  }
  return true;
}

/** A comma-set segment that names a person: titles and a leading nisba ("الدنماركي") skipped, then a name. */
function segmentName(sentence: string, tokens: readonly Token[], a: number, b: number): number | undefined {
  let i = a;
  while (i < b && TITLE.has(tokens[i]!.folded)) i++;
  // "البرتغالي فلان الفلاني": a nationality before a foreign name, unless a joiner follows ("المهدي ولد أحمد").
  if (b - i > 2 && isDefinite(tokens[i]!) && /ي$/.test(tokens[i]!.folded) && !isDefinite(tokens[i + 1]!) && !JOINERS.has(tokens[i + 1]!.folded)) i++;
  return isName(sentence, tokens, i, b, true) ? i : undefined;
}

/** A role by form followed by a name in one segment: the indefinite name word right after a definite word or title. */
function roleThenName(sentence: string, tokens: readonly Token[], a: number, b: number): number | undefined {
  let first: number | undefined;
  for (let j = a + 1; j <= b - 2; j++) {
    const before = tokens[j - 1]!;
    if (!(isDefinite(before) || TITLE.has(before.folded) || PLACES.has(before.folded))) continue;
    // After a title a given name may carry the article ("الدكتور الطيب عوض").
    const afterTitle = TITLE.has(before.folded);
    if (!isNameWord(tokens[j]!, !afterTitle) || (isDefinite(tokens[j]!) && !afterTitle)) continue;
    if (!isName(sentence, tokens, j, b)) continue;
    // "… لكرة القدم ماركو يوريتش": a word joined to لـ/بـ before a definite one is the role's
    // genitive; a later start of a name is preferred.
    if (/^[لب]/.test(tokens[j]!.folded) && isDefinite(tokens[j + 1]!)) {
      first ??= j;
      continue;
    }
    return j;
  }
  return first;
}

/** The speaker phrase between a reporting verb (subject starting at `from`) and what it said, read by form. */
export function subjectByForm(sentence: string, tokens: readonly Token[], from: number): SubjectPhrase | undefined {
  const to = complementAfter(sentence, tokens, from);
  // Right after the verb a conjunction cannot stand, so "والي" is the noun (governor), not و + إلى.
  if (to < 0 || to - from < 2 || !isWord(tokens[from]!) || STOP_WORDS.has(tokens[from]!.folded) || COMPLEMENTISERS.has(tokens[from]!.folded)) return undefined;
  // The phrase ends where a frame or an adverb starts ("في تصريح لـ …", "، الأحد،").
  let end = to;
  for (let i = from + 1; i < to; i++)
    if (skipFrames(sentence, tokens, i).at > i) {
      end = i;
      break;
    }
  const segments: [number, number][] = [];
  let start = from;
  for (let i = from + 1; i <= end; i++)
    if (i === end || gapOf(sentence, tokens, i).includes('،')) {
      segments.push([start, i]);
      start = i;
    }
  const [a, b] = segments[0]!;
  const first = text(sentence, tokens, a, b);

  // "مسؤول في البرنامج، طلب عدم الكشف عن اسمه،": the clause names no one.
  if (segments.slice(1).some(([s, e]) => e - s <= 8 && withholdsName(tokens.slice(s, e)))) return { kind: 'unnamed', text: first, end: to };

  // Another verb inside: no noun phrase ("قال الوزير إنه زار …" stops earlier anyway).
  for (let i = from; i < end; i++) if (stripProclitic(tokens[i]!.folded, ATTRIBUTION_VERBS) !== undefined) return undefined;

  if (segments.length >= 2) {
    const [s, e] = segments.at(-1)!;
    const name = segmentName(sentence, tokens, s, e);
    // The first segment is the role: not itself a name ("فلان الفلاني، قائد الفريق" is read by
    // subject-phrase.ts), unless a title opens the last one (a title stands before a name only).
    if (name !== undefined && (!isName(sentence, tokens, a, b) || TITLE.has(tokens[s]!.folded)))
      return { kind: 'person', name: text(sentence, tokens, name, e), role: text(sentence, tokens, a, segments.at(-2)![1]), end: to };
  }
  // A body's genitive is no name after a role ("الاتحادية التونسية لكرة اليد"): a body opens the phrase.
  if (segments.length === 1 && !(headIs(tokens[a]!, BODIES) && !isRoleHead(tokens[a]!))) {
    const name = roleThenName(sentence, tokens, a, b);
    if (name !== undefined) {
      let roleEnd = name;
      while (roleEnd > a + 1 && TITLE.has(tokens[roleEnd - 1]!.folded)) roleEnd--;
      return { kind: 'person', name: text(sentence, tokens, name, b), role: text(sentence, tokens, a, roleEnd), end: to };
    }
  }
  // "دراسة أجراها مركز …": the issuer after a document noun and its relative verb.
  const issued = isFrameNoun(tokens[a]) && ISSUED.test(tokens[a + 1]?.folded ?? '') ? a + 2 : undefined;
  // A body: a noun in construct before a definite genitive chain ("بيانات الهيئة …": the body), up to the first function word.
  const head = issued ?? (isFrameNoun(tokens[a]) ? a + 1 : a);
  if (b - head < 2 || b - a > 10 || (issued === undefined && (isDefinite(tokens[a]!) || !isDefinite(tokens[a + 1]!)))) return undefined;
  let chainEnd = head + 1;
  while (chainEnd < b && !isFunctionWord(tokens[chainEnd]!)) chainEnd++;
  // A role with no name ("رئيس الوفد المفاوض") is an unnamed person, not a body.
  if (isRoleHead(tokens[head]!)) return { kind: 'unnamed', text: text(sentence, tokens, head, chainEnd), end: to };
  return { kind: 'institution', text: text(sentence, tokens, head, chainEnd), end: to };
}

/**
 * The subject after a verb: what the lists read (`listed`), unless the phrase's form reads more
 * of it and finds a name or an unnamed source there, or the lists read nothing.
 */
export function preferForm(sentence: string, tokens: readonly Token[], from: number, listed: SubjectPhrase | undefined): SubjectPhrase | undefined {
  // "مسؤول في الوزارة طلب عدم ذكر اسمه": the words read as a name are the clause withholding it.
  const said = complementAfter(sentence, tokens, from);
  if (listed?.kind === 'person' && listed.role && said > 0 && withholdsName(tokens.slice(from, said)))
    return { kind: 'unnamed', text: listed.role, end: listed.end };
  const named = listed && nameAfterRole(sentence, tokens, listed);
  if (named) return named;
  // The form can only read more than the lists: nothing to do when they reach what was said.
  if (listed && listed.end >= complementAfter(sentence, tokens, from)) return listed;
  const byForm = subjectByForm(sentence, tokens, from);
  // "…، طلب عدم الكشف عن اسمه،": what the lists took for a name is the withheld one.
  if (byForm?.kind === 'unnamed' && withholdsName(tokens.slice(from, byForm.end))) return byForm;
  if (!byForm || !listed) return listed ?? byForm;
  // One word the lists took for a family name is the head of a longer phrase ("برنامج الأمم المتحدة").
  if (listed.kind === 'surname' && byForm.end > listed.end) return byForm;
  if (byForm.kind !== 'person' || byForm.end <= listed.end) return listed;
  // Over a name the lists read, only a later name after a title ("قائدة البعثة، الدكتورة فلانة …").
  return listed.kind !== 'person' || afterTitle(sentence, tokens, from, byForm.name) ? byForm : listed;
}

/**
 * "المتحدث باسم الحكومة، فلان الفلاني، …": a name set between commas right after a role the
 * lists read without one (an unnamed spokesperson, a role named again); its first word may
 * carry the article ("المختار"), the commas set it apart.
 */
function nameAfterRole(sentence: string, tokens: readonly Token[], listed: SubjectPhrase): SubjectPhrase | undefined {
  const role = listed.kind === 'institution' ? listed.role : listed.kind === 'again' && ROLES.has(listed.head) ? listed.text : undefined;
  const at = listed.end;
  if (!role || at >= tokens.length || !gapOf(sentence, tokens, at).includes('،')) return undefined;
  let e = at + 1;
  while (e < tokens.length && e - at <= 6 && /^\s+$/.test(gapOf(sentence, tokens, e))) e++;
  if (e >= tokens.length || !gapOf(sentence, tokens, e).startsWith('،')) return undefined;
  const name = segmentName(sentence, tokens, at, e);
  return name === undefined ? undefined : { kind: 'person', name: text(sentence, tokens, name, e), role, end: e };
}

/** The name `name`, met after token `from`, stands right after a title. */
function afterTitle(sentence: string, tokens: readonly Token[], from: number, name: string): boolean {
  const at = sentence.indexOf(name, tokens[from]!.start);
  const k = tokens.findIndex((t) => t.start === at);
  return k > 0 && TITLE.has(tokens[k - 1]!.folded);
}

/** Tokens that say the speaker's name was withheld ("طلب عدم الكشف عن اسمه"): a name read before them is no name. */
export const withholdsName = (tokens: readonly Token[]): boolean => tokens.some((t) => OWN_NAME.test(t.folded));

/**
 * "نقلت الوكالة عن مصدر دبلوماسي أن …": who relays is not who speaks; the source after عن is
 * the speaker (an outlet that relays stays the speaker when عن names no one).
 */
export function relayedFrom(sentence: string, tokens: readonly Token[], relay: SubjectPhrase | undefined): SubjectPhrase | undefined {
  if (!relay) return relay;
  // عن after the outlet and up to two adjectives the lists did not read ("التلفزيون الرسمي عن …").
  let at = relay.end;
  while (at < relay.end + 3 && at < tokens.length && tokens[at]!.folded !== 'عن' && isDefinite(tokens[at]!) && /^\s+$/.test(gapOf(sentence, tokens, at))) at++;
  if (tokens[at]?.folded !== 'عن' || !/^\s+$/.test(gapOf(sentence, tokens, at))) return relay;
  const source = preferForm(sentence, tokens, at + 1, subjectAt(sentence, tokens, at + 1, tokens.length));
  return source && source.kind !== 'surname' ? source : relay;
}
