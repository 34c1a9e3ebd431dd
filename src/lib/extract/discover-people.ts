/**
 * Finds people the way news prose introduces them: a role, a comma, then the name
 * ("وزير الدفاع الليبي الأسبق، محمد البرغثي", "قائد جيش باكستان، المشير عاصم منير").
 * Returns the name and role as written; the registry gives them an id.
 */
import { ATTRIBUTION_VERBS, EVENT_VERBS, PLACE_NAMES } from './lexicon.ts';
import { cliticReadings, CONJUNCTIONS, hasArticle, knownWithConjunction, stripProclitic } from '../text/clitics.ts';
import type { Token } from '../text/tokens.ts';
import { STOP_WORDS } from '../text/word-lists.ts';

/** Nouns that head a role phrase (folded; a و/ف/ل/ب prefix is allowed). */
const ROLE_NOUNS = new Set([
  'وزير',
  'الوزير',
  'عضو',
  'العضو',
  'المتحدث',
  'متحدث',
  'الناطق',
  'ناطق',
  'الاكاديمي',
  'اكاديمي',
  'المحلل',
  'محلل',
  'الخبير',
  'خبير',
  'قائد',
  'القائد',
  'نائب',
  'النائب',
  'رئيس',
  'الرئيس',
  'السفير',
  'سفير',
  'المدير',
  'مدير',
  'مستشار',
  'المستشار',
  'الباحث',
  'باحث',
  'الكاتب',
  'كاتب',
  'الصحفي',
  'الاعلامي',
  'استاذ',
  'الاستاذ',
  'المبعوث',
  'مبعوث',
  'الامين',
  'امين',
  'المسؤول',
  'مسؤول',
  'زعيم',
  'الزعيم',
  'رئيسه',
  'وزيره',
  'عضوه',
  'النائبه',
  'الناشط',
  'ناشط',
]);
/** Titles that may stand between the comma and the name. */
const TITLES = new Set(['المشير', 'الفريق', 'اول', 'ركن', 'اللواء', 'العميد', 'العقيد', 'الجنرال', 'الدكتور', 'د', 'الشيخ', 'السيد', 'السيده', 'المهندس']);
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

const isNameWord = (t: Token, position: number) =>
  /^[\p{Script=Arabic}]+$/u.test(t.raw) &&
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
    if (head < 0) continue;
    const after = tokens.filter((t) => t.start > at);
    let i = 0;
    while (after[i] && TITLES.has(after[i]!.folded)) i++;
    const name: Token[] = [];
    while (name.length < 3 && after[i] && isNameWord(after[i]!, name.length) && (name.length === 0 || onlySpaceBetween(text, name.at(-1)!, after[i]!))) {
      name.push(after[i]!);
      i++;
    }
    if (name.length < 2) continue;
    const roleStart = before[head]!.start + roleNoun(before[head]!)!.prefixLength;
    found.push({ name: text.slice(name[0]!.start, name.at(-1)!.end), role: text.slice(roleStart, at).trim(), start: name[0]!.start, end: name.at(-1)!.end });
  }
  return found;
}
