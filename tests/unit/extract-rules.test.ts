/** The extractor's rules on small made-up texts, one behaviour each. */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/lib/extract/entities.ts';
import { extractClaims } from '../../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { claimId } from '../../src/lib/extract/claim-id.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { readSeed, SEED_000, SEED_003, utf8 } from '../helpers/seeds.ts';

const run = (text: string, file = 'seeds/t.txt') => {
  const article = ingestSeed({ file, bytes: utf8(text) }).article!;
  return { article, ...extractClaims(article, { registry: new PeopleRegistry([]), gazetteer: new Gazetteer([]) }) };
};

describe('speaker carry-over with gender agreement', () => {
  const { claims } = run(
    [
      'عنوان',
      'قال وزير الخارجية السابق، أحمد الكبير إن "الاتفاق وقع في عام 2024".',
      'وقالت عضو البرلمان، سلمى النجار إن "البرلمان لم يصوت على الاتفاق عام 2024".',
      'وأضاف أن "الحكومة دفعت 20 مليون دولار".',
      'وأضافت أن "الجلسة عقدت يوم الأحد".',
    ].join('\n\n'),
  );
  const speaker = (words: string) => claims.find((c) => c.text.includes(words))?.speaker?.name;

  it('a masculine verb goes back past a feminine speaker to the last masculine one', () => {
    expect(speaker('الاتفاق وقع')).toBe('أحمد الكبير');
    expect(speaker('لم يصوت')).toBe('سلمى النجار');
    expect(speaker('دفعت 20 مليون')).toBe('أحمد الكبير');
    expect(speaker('الجلسة عقدت')).toBe('سلمى النجار');
  });

  it('carried-over claims say so in their rules', () => {
    expect(claims.find((c) => c.text.includes('دفعت'))!.rules).toContain('speaker-carried-over');
    expect(claims.find((c) => c.text.includes('الاتفاق وقع'))!.rules).toContain('speaker-after-verb');
  });
});

describe('sources named after the statement', () => {
  it('"وفق" + an institution, + unnamed reports, + a pronoun', () => {
    const { claims } = run(
      [
        'عنوان',
        'قال المحلل السياسي، خالد يوسف إن "العقد يبلغ 5 ملايين دولار"، وفق قوله.',
        'وصل الوفد إلى القاهرة يوم الاثنين، وفق بيان وزارة الخارجية.',
        'ارتفعت الصادرات 12% العام الماضي وفق تقارير رسمية.',
      ].join('\n\n'),
    );
    expect(claims.find((c) => c.text.includes('العقد'))).toMatchObject({ attribution: 'named', speaker: { name: 'خالد يوسف' } });
    expect(claims.find((c) => c.text.includes('وصل الوفد'))).toMatchObject({ attribution: 'institution', source: 'وزارة الخارجية' });
    expect(claims.find((c) => c.text.includes('الصادرات'))).toMatchObject({ attribution: 'unnamed', source: 'تقارير رسمية' });
  });
});

describe('kinds', () => {
  const { claims } = run(
    [
      'عنوان',
      'افتتحت الحكومة 3 مستشفيات جديدة في بنغازي يوم الأحد.',
      'ويرى محللون أن الخطوة تعكس تحولا في سياسة الحكومة.',
      'وقال الوزير، سامي علي إن "الحكومة ستفتتح 5 مستشفيات أخرى العام المقبل".',
      'وقال المتحدث، نادر عمر إن "الحكومة أنفقت 40 مليون دينار على المستشفيات".',
    ].join('\n\n'),
  );
  const kindOf = (words: string) => claims.find((c) => c.text.includes(words))?.kind;

  it('fact, opinion, prediction and quote', () => {
    expect(kindOf('افتتحت الحكومة')).toBe('fact');
    expect(kindOf('تعكس تحولا')).toBe('opinion');
    expect(kindOf('ستفتتح')).toBe('prediction');
    expect(kindOf('أنفقت 40')).toBe('quote');
  });
});

describe('stable ids', () => {
  const original = new TextDecoder().decode(readSeed(SEED_000));
  const before = run(original, SEED_000).claims;

  it('do not change on a rebuild', () => {
    expect(run(original, SEED_000).claims.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  it('do not change when a paragraph is added at the top and another sentence is edited', () => {
    const lines = original.split('\n');
    // A new first paragraph right under the title…
    lines.splice(5, 0, 'وصل وفد عسكري جديد إلى بنغازي يوم الخميس في زيارة رسمية استمرت 3 أيام.', '');
    // …and an edit of the sentence about China, Turkey and Saudi Arabia.
    const edited = lines.map((l) => l.replace('مثل الصين وتركيا والسعودية', 'مثل الصين وتركيا والسعودية وقطر')).join('\n');
    const after = run(edited, SEED_000).claims;
    const changed = before.filter((c) => !c.text.includes('وتركيا والسعودية'));
    const afterIds = new Set(after.map((c) => c.id));
    for (const claim of changed) expect(afterIds.has(claim.id), claim.text).toBe(true);
    // The edited claim gets a new id; the new paragraph adds claims of its own.
    expect(afterIds.has(before.find((c) => c.text.includes('وتركيا والسعودية'))!.id)).toBe(false);
    expect(after.length).toBeGreaterThan(before.length - 1);
  });

  it('are readable ASCII, and differ between articles for the same words', () => {
    expect(claimId('a', 'يحتل المرتبة الثانية عشرة عالميًا')).toMatch(/^yhtl-almrtba-althanya-ashra-aalmya-[0-9a-f]{6}$/);
    expect(claimId('a', 'نص')).not.toBe(claimId('b', 'نص'));
    // Spelling variants of the same words (hamza, tashkeel, taa marbuta) give the same id.
    expect(claimId('a', 'أكدت الوزارة').slice(-6)).toBe(claimId('a', 'اَكدت الوزاره').slice(-6));
  });

  it('survive re-encoding: the same seed as UTF-16 gives the same ids', () => {
    const text = new TextDecoder().decode(readSeed(SEED_003));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const article = ingestSeed({ file: SEED_003, bytes: utf16 }).article!;
    const a = extractClaims(article, { registry: new PeopleRegistry([]), gazetteer: new Gazetteer([]) }).claims;
    expect(a.map((c) => c.id)).toEqual(run(text, SEED_003).claims.map((c) => c.id));
  });
});
