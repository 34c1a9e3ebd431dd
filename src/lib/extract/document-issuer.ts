/**
 * A document speaks for whoever issued it (docs/claims.md §2): "كشفت دراسة أجراها المركز …",
 * "أظهرت بيانات الجهاز …", "تقرير صادر عن الهيئة", "وفقاً لأرقام نشرها المعهد",
 * "دراسة للمركز الوطني". This module only finds where the issuer's name may start after the
 * document noun; attribution reads the name there as any other subject.
 */
import type { Token } from '../text/tokens.ts';
import { isDefinite } from './subject-phrase.ts';

/** "أجراها", "أعدّه", "أصدرته", "نشرها", "أعلنها": a verb of issuing with the document as its object. */
const ISSUED_BY = /^(اجرا|اعد|اصدر|نشر|اعلن|اطلق)(ها|ه|ته|تها)$/;
/** "صادر عن", "الصادرة عن". */
const ISSUED = /^(ال)?(صادر|صادره)$/;
const RELATIVE = /^(التي|الذي)$/;
/** How far after the document noun its issuer may be named: adjectives and a relative pronoun between. */
const MAX_GAP = 8;

export interface IssuerStart {
  /** Index of the issuer's first token. */
  at: number;
  /** The first token carries the preposition لـ ("للمركز", "لدائرة"): read it without. */
  joinedPreposition: boolean;
}

/** Places after the document noun at `at` where an issuer's name may start, nearest first, within the phrase. */
export function issuerStarts(sentence: string, tokens: readonly Token[], at: number, limit: number): IssuerStart[] {
  const starts: IssuerStart[] = [];
  for (let i = at + 1; i < limit && i <= at + MAX_GAP; i++) {
    // A comma, a quotation or a colon ends the document's phrase.
    if (!/^\s+$/.test(sentence.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
    const word = tokens[i]!.folded;
    if (ISSUED.test(word) && tokens[i + 1]?.folded === 'عن') return [...starts, { at: i + 2, joinedPreposition: false }];
    if (ISSUED_BY.test(word)) return [...starts, { at: i + 1, joinedPreposition: false }];
    if (RELATIVE.test(word)) continue;
    // "للمركز الوطني", "لدائرة الإحصاء": a body joined to لـ; "بيانات الجهاز": a body in construct
    // (an adjective there, "دراسة حديثة", reads as no body and is passed over).
    if (/^ل\p{L}{3}/u.test(word)) starts.push({ at: i, joinedPreposition: true });
    else if (i === at + 1 && !isDefinite(tokens[at]!)) starts.push({ at: i, joinedPreposition: false });
  }
  return starts;
}

/** The token read without its joined لـ: "للمركز" → "المركز", "لدائرة" → "دائرة". */
export const withoutJoinedPreposition = (t: Token): Token =>
  /^لل/.test(t.folded) ? { ...t, raw: `ال${t.raw.slice(2)}`, folded: `ال${t.folded.slice(2)}` } : { ...t, raw: t.raw.slice(1), folded: t.folded.slice(1) };

/** The issuer's name as the sentence writes it, without the joined لـ. */
export const nameWithoutPreposition = (text: string): string => (/^لل/.test(text) ? `ال${text.slice(2)}` : text.replace(/^ل/, ''));
