/**
 * Claims of the two seed articles: every kind of statement named in issue #4 gets the right
 * kind, attribution and speaker. These are the article's real sentences, not fixtures.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, seedsPipeline } from '../helpers/pipeline.ts';

const result = seedsPipeline();
const claims = result.claims;
const of = (articleId: string) => claims.filter((c) => c.articleId.startsWith(articleId));

describe('the sentence on Pakistan’s army yields several claims', () => {
  const ranked = claimWith(claims, 'المرتبة الثانية عشرة');
  const nine = claimWith(claims, 'تسعة جيوش');
  const only = claimWith(claims, 'الوحيد الذي يمتلك');

  it('ranked 12th in 2025, one of nine nuclear-armed armies, the only Islamic one: three separate claims', () => {
    expect(new Set([ranked.id, nine.id, only.id]).size).toBe(3);
    expect(ranked.sentence).toEqual(nine.sentence);
    expect(nine.sentence).toEqual(only.sentence);
    expect(ranked.text).not.toContain('تسعة');
  });

  it('reads the ordinal, the year and the cardinal', () => {
    expect(ranked.values.numbers).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 12, kind: 'ordinal' }), expect.objectContaining({ value: 2025, kind: 'year' })]),
    );
    expect(nine.values.numbers.map((n) => n.value)).toEqual(expect.arrayContaining([1, 9]));
  });

  it('labels the rank with its verb: the clause, never a phrase that does not say whose rank', () => {
    expect(ranked.label).toBe('يحتل المرتبة الثانية عشرة عالميًا وفق تقارير عام 2025');
  });

  it('the rank rests on unnamed "reports"; the others are the outlet’s own facts', () => {
    expect(ranked).toMatchObject({ kind: 'fact', attribution: 'unnamed', source: 'تقارير عام 2025' });
    expect(nine).toMatchObject({ kind: 'fact', attribution: 'outlet', speaker: null });
    expect(only).toMatchObject({ kind: 'fact', attribution: 'outlet' });
  });
});

describe('attribution and kinds in seed 000', () => {
  it('unnamed observers and analysts give opinions', () => {
    const observers = claimWith(claims, 'اختيار بنغازي تحديدًا');
    expect(observers).toMatchObject({ kind: 'opinion', attribution: 'unnamed', source: 'مراقبون', speaker: null });
    expect(claimWith(claims, 'تمثل ردًا عمليًا')).toMatchObject({ kind: 'opinion', attribution: 'unnamed', source: 'محللون' });
    expect(claimWith(claims, 'الاستقرار بات عامل جذب')).toMatchObject({ kind: 'opinion', attribution: 'unnamed', source: 'محللون' });
  });

  it('experts’ hedged forecast ("قد يسهم") is a prediction from an unnamed source', () => {
    expect(claimWith(claims, 'قد يسهم في رفع كفاءة')).toMatchObject({ kind: 'prediction', attribution: 'unnamed', source: 'خبراء' });
  });

  it('the army chief, named by his role only, predicts a "safe and stable" Libya', () => {
    const munir = claimWith(claims, 'آمنة ومستقرة');
    expect(munir).toMatchObject({ kind: 'prediction', attribution: 'named', speaker: { id: 'asim-munir', name: 'عاصم منير' } });
    // The claim keeps the complementiser that opens the reported clause; its label drops it.
    expect(munir.text).toBe('أن ليبيا تحت قيادة المشير خليفة حفتر ستكون «آمنة ومستقرة»');
    expect(munir.label).toBe('ليبيا تحت قيادة المشير خليفة حفتر ستكون «آمنة ومستقرة»');
  });

  it('Saddam Haftar’s July visit and the protocol it produced are facts with a month', () => {
    const visit = claimWith(claims, 'في يوليو الماضي');
    expect(visit).toMatchObject({ kind: 'fact', attribution: 'outlet' });
    expect(visit.values.dates).toEqual([expect.objectContaining({ month: 7, relative: 'last' })]);
    expect(claimWith(claims, 'أسفرت عن توقيع')).toMatchObject({ kind: 'fact' });
  });

  it('the outlet’s own reading is an opinion in its own voice', () => {
    expect(claimWith(claims, 'يبعث برسالة واضحة')).toMatchObject({ kind: 'opinion', attribution: 'outlet', speaker: null });
  });
});

describe('speakers in seed 003', () => {
  const speakerOf = (words: string) => claimWith(claims, words).speaker?.id;

  it('an institution given after the statement: Haftar’s media office, with an entry of its own', () => {
    const arrival = claimWith(claims, 'المشير عاصم منير إلى مدينة بنغازي');
    expect(arrival).toMatchObject({ kind: 'fact', attribution: 'institution', source: 'مكتب حفتر الإعلامي', speaker: { name: 'مكتب حفتر الإعلامي' } });
    expect(arrival.values.dates).toEqual([expect.objectContaining({ relative: 'yesterday', weekday: 3 })]);
    expect(claimWith(claims, 'التقى خلالها')).toMatchObject({ attribution: 'institution' });
  });

  it('unnamed local media report the agreements', () => {
    expect(claimWith(claims, 'وقع عدة اتفاقات عسكرية')).toMatchObject({ kind: 'fact', attribution: 'unnamed', source: 'عدة وسائل محلية' });
  });

  it('the outlet states Saddam Haftar’s July visit (يوليو/تموز)', () => {
    const visit = claimWith(claims, 'يوليو/تموز');
    expect(visit).toMatchObject({ kind: 'fact', attribution: 'outlet' });
    expect(visit.values.dates).toEqual([expect.objectContaining({ month: 7, raw: 'يوليو/تموز الماضي' })]);
  });

  it('names and roles are kept: "وزير الدفاع الليبي الأسبق، محمد البرغثي"', () => {
    const person = result.people.find((p) => p.name === 'محمد البرغثي')!;
    expect(person).toMatchObject({ role: 'وزير الدفاع الليبي الأسبق', gender: 'm', origin: 'extracted' });
    expect(claimWith(claims, 'الزيارة هامة جدا')).toMatchObject({
      kind: 'quote',
      attribution: 'named',
      speaker: { id: person.id, role: 'وزير الدفاع الليبي الأسبق' },
    });
  });

  it('a masculine "وأشار" carries البرغثي over to the next paragraph', () => {
    const next = claimWith(claims, 'أكثر نفوذا');
    expect(next.speaker?.name).toBe('محمد البرغثي');
    expect(next.rules).toContain('speaker-carried-over');
  });

  it('feminine "أشارت … وأكدت … وأضافت" stay with ربيعة بوراص', () => {
    const id = result.people.find((p) => p.name === 'ربيعة بوراص')!.id;
    expect(result.people.find((p) => p.id === id)).toMatchObject({ gender: 'f', role: 'عضو لجنة الدفاع والأمن القومي بمجلس النواب الليبي' });
    expect(speakerOf('براغماتية أمنية')).toBe(id);
    expect(speakerOf('توسيع حضورها الدفاعي')).toBe(id);
    expect(speakerOf('لا تضيف قيمة سياسية')).toBe(id);
    expect(claimWith(claims, 'لا تضيف قيمة سياسية').kind).toBe('opinion');
  });

  it('a speaker named before the verb, then carried over by "وأوضح", "قال لـ" and "وختم حديثه"', () => {
    const id = result.people.find((p) => p.name === 'محمد السلاك')!.id;
    expect(claimWith(claims, 'تعزز حقيقة مؤداها').rules).toContain('speaker-before-verb');
    for (const words of ['تعزز حقيقة مؤداها', 'تقاطع مصالح', 'انتقال تدريجي', 'من شأنها تعزيز']) expect(speakerOf(words)).toBe(id);
    expect(claimWith(claims, 'من شأنها تعزيز')).toMatchObject({ kind: 'prediction' });
    expect(claimWith(claims, 'تقاطع مصالح').kind).toBe('opinion'); // "ربما"
  });

  it('"في المقابل، قال … فرج دردور" then "وتابع" with "سيظل", "لن تغير": a prediction', () => {
    const id = result.people.find((p) => p.name === 'فرج دردور')!.id;
    expect(speakerOf('قدم نفسه بصفة')).toBe(id);
    expect(claimWith(claims, 'وسيظل حفتر يسيطر')).toMatchObject({ kind: 'prediction', speaker: { id } });
  });

  it('never makes a claim of the question or of a heading', () => {
    expect(claims.some((c) => c.text.includes('فما تداعيات'))).toBe(false);
    const article = result.articles.find((a) => a.id.startsWith('003'))!;
    expect(article.sentences.find((s) => article.text.slice(s.start, s.end).startsWith('فما تداعيات'))?.skipped).toBe('question');
    const headings = article.blocks.filter((b) => b.kind === 'heading');
    for (const c of of('003')) for (const h of headings) expect(c.start >= h.start && c.end <= h.end).toBe(false);
  });
});

describe('every claim', () => {
  it('anchors: text.slice(start, end) is the quote, with prefix and suffix around it', () => {
    for (const article of result.articles) {
      for (const claim of claims.filter((c) => c.articleId === article.id)) {
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.selector.exact);
        expect(claim.text).toBe(claim.selector.exact);
        expect(article.text.slice(0, claim.start).endsWith(claim.selector.prefix)).toBe(true);
        expect(article.text.slice(claim.end).startsWith(claim.selector.suffix)).toBe(true);
        const block = article.blocks.find((b) => b.id === claim.blockId)!;
        expect(claim.start >= block.start && claim.end <= block.end).toBe(true);
      }
    }
  });

  it('labels keep quotation marks and brackets paired', () => {
    for (const c of claims) {
      expect((c.label.match(/«/g) ?? []).length, c.label).toBe((c.label.match(/»/g) ?? []).length);
      expect((c.label.match(/\(/g) ?? []).length, c.label).toBe((c.label.match(/\)/g) ?? []).length);
      expect((c.label.match(/"/g) ?? []).length % 2, c.label).toBe(0);
    }
    // One clause: the label is the whole claim, its bracket closed.
    const arrival = claimWith(claims, 'شرق ليبيا) أمس');
    expect(arrival.label).toBe(arrival.text);
    expect(arrival.label).toContain('بنغازي (شرق ليبيا) أمس');
  });

  it('has a URL-safe id, a score in 0..1 with reasons, and a label taken from its text', () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of claims) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.text).toContain(c.label);
    }
  });

  it('both articles have claims of every kind and every attribution between them', () => {
    expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(['fact', 'quote', 'opinion', 'prediction']));
    expect(new Set(claims.map((c) => c.attribution))).toEqual(new Set(['named', 'unnamed', 'institution', 'outlet']));
    expect(of('000').length).toBeGreaterThanOrEqual(12);
    expect(of('003').length).toBeGreaterThanOrEqual(12);
  });
});

describe('people', () => {
  it('one person, one id, however the text names them', () => {
    const haftar = result.people.filter((p) => p.name === 'خليفة حفتر');
    expect(haftar).toHaveLength(1);
    const munir = result.people.filter((p) => p.name === 'عاصم منير');
    expect(munir).toHaveLength(1);
    expect(claimWith(claims, 'الجيش الإسلامي الوحيد').entities).toEqual([]);
    expect(claimWith(claims, 'التقى خلالها').entities.map((e) => e.id)).toContain('khalifa-haftar');
  });
});
