/**
 * Finds people the way news prose introduces them: a role, a comma, then the name
 * ("وزير الدفاع الليبي الأسبق، محمد البرغثي", "قائد جيش باكستان، المشير عاصم منير"), or the
 * name, then the role between commas ("فلان الفلاني، مدرب المنتخب، أن …").
 * Returns the name and role as written; the registry gives them an id.
 */
import { ATTRIBUTION_VERBS, EVENT_VERBS, NAME_JOINER_WORDS, NAME_TITLES, PLACE_NAMES, ROLE_HEADS } from './lexicon.ts';
import { isDefinite, isNameWord as nameWordOf } from './subject-phrase.ts';
import { withholdsName } from './subject-np.ts';
import { cliticReadings, CONJUNCTIONS, hasArticle, knownWithConjunction, stripProclitic } from '../text/clitics.ts';
import { isArabicWord, type Token } from '../text/tokens.ts';
import { STOP_WORDS } from '../text/word-lists.ts';

/** Nouns that head a role phrase, with or without ال (folded; a و/ف/ل/ب prefix is allowed). */
const ROLE_NOUNS = new Set(ROLE_HEADS.flatMap((h) => [h, `ال${h}`]));
/** Titles that may stand between the comma and the name. */
const TITLES = new Set(NAME_TITLES);
/** Words that end a name: stop words, and "أمس", "اليوم", "رفقة" that follow one in news prose. */
const NAME_STOP = new Set([...STOP_WORDS, 'امس', 'اليوم', 'رفقه']);
const PLACES = new Set(PLACE_NAMES);
const EVENTS = new Set(EVENT_VERBS);
const MAX_ROLE_WORDS = 12;

export interface FoundPerson {
  name: string;
  role: string;
  /** Offsets of the name in the text given. */
  start: number;
  end: number;
}

/** The role noun a token is, bare or after one of و ف ل ب: "ووزير", "لرئيس". */
const ROLE_CLITICS = { conj: CONJUNCTIONS, prep: ['ل', 'ب'], stack: false } as const;
const roleNoun = (t: Token) => cliticReadings(t.folded, ROLE_CLITICS).find((r) => ROLE_NOUNS.has(r.core));

const onlySpaceBetween = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));

const JOINERS = new Set(NAME_JOINER_WORDS);
const isNameWord = (t: Token, position: number) =>
  isArabicWord(t) &&
  t.folded.length >= 2 &&
  !knownWithConjunction(NAME_STOP, t.folded) &&
  !PLACES.has(t.folded) &&
  stripProclitic(t.folded, EVENTS) === undefined &&
  stripProclitic(t.folded, ATTRIBUTION_VERBS) === undefined &&
  // A family name may carry ال (البرغثي, السلاك); a given name or a third word may not.
  (position === 1 || !hasArticle(t.folded));

/** People introduced in `text`, read from its tokens. */
export function discoverPeople(text: string, tokens: readonly Token[]): FoundPerson[] {
  const found: FoundPerson[] = [];
  for (const comma of text.matchAll(/،/g)) {
    const at = comma.index;
    const before = tokens.filter((t) => t.end <= at).slice(-MAX_ROLE_WORDS);
    // The role phrase runs from its head noun to the comma, with no punctuation inside.
    let head = -1;
    for (let i = before.length - 1; i >= 0; i--) {
      const next = before[i + 1];
      if (next && !onlySpaceBetween(text, before[i]!, next)) break;
      if (i === before.length - 1 && !/^\s*$/.test(text.slice(before[i]!.end, at))) break;
      if (roleNoun(before[i]!) !== undefined) head = i;
    }
    if (head < 0) {
      const apposed = nameBeforeRole(text, tokens, at);
      if (apposed) found.push(apposed);
      continue;
    }
    const after = tokens.filter((t) => t.start > at);
    let i = 0;
    while (after[i] && TITLES.has(after[i]!.folded)) i++;
    const name: Token[] = [];
    // Three name words, or four when a joiner stands inside ("محمد الأمين ولد اباه", "سلطان بن ناصر الحربي").
    const longest = () => (name.some((t) => JOINERS.has(t.folded)) ? 4 : 3);
    while (
      name.length < longest() &&
      after[i] &&
      isNameWord(after[i]!, name.length) &&
      (name.length === 0 || onlySpaceBetween(text, name.at(-1)!, after[i]!))
    ) {
      name.push(after[i]!);
      i++;
    }
    // "مسؤول في الهيئة، طلب عدم الكشف عن اسمه": the words after the comma withhold the name.
    if (name.length < 2 || withholdsName(after.slice(i, i + 4))) continue;
    const roleStart = before[head]!.start + roleNoun(before[head]!)!.prefixLength;
    found.push({ name: text.slice(name[0]!.start, name.at(-1)!.end), role: text.slice(roleStart, at).trim(), start: name[0]!.start, end: name.at(-1)!.end });
  }
  return found;
}

/**
 * "فلان الفلاني، مدرب المنتخب الوطني، …": two name words before the comma at `at` (not both
 * with the article: "المنتخب السعودي" is no name), then a role phrase closed by a comma or colon.
 */
function nameBeforeRole(text: string, tokens: readonly Token[], at: number): FoundPerson | undefined {
  const after = tokens.findIndex((t) => t.start > at);
  const last = after < 0 ? tokens.length - 1 : after - 1;
  const first = last - 1;
  if (first < 0 || after < 0 || roleNoun(tokens[after]!) === undefined) return undefined;
  const [a, b] = [tokens[first]!, tokens[last]!];
  if (!onlySpaceBetween(text, a, b) || !nameWordOf(a, false) || !nameWordOf(b, false) || (isDefinite(a) && isDefinite(b))) return undefined;
  if (/^[وفبل]/.test(a.folded) && isDefinite(a)) return undefined;
  const roleEnd = text.slice(tokens[after]!.start).search(/[،:]/);
  if (roleEnd < 0 || roleEnd > 120) return undefined;
  const role = text.slice(tokens[after]!.start + roleNoun(tokens[after]!)!.prefixLength, tokens[after]!.start + roleEnd).trim();
  return { name: text.slice(a.start, b.end), role, start: a.start, end: b.end };
}
