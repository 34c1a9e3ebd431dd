/** The attribution grammar (docs/claims.md §2) on sentences written for these tests, each rule both ways. */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/lib/extract/entities.ts';
import { extractClaims } from '../../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { claimWith, extractParagraphs, who } from '../helpers/extract.ts';
import { utf8 } from '../helpers/seeds.ts';

const run = extractParagraphs;

describe('a role and a name, with or without a comma', () => {
  it('role, then the name with no comma; titles are not part of the name', () => {
    const { claims, people } = run(
      'أكد المتحدث باسم وزارة النقل خالد المنصوري أن الطريق الجديد سيفتح في مارس.',
      'وقال وزير الزراعة الدكتور سمير الحداد إن إنتاج القمح ارتفع 15% هذا العام.',
    );
    expect(claimWith(claims, 'الطريق الجديد')).toMatchObject({ attribution: 'named', speaker: { name: 'خالد المنصوري', role: 'المتحدث باسم وزارة النقل' } });
    expect(claimWith(claims, 'الطريق الجديد').rules).toContain('speaker-role-name');
    expect(who(claims, 'إنتاج القمح')).toBe('سمير الحداد');
    expect(people.map((p) => p.name)).toEqual(['خالد المنصوري', 'سمير الحداد']);
  });

  it('the name before its role, with or without commas; gender from the verb', () => {
    const { claims, people } = run(
      'وشدد نبيل العلي مدرب الفريق الأول على أن اللاعبين جاهزون للمباراة النهائية.',
      'أكد سامي العمري، مدرب المنتخب الوطني، أن الفريق سيشارك في 3 بطولات.',
      'وأوضحت وكيلة الوزارة سعاد الخطيب أن 20 مدرسة جديدة ستفتح.',
    );
    expect(who(claims, 'اللاعبين جاهزون')).toBe('نبيل العلي');
    expect(claimWith(claims, 'سيشارك')).toMatchObject({ speaker: { name: 'سامي العمري', role: 'مدرب المنتخب الوطني' } });
    expect(people.find((p) => p.name === 'سعاد الخطيب')).toMatchObject({ gender: 'f', role: 'وكيلة الوزارة' });
  });

  it('an opening quotation after the role is speech, not a name', () => {
    const { claims } = run('قال المدرب "مباراة الغد صعبة جدا أمام فريق قوي".');
    expect(claimWith(claims, 'مباراة الغد').speaker).toBeNull();
    expect(claimWith(claims, 'مباراة الغد').text).not.toContain('المدرب');
  });
});

describe('bodies as speakers', () => {
  it('a head noun and its genitive chain; what was announced follows the subject as a noun', () => {
    const { claims } = run('أعلنت وزارة الصحة المغربية اليوم تسجيل 40 إصابة جديدة بالحصبة.');
    const c = claimWith(claims, 'تسجيل 40 إصابة');
    expect(c).toMatchObject({ attribution: 'institution', source: 'وزارة الصحة المغربية' });
    expect(c.text).not.toContain('وزارة');
  });

  it('the frame is part of the attribution, never of the claim; the frame alone is no claim', () => {
    const { claims } = run('وقال البنك المركزي في بيان صحفي، إن التضخم تراجع إلى 3% في مايو.', 'وقال البنك المركزي في بيان اليوم.');
    const c = claimWith(claims, 'التضخم تراجع');
    expect(c).toMatchObject({ attribution: 'institution', source: 'البنك المركزي' });
    expect(c.text).not.toContain('بيان');
    expect(c.rules).toContain('attribution-frame');
    expect(claims.filter((x) => x.text.includes('في بيان'))).toEqual([]);
  });

  it('an unnamed spokesperson speaks for the body; an unnamed source stays unnamed', () => {
    const { claims } = run('وقال متحدث باسم هيئة الطيران المدني إن الرحلات استؤنفت صباح الأحد.', 'وقال مصدر أمني، فضل عدم ذكر اسمه، إن القوات اعتقلت 12 رجلا.');
    expect(claimWith(claims, 'الرحلات استؤنفت')).toMatchObject({ attribution: 'institution', source: 'هيئة الطيران المدني' });
    expect(claimWith(claims, 'اعتقلت 12')).toMatchObject({ attribution: 'unnamed', source: 'مصدر أمني' });
  });

  it('a group named by what it does, with or without the article, is an unnamed source; a bare pronoun is not', () => {
    const { claims } = run('ويتوقع المستثمرون أن ترتفع أسعار الذهب 3% في 2026.', 'وقال محللون إن الطلب على النفط سيتراجع 2% العام المقبل.');
    expect(claimWith(claims, 'أسعار الذهب')).toMatchObject({ attribution: 'unnamed', source: 'المستثمرون' });
    expect(claimWith(claims, 'الطلب على النفط')).toMatchObject({ attribution: 'unnamed', source: 'محللون' });
    const none = run('وقال هؤلاء إن الطلب على النفط سيتراجع 2% العام المقبل.');
    expect(claimWith(none.claims, 'الطلب على النفط').source).toBeUndefined();
  });

  it('a body named again in fewer words is the same body; a headline-style colon names the speaker', () => {
    const { claims } = run(
      'أعلنت وزارة التعليم العالي أن التسجيل يبدأ في سبتمبر المقبل.',
      'وأوضحت الوزارة أن الرسوم لن ترتفع هذا العام.',
      'الهيئة العامة للإحصاء: البطالة انخفضت إلى 7% في الربع الأول.',
    );
    expect(who(claims, 'الرسوم لن ترتفع')).toBe('وزارة التعليم العالي');
    expect(claimWith(claims, 'الرسوم لن ترتفع').rules).toContain('speaker-named-again');
    expect(claimWith(claims, 'البطالة انخفضت')).toMatchObject({ attribution: 'institution', source: 'الهيئة العامة للإحصاء' });
    expect(claimWith(claims, 'البطالة انخفضت').rules).toContain('speaker-colon');
  });

  it('"صدر عن … البيان التالي:" makes the next paragraphs the body\'s statement', () => {
    const { claims } = run('صدر عن وزارة الخارجية البيان التالي:', 'إن الحكومة ملتزمة بدعم 500 أسرة متضررة من الفيضانات.');
    expect(claimWith(claims, 'ملتزمة بدعم')).toMatchObject({ attribution: 'institution', source: 'وزارة الخارجية' });
    expect(claimWith(claims, 'ملتزمة بدعم').rules).toContain('statement-carried-over');
  });
});

describe('a participle speaks for the subject of its main clause', () => {
  it('however far back, and in the same gender: not the nearest noun', () => {
    const { claims } = run(
      'رفضت الهيئة العليا للرقابة، في جلستها العلنية يوم الاثنين الماضي، طعناً تقدم به تحالف انتخابي في نتائج الاقتراع البلدي، ' +
        'مؤكدةً أن المخالفات المذكورة لا تغير الترتيب.',
      'استقبل المجلس البلدي وفداً من النقابة المستقلة للتجار، مشيراً إلى أن أسعار الإيجار ستبقى على حالها.',
    );
    expect(who(claims, 'المخالفات المذكورة')).toBe('الهيئة العليا للرقابة');
    expect(who(claims, 'أسعار الإيجار')).toBe('المجلس البلدي');
  });
});

describe('bodies get an entry of their own', () => {
  it('marked as an institution, with one id across articles; a body inside a role is not the speaker', () => {
    const first = run('أعلنت وزارة الصحة المغربية اليوم تسجيل 40 إصابة جديدة بالحصبة.');
    const body = first.people.find((p) => p.name === 'وزارة الصحة المغربية');
    expect(body).toMatchObject({ kind: 'institution', origin: 'extracted' });
    expect(claimWith(first.claims, 'تسجيل 40')).toMatchObject({ attribution: 'institution', speaker: { id: body!.id } });

    const registry = new PeopleRegistry([]).with(first.people);
    const again = (text: string) =>
      extractClaims(ingestSeed({ file: 'seeds/u.txt', bytes: utf8(['عنوان', text].join('\n\n')) }).article!, { registry, gazetteer: new Gazetteer([]) });
    expect(again('وقالت وزارة الصحة المغربية إن 12 مستشفى جديدا سيفتح في 2026.').claims[0]?.speaker?.id).toBe(body!.id);
    const minister = again('وقال المتحدث باسم وزارة الصحة المغربية، سعيد الراشد، إن 5 حالات شفيت.').claims[0]!;
    expect(minister).toMatchObject({ attribution: 'named', speaker: { name: 'سعيد الراشد' } });
  });
});

describe('where a name or a source ends', () => {
  it('a preposition joined to a body ends it ("لقناة", "لوكالة"); a head noun alone gets no entry', () => {
    const { claims, people } = run(
      'صرح وزير الخارجية سامر الخوري لقناة محلية بأن المحادثات ستستأنف الأسبوع المقبل.',
      'قال مسؤولون أوروبيون لوكالة أنباء محلية إن الاتفاق سيوقع في يونيو.',
      'أعلن الجيش، الأحد، أن 5 جنود أصيبوا في الهجوم.',
    );
    expect(who(claims, 'المحادثات ستستأنف')).toBe('سامر الخوري');
    expect(claimWith(claims, 'الاتفاق سيوقع')).toMatchObject({ attribution: 'unnamed', source: 'مسؤولون أوروبيون' });
    expect(claimWith(claims, '5 جنود')).toMatchObject({ attribution: 'institution', source: 'الجيش', speaker: null });
    expect(people.map((p) => p.name)).toEqual(['سامر الخوري']);
  });

  it('a role whose construct ends in a place the lexicon does not know: the last two words are the name', () => {
    const { claims } = run(
      'وقال مدرب نادي قرية تلال سليم الحارثي إن الفريق جمع 30 نقطة هذا الموسم.',
      'وقال رئيس مجلس إدارة شركة الموانئ ناصر الفارس إن الأرباح بلغت 12 مليون دينار.',
    );
    expect(who(claims, 'جمع 30 نقطة')).toBe('سليم الحارثي');
    expect(claimWith(claims, 'جمع 30 نقطة').speaker?.role).toBe('مدرب نادي قرية تلال');
    expect(who(claims, 'الأرباح بلغت')).toBe('ناصر الفارس');
  });

  it('after a family name with the article, a second such word is the object, unless a joiner binds them', () => {
    const { claims } = run(
      'وانتقد المدرب سامي العلي التحكيم، معتبراً أن الهدف الثاني جاء من تسلل واضح في الدقيقة 80.',
      'وقال الوزير محمد عبد الرحمن الراشد إن الصادرات زادت 8% في عام 2024.',
    );
    expect(who(claims, 'الهدف الثاني')).toBe('سامي العلي');
    expect(who(claims, 'الصادرات زادت')).toBe('محمد عبد الرحمن الراشد');
  });
});

describe('the same speaker named again, across paragraphs', () => {
  const { claims } = run(
    'قال وزير المالية، حسن الشامي، إن العجز بلغ 4% من الناتج المحلي.',
    'وأضاف الوزير أن الدين العام انخفض بنسبة 2%.',
    'وأوضح الشامي أن الإيرادات ارتفعت 8% العام الماضي.',
  );
  it('by the role ("الوزير") and by the family name ("الشامي")', () => {
    expect(who(claims, 'الدين العام')).toBe('حسن الشامي');
    expect(who(claims, 'الإيرادات ارتفعت')).toBe('حسن الشامي');
    expect(claimWith(claims, 'الإيرادات ارتفعت').rules).toContain('speaker-family-name');
  });

  it("a byline sharing a speaker's family name is never the speaker", () => {
    const { claims } = run('كتب: سامي الحداد', 'قال وزير النقل، خالد الحداد، إن الميناء استقبل 40 سفينة.', 'وأضاف الحداد أن 6 أرصفة جديدة ستفتح.');
    expect(who(claims, '6 أرصفة')).toBe('خالد الحداد');
    const alone = run('كتب: سامي الحداد', 'وأضاف الحداد أن 6 أرصفة جديدة ستفتح.');
    expect(claimWith(alone.claims, '6 أرصفة').speaker).toBeNull();
  });

  it('a family name nobody bore before is not a speaker', () => {
    const other = run('وأوضح الخطيب أن الإيرادات ارتفعت 8% العام الماضي.');
    expect(claimWith(other.claims, 'الإيرادات ارتفعت').speaker).toBeNull();
  });
});

describe('sources anywhere in the sentence', () => {
  it('"بحسب" + a role and a name in running text; "وفقًا لما ذكرته" + a body with a quoted name', () => {
    const { claims } = run(
      'ارتفعت أسعار الخبز 10% بحسب رئيس غرفة التجارة ماهر السعدي.',
      'تراجعت صادرات النفط 6% خلال الربع الأول، وفقًا لما ذكرته صحيفة «الأيام».',
    );
    expect(who(claims, 'أسعار الخبز')).toBe('ماهر السعدي');
    expect(claimWith(claims, 'صادرات النفط')).toMatchObject({ attribution: 'institution' });
    expect(claimWith(claims, 'صادرات النفط').source).toContain('الأيام');
  });

  it('a quotation that goes on into the next sentence keeps its speaker', () => {
    const { claims } = run(
      'وقال الخبير الاقتصادي، رامي النجار: “ارتفاع الأسعار في الأسواق المحلية إلى مستوى قريب من أعلى مستوياته منذ عامين يشكل ضغطا على الأسر. ' +
        'إذا استمر هذا الارتفاع، فإن ذلك سيزيد من الضغوط على الميزانيات.”',
    );
    expect(who(claims, 'سيزيد من الضغوط')).toBe('رامي النجار');
    expect(claimWith(claims, 'سيزيد من الضغوط').rules).toContain('quotation-goes-on');
  });

  it('a participle carries the subject of its clause', () => {
    const { claims } = run('واستعرض وزير الاقتصاد، سالم الحسن، نتائج العام، مشيرًا إلى أن الصادرات بلغت 3 مليارات دولار.');
    expect(who(claims, 'الصادرات بلغت')).toBe('سالم الحسن');
  });
});

describe('traps: verbs whose object is not speech', () => {
  it('"أضاف" + a goal is the outlet reporting a match', () => {
    const { claims } = run('وأضاف اللاعب المصري محمود كامل الهدف الثاني في الدقيقة 70.', 'وأضاف الفريق هدفًا ثالثًا قبل أن ينتهي الشوط الأول بدقيقتين.');
    for (const words of ['الهدف الثاني', 'هدفًا ثالثًا']) {
      expect(claimWith(claims, words)).toMatchObject({ attribution: 'outlet', speaker: null });
      expect(claimWith(claims, words).rules).not.toContain('reporting-verb');
    }
  });

  it('"عبر" and "بين" are verbs only at the head of their clause', () => {
    const { claims } = run('ونقلت الشاحنات 300 طن من المساعدات عبر المعبر الحدودي بين البلدين.');
    expect(claimWith(claims, '300 طن')).toMatchObject({ attribution: 'outlet' });
  });

  it('a present-tense verb inside a clause reports nothing', () => {
    const { claims } = run('افتتح المصنع الذي يعلن عن منتجاته في 2024 خطا جديدا لإنتاج 40 ألف سيارة.');
    expect(claimWith(claims, '40 ألف سيارة')).toMatchObject({ attribution: 'outlet' });
  });
});
