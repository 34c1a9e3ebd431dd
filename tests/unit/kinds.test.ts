/** The kind rules of kind.ts, each both ways, on sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { classifyKind } from '../../src/lib/extract/kind.ts';
import type { Attribution } from '../../src/lib/schemas/claim.ts';
import { tokenize } from '../../src/lib/text/tokens.ts';

const kind = (text: string, attribution: Attribution = 'outlet', reportingVerb = attribution !== 'outlet') => {
  const tokens = tokenize(text);
  return classifyKind(tokens, { attribution, opinionVerb: false, reportingVerb, sentence: tokens });
};

describe('prediction: future, scheduled and intended events', () => {
  it.each([
    ['سيزور الرئيس المدينة الأسبوع المقبل'],
    ['لن ترفع الحكومة أسعار الوقود هذا العام'],
    ['من المقرر أن يصل الوفد إلى العاصمة يوم الأحد'],
    ['ومن المنتظر أن تعلن النتائج بعد أسبوعين'],
    ['تعتزم الشركة افتتاح فرع جديد في الشمال'],
    ['ويتوقع خبراء ارتفاع الأسعار في الربع الأخير'],
    ['وربما يؤدي القرار إلى خفض الواردات'],
  ])('%s', (text) => expect(kind(text).kind).toBe('prediction'));

  it('what follows "ما إذا" (whether) is not asserted', () => {
    expect(kind('لم يتضح بعد ما إذا كانت الشركة ستفتح فرعا جديدا').kind).not.toBe('prediction');
    expect(kind('أعلنت الشركة أنها ستفتح فرعا جديدا').kind).toBe('prediction');
  });

  it.each([['زار الرئيس المدينة يوم الأحد'], ['ارتفعت الأسعار في الربع الأخير'], ['قررت الشركة افتتاح فرع جديد في الشمال']])('not: %s', (text) =>
    expect(kind(text).kind).not.toBe('prediction'),
  );
});

describe('opinion: judged, described or read into', () => {
  it.each([
    ['مواجهة الليلة صعبة على اللاعبين', 'named'],
    ['الوضع الأمني خطير في المنطقة الحدودية', 'institution'],
    ['وجود المراقبين أمر إيجابي للجميع', 'named'],
    ['شكر الوزير نظيره على ما وصفه بالتعاون المثمر', 'outlet'],
    ['وأرجع محللون التراجع إلى ضعف الطلب', 'outlet'],
    ['الخطوة تضيف بعدا جديدا للعلاقات', 'outlet'],
    ['هذه الاتفاقية تجسد مستوى الثقة بين البلدين', 'institution'],
  ] as const)('%s (%s)', (text, attribution) => expect(kind(text, attribution).kind).toBe('opinion'));

  it('adding a goal is a match report, not a reading', () => {
    expect(kind('قبل أن يضيف الضيوف هدفهم الثاني في الدقيقة 80').kind).toBe('fact');
  });
});

describe('quote: a named person or a speaking institution', () => {
  it('a named person states a fact or a position', () => {
    expect(kind('الوزارة أنفقت 40 مليون دينار على المدارس', 'named')).toMatchObject({ kind: 'quote', rules: ['kind-named-speaker'] });
    expect(kind('الزيارة هامة جدا للبلدين', 'named').kind).toBe('quote');
  });

  it('an institution that speaks through a reporting verb is quoted', () => {
    expect(kind('سجلت البلاد 12 إصابة جديدة', 'institution', true)).toMatchObject({ kind: 'quote', rules: ['kind-institution-speaker'] });
  });

  it('an institution cited after an event the outlet reports gives a fact', () => {
    expect(kind('وصل الوفد إلى العاصمة أمس', 'institution', false).kind).toBe('fact');
  });

  it('an unnamed source or the outlet gives a fact', () => {
    expect(kind('سجلت البلاد 12 إصابة جديدة', 'unnamed').kind).toBe('fact');
    expect(kind('سجلت البلاد 12 إصابة جديدة').kind).toBe('fact');
  });
});
