/** Which statements become claims, and where a claim's text starts (made-up sentences). */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/lib/extract/entities.ts';
import { extractClaims } from '../../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { claimId } from '../../src/lib/extract/claim-id.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { utf8 } from '../helpers/seeds.ts';

const run = (...paragraphs: string[]) => {
  const article = ingestSeed({ file: 'seeds/t.txt', bytes: utf8(['عنوان الخبر', ...paragraphs].join('\n\n')) }).article!;
  return { article, ...extractClaims(article, { registry: new PeopleRegistry([]), gazetteer: new Gazetteer([]) }) };
};

describe('a reported clause keeps its complementiser', () => {
  const { claims, article } = run(
    'وأكد وزير الزراعة السابق، سامي العلي أن المحصول تضاعف خلال عامين.',
    'وأشار إلى أنه لا يملك أرقاما دقيقة عن الصادرات هذا العام.',
  );

  it('the claim starts at أن / أنه, the verb and its subject stay out', () => {
    expect(claims.map((c) => c.text)).toEqual(['أن المحصول تضاعف خلال عامين', 'أنه لا يملك أرقاما دقيقة عن الصادرات هذا العام']);
  });

  it('the id reads the clause without it, so ids published before stay', () => {
    expect(claims[0]!.id).toBe(claimId(article.id, 'المحصول تضاعف خلال عامين'));
  });

  it('a statement with no complementiser before it is left alone', () => {
    const { claims: others } = run('باعت الشركة 300 سيارة في الربع الأول من العام.');
    expect(others[0]!.text).toBe('باعت الشركة 300 سيارة في الربع الأول من العام');
  });
});

describe('forecasts and reported statements are claims even when the scorer passes them by', () => {
  it('a statement about the future is a claim (claim-prediction)', () => {
    const { claims } = run('وستفتح البلدية المتحف الجديد أمام الزوار بعد انتهاء أعمال الترميم.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ kind: 'prediction' });
    expect(claims[0]!.rules).toContain('claim-prediction');
  });

  it('a short future fragment, or a plain sentence with no future, is not', () => {
    expect(run('سيتم التحديث لاحقا.').claims).toHaveLength(0);
    expect(run('وكان الجو لطيفا في الحديقة والناس يتنزهون.').claims).toHaveLength(0);
  });

  it('words brought by a reporting verb are a claim even when the speaker is not resolved (claim-reported)', () => {
    // "وأضاف" with no speaker before it: nobody to carry over.
    const { claims } = run('وأضاف أن الفريق يعمل بهدوء مع الجميع ولا يلتفت إلى الكلام.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.rules).toEqual(expect.arrayContaining(['reporting-verb', 'speaker-unresolved', 'claim-reported']));
  });
});

describe('a reporting participle after a comma opens a statement of its own', () => {
  it('two statements of one speaker, two claims with their own kinds', () => {
    const { claims } = run('وقال رئيس الاتحاد، منير الحسن، إن الموسم انتهى بنجاح، مشيرًا إلى أن الاتحاد سينظم بطولة جديدة في الصيف.');
    expect(claims.map((c) => c.text)).toEqual(['إن الموسم انتهى بنجاح', 'مشيرًا إلى أن الاتحاد سينظم بطولة جديدة في الصيف']);
    expect(claims[1]!.kind).toBe('prediction');
    expect(claims[1]!.label).toBe('الاتحاد سينظم بطولة جديدة في الصيف');
  });

  it('a participle that is no reporting verb, or one with no comma before it, does not cut', () => {
    const { claims } = run('وأعلنت الشركة أن أرباحها بلغت 5 ملايين دينار، مستفيدةً من ارتفاع الطلب.');
    expect(claims).toHaveLength(1);
    const { claims: one } = run('وقال المدير العام، وليد الصافي، إن المصنع يعمل مشيرا إلى الأرقام الجديدة التي صدرت أمس.');
    expect(one).toHaveLength(1);
  });
});

describe('what a speaker did before a participle brought their words (speaker-act)', () => {
  it('the act before the comma is a claim of the same speaker; the opinion after it keeps its kind', () => {
    const { claims } = run(
      'وقال وزير النقل، هاني الزين، إن القطار الجديد سيعمل الشهر المقبل.',
      'كما رحب بقرار تمويل المشروع الجديد في العاصمة، معتبرًا أن التمويل خطوة إيجابية.',
    );
    const act = claims.find((c) => c.rules.includes('speaker-act'))!;
    expect(act.text).toBe('كما رحب بقرار تمويل المشروع الجديد في العاصمة');
    expect(act).toMatchObject({ kind: 'quote', speaker: { name: 'هاني الزين' } });
    expect(claims.find((c) => c.text.includes('خطوة إيجابية'))!.kind).toBe('opinion');
  });

  it('no act when the words come straight after the reporting verb', () => {
    const { claims } = run('وقال وزير النقل، هاني الزين، إن القطار الجديد سيعمل الشهر المقبل.');
    expect(claims.some((c) => c.rules.includes('speaker-act'))).toBe(false);
  });
});

describe('clause parts', () => {
  it('a part of two or three words stays with its neighbour, even with a date in it', () => {
    const { claims } = run('وقررت المحكمة تأجيل الجلسة إلى الشهر المقبل بعد أن حضر 12 متهما الأحد، والخميس الماضي.');
    expect(claims).toHaveLength(1);
  });
});
