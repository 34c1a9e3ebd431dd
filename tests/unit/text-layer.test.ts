/** The Arabic word layer: tokens, the clitic reader and the shared word lists (src/lib/text/). */
import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../src/lib/text/arabic-fold.ts';
import {
  barestReading,
  cliticReadings,
  CONJUNCTIONS,
  hasArticle,
  knownWithConjunction,
  prefixReadings,
  PREPOSITIONS,
  procliticHeads,
  stripProclitic,
  withArticle,
  withoutConjunction,
  withoutProclitics,
  type CliticOptions,
} from '../../src/lib/text/clitics.ts';
import { spanParser } from '../../src/lib/text/parsed-text.ts';
import { tokenize, tokensIn } from '../../src/lib/text/tokens.ts';
import { isNegation, isQuestion, isQuestionWord, NEGATIONS, QUESTION_WORDS, STOP_WORDS } from '../../src/lib/text/word-lists.ts';

const f = foldArabic;
const ALL: CliticOptions = { conj: CONJUNCTIONS, prep: PREPOSITIONS, article: 'any' };
const cores = (word: string, options: CliticOptions) => cliticReadings(f(word), options).map((r) => r.core);

describe('tokens', () => {
  const sentence = 'وصلَ الوفدُ إلى المدينة، ثم غادرها بعد 3 ساعات.';

  it('keeps the surface, the folded form and offsets into the original string', () => {
    const tokens = tokenize(sentence);
    expect(tokens.map((t) => t.folded)).toEqual(['وصل', 'الوفد', 'الي', 'المدينه', 'ثم', 'غادرها', 'بعد', '3', 'ساعات']);
    for (const t of tokens) expect(sentence.slice(t.start, t.end)).toBe(t.raw);
  });

  it('tokensIn gives what tokenizing the slice would, also when a cut falls inside a word', () => {
    const tokens = tokenize(sentence);
    for (const [a, b] of [
      [0, sentence.length],
      [6, 30],
      [8, 22],
      [2, 9],
      [27, 40],
    ] as const) {
      expect(tokensIn(tokens, a, b, a)).toEqual(tokenize(sentence.slice(a, b)));
      expect(tokensIn(tokens, a, b)).toEqual(tokenize(sentence.slice(a, b), a));
    }
  });

  it('a span is parsed once, with its numbers and dates', () => {
    const tokens = tokenize(sentence);
    const parse = spanParser(sentence, tokens);
    const start = sentence.indexOf('ثم');
    const part = parse(start, sentence.length - 1);
    expect(part.text).toBe('ثم غادرها بعد 3 ساعات');
    expect(part.numbers.map((n) => n.value)).toEqual([3]);
    expect(parse(start, sentence.length - 1)).toBe(part);
  });
});

describe('clitic reader', () => {
  it('reads conjunction, preposition and article together, the bare word first', () => {
    const readings = cliticReadings(f('وبالمدينة'), ALL);
    expect(readings[0]).toMatchObject({ core: 'وبالمدينه', conj: '', prep: '', definite: false, prefixLength: 0 });
    expect(readings).toContainEqual({ core: 'مدينه', conj: 'و', prep: 'ب', definite: true, prefixLength: 2 });
    expect(barestReading(f('وبالمدينة'), ALL)?.core).toBe('مدينه');
  });

  it('reads لل as ل + ال, but not لال, and not a short word after لل', () => {
    const school = cliticReadings(f('للمدرسة'), ALL).find((r) => r.definite);
    expect(school).toMatchObject({ core: 'مدرسه', prep: 'ل', prefixLength: 1 });
    expect(withArticle(school!)).toBe('المدرسه');
    expect(cliticReadings(f('لإلغاء'), ALL).some((r) => r.definite)).toBe(false);
    expect(cliticReadings(f('للعب'), ALL).some((r) => r.definite)).toBe(false);
    expect(cliticReadings(f('للعب'), { ...ALL, minCoreAfterLil: 2 }).some((r) => r.definite)).toBe(true);
  });

  it('follows its options: which proclitics, the article, stacking and lengths', () => {
    expect(cores('الكتاب', { article: 'any' })).toEqual(['الكتاب', 'كتاب']);
    expect(cores('الكتاب', { article: 'after-prefix' })).toEqual(['الكتاب']);
    expect(cores('وبكتاب', { conj: CONJUNCTIONS, prep: PREPOSITIONS, stack: false })).toEqual(['وبكتاب', 'بكتاب']);
    expect(cores('بريطانيا', { prep: PREPOSITIONS, prepNeedsArticle: true })).toEqual(['بريطانيا']);
    expect(cores('فيلم', { conj: CONJUNCTIONS })).toEqual(['فيلم', 'يلم']);
    expect(cores('وجد', { conj: CONJUNCTIONS, minRest: 3 })).toEqual(['وجد']);
    expect(cores('بها', { prep: PREPOSITIONS, minAfterPrep: 3 })).toEqual(['بها']);
  });

  it('gives the number finder every reading, longest core first', () => {
    expect(prefixReadings(f('وللمئة')).map((r) => r.core)).toEqual(['وللمئه', 'للمئه', 'لمئه', 'مئه']);
  });

  it('strips what a word list knows, the most letters first', () => {
    const known = new Set(['المدرسه', 'كتب', 'اكدت']);
    expect(stripProclitic(f('للمدرسة'), known)).toBe('المدرسه');
    expect(stripProclitic(f('وأكدت'), known)).toBe('اكدت');
    expect(stripProclitic('فكتب', known)).toBe('كتب');
    expect(stripProclitic('بيت', known)).toBeUndefined();
  });

  it('has light helpers for a conjunction, the search box and the article', () => {
    expect(withoutConjunction('وقالت')).toBe('قالت');
    expect(withoutConjunction('وم')).toBe('وم');
    // A word whose own first letter is ف or و is found as it is, not only without it.
    const relatives = new Set(['التي', 'فيه']);
    expect(['والتي', 'فالتي', 'فيه', 'وفيه'].map((w) => knownWithConjunction(relatives, w))).toEqual([true, true, true, true]);
    expect(knownWithConjunction(relatives, 'يه')).toBe(false);
    expect(procliticHeads({ conj: CONJUNCTIONS, prep: PREPOSITIONS })).toEqual(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);
    const search = { conj: CONJUNCTIONS, prep: PREPOSITIONS, minRest: 3 };
    expect(withoutProclitics(f('وبالقلم'), search)).toBe('القلم');
    expect(withoutProclitics('لليبيا', search)).toBe('ليبيا');
    expect(withoutProclitics('فلم', search)).toBeUndefined();
    expect(hasArticle('القمر')).toBe(true);
    expect(hasArticle('قمر')).toBe(false);
  });
});

describe('word lists', () => {
  it('are written folded, as tokens are', () => {
    for (const w of [...STOP_WORDS, ...NEGATIONS, ...QUESTION_WORDS]) expect(foldArabic(w), w).toBe(w);
  });

  it('know a negation with or without its conjunction', () => {
    expect(['لم', 'ولم', 'فليس', 'ولن'].map(isNegation)).toEqual([true, true, true, true]);
    expect(['لمس', 'ليل', 'وعد'].map(isNegation)).toEqual([false, false, false]);
  });

  it('know a question by its mark or its first word', () => {
    expect(isQuestionWord('وكيف')).toBe(true);
    expect(isQuestionWord(f('لمّا'))).toBe(false);
    const question = (s: string) => isQuestion(s, tokenize(s));
    expect(question('هل انتهى الاجتماع؟ »')).toBe(true);
    expect(question('فمتى يعود الوفد إلى العاصمة')).toBe(true);
    expect(question('انتهى الاجتماع في موعده.')).toBe(false);
    expect(question('قال الوزير: ما زال العمل جاريا.')).toBe(false);
    expect(question('«هل» أداة استفهام.')).toBe(false);
  });
});
