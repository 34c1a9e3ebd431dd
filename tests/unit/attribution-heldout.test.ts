/**
 * The subject of a reporting verb read by its form (docs/claims.md §2, src/lib/extract/subject-np.ts),
 * on sentences written for these tests: role nouns no list knows, comma-set names, withheld
 * names, documents and their issuers, bodies by their construct. Each rule both ways.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, extractParagraphs, who } from '../helpers/extract.ts';

const run = extractParagraphs;

describe('a role known by its form, then a name', () => {
  it('a definite role noun or a construct before the name, whatever the noun', () => {
    const { claims, people } = run(
      'وأكدت الخبيرة المالية سناء الحلبي أن الدين العام تضاعف في خمس سنوات.',
      'وفي حديث للإذاعة، أوضح والي الإقليم كمال بنعيسى أن الأشغال ستنتهي في الصيف المقبل.',
      'وقال المحلل في شركة النخيل للاستشارات سامر الخطيب إن الأسهم خسرت 8 في المئة.',
      'وذكر وكيل وزارة النقل للشؤون الفنية رامي العطار أن 12 جسرا تحتاج إلى صيانة.',
    );
    expect(who(claims, 'الدين العام')).toBe('سناء الحلبي');
    expect(who(claims, 'الأشغال ستنتهي')).toBe('كمال بنعيسى');
    expect(who(claims, 'الأسهم خسرت')).toBe('سامر الخطيب');
    expect(who(claims, 'جسرا تحتاج')).toBe('رامي العطار');
    expect(people.find((p) => p.name === 'سناء الحلبي')).toMatchObject({ gender: 'f', role: 'الخبيرة المالية' });
    expect(people.find((p) => p.name === 'كمال بنعيسى')?.role).toBe('والي الإقليم');
  });

  it('a name set between commas after the role, titles and a nationality skipped', () => {
    const { claims } = run(
      'وقالت قائدة البعثة، الدكتورة هالة الزين، إن الفريق جمع 200 عينة من القاع.',
      'وأوضح المدير الفني للنادي، البرتغالي جواو سيلفا، أن اللاعبين سيعودون للتدريب الأحد.',
    );
    expect(who(claims, 'جمع 200 عينة')).toBe('هالة الزين');
    expect(who(claims, 'سيعودون للتدريب')).toBe('جواو سيلفا');
  });

  it('no name after the role: no person is made of the role words', () => {
    const { claims, people } = run('وقال رئيس الوفد المفاوض إن الجولة المقبلة ستعقد في جنيف.', 'وأضاف الهدف الثاني في الدقيقة 70 بعد تمريرة طويلة.');
    expect(people).toEqual([]);
    expect(claimWith(claims, 'الجولة المقبلة').attribution).not.toBe('named');
    expect(claims.some((c) => c.speaker !== null && c.text.includes('الدقيقة 70'))).toBe(false);
  });
});

describe('where a role ends and its name starts', () => {
  it('a role with a preposition and a construct ("الباحث في علوم …"), before or after its verb', () => {
    const { claims } = run(
      'غير أن الباحثة في علوم الأرض ريم الساعدي حذرت من أن الزلازل ستتكرر في المنطقة.',
      'وانتقد النائب عن كتلة الوفاق جمال الرفاعي ما سماه "تسرع الحكومة في رفع أسعار الوقود 20 في المئة".',
    );
    expect(who(claims, 'الزلازل ستتكرر')).toBe('ريم الساعدي');
    expect(who(claims, 'رفع أسعار الوقود')).toBe('جمال الرفاعي');
  });

  it('a name between commas after an unnamed spokesperson, even with the article on its first word', () => {
    const { claims } = run('نفى المتحدث باسم وزارة الداخلية، المهدي ولد أحمد، وجود أي معتقلين سياسيين في البلاد.');
    expect(who(claims, 'معتقلين سياسيين')).toBe('المهدي ولد أحمد');
    const plain = run('نفى المتحدث باسم وزارة الداخلية، في وقت لاحق، وجود أي معتقلين سياسيين في البلاد.');
    expect(claimWith(plain.claims, 'معتقلين سياسيين')).toMatchObject({ attribution: 'institution', source: 'وزارة الداخلية' });
  });

  it('one word before a body head is no family name: the phrase is one body', () => {
    const { claims } = run('ويشير تقرير الأمم المتحدة للتنمية إلى أن الفقر تراجع 3 في المئة.');
    expect(claimWith(claims, 'الفقر تراجع')).toMatchObject({ attribution: 'institution', source: 'الأمم المتحدة للتنمية' });
    const person = run('وأشار سليم إلى أن الفقر تراجع 3 في المئة.');
    expect(claimWith(person.claims, 'الفقر تراجع').attribution).not.toBe('institution');
  });
});

describe('a person named again and carried over', () => {
  it('a family name alone is the person introduced with it, not the last speaker', () => {
    const { claims } = run(
      'وأكدت وزارة المالية في بيان أن العجز تراجع إلى 4 في المئة.',
      'وقال المستشار في البنك الدولي ماهر النجار إن النمو سيبلغ 3 في المئة.',
      'وأشارت الوزارة إلى أن الإيرادات ارتفعت 10 في المئة.',
      'ولفت النجار إلى أن التضخم ما زال مرتفعا في المدن.',
    );
    expect(who(claims, 'التضخم ما زال')).toBe('ماهر النجار');
    expect(claimWith(claims, 'التضخم ما زال').rules).toContain('speaker-family-name');
  });

  it('a subject-less verb carries over the speaker just introduced by form, not the body before', () => {
    const { claims } = run(
      'أعلنت هيئة الطيران المدني أن عدد المسافرين بلغ 9 ملايين.',
      'واعتبرت الباحثة الاقتصادية منى الصافي أن الرقم أقل من المتوقع بكثير.',
      'وأضافت أن شركات الطيران خفضت رحلاتها 15 في المئة.',
    );
    expect(who(claims, 'خفضت رحلاتها')).toBe('منى الصافي');
  });
});

describe('a withheld name marks an unnamed source', () => {
  it('"طلب عدم الكشف عن اسمه" is no name, and no person is registered from it', () => {
    const { claims, people } = run('وقال موظف في مصلحة الضرائب، طلب عدم الكشف عن هويته، إن التحصيل انخفض 20 في المئة.');
    const c = claimWith(claims, 'التحصيل انخفض');
    expect(c.attribution).toBe('unnamed');
    expect(c.source).toContain('موظف في مصلحة الضرائب');
    expect(people).toEqual([]);
  });

  it('also when the clause uses a reporting verb ("ذكر اسمه")', () => {
    const { claims, people } = run('وقالت موظفة في بلدية المدينة، فضلت عدم ذكر اسمها، إن 30 شاحنة تعطلت.');
    expect(claimWith(claims, 'شاحنة تعطلت')).toMatchObject({ attribution: 'unnamed', source: 'موظفة في بلدية المدينة' });
    expect(people).toEqual([]);
  });

  it('a real name after the comma stays a name', () => {
    const { claims } = run('وقال موظف في مصلحة الضرائب، سليم الراشد، إن التحصيل انخفض 20 في المئة.');
    expect(who(claims, 'التحصيل انخفض')).toBe('سليم الراشد');
  });
});

describe('documents and the bodies that issue them', () => {
  it('a document named again is its issuer; with no body before, the document itself', () => {
    const withBody = run('وقال مصرف الادخار الوطني في بيان إن الودائع زادت 6 في المئة.', 'وتوقع البيان أن تنمو القروض بنسبة 4 في المئة.');
    expect(who(withBody.claims, 'تنمو القروض')).toBe('مصرف الادخار الوطني');
    const alone = run('وقالت الباحثة نور الهدى السقا إن العينة صغيرة جدا.', 'وأوضح البلاغ أن الطريق سيغلق ثلاثة أيام.');
    const c = claimWith(alone.claims, 'الطريق سيغلق');
    expect(c.speaker).toBeNull();
    expect(c.rules).toContain('speaker-document');
  });

  it('"وفقا لإحصاءات <body>،" with the preposition joined: the body is the source; a plain noun after لـ is none', () => {
    const { claims } = run('ووفقا لإحصاءات الوزارة، بلغ عدد الطلاب مليونين في العام الماضي.', 'ووفقا للخطة، بلغ عدد المدارس 900 مدرسة في العام الماضي.');
    expect(claimWith(claims, 'عدد الطلاب')).toMatchObject({ attribution: 'institution', source: 'الوزارة' });
    expect(claimWith(claims, 'عدد المدارس').attribution).not.toBe('institution');
  });

  it('"بيانات <body>" and "دراسة أجراها <body>": the body speaks', () => {
    const { claims } = run(
      'أظهرت بيانات المؤسسة الوطنية للنفط أن الإنتاج بلغ مليون برميل يوميا.',
      'وتوصلت دراسة أجراها معهد البحوث الزراعية في الإسكندرية إلى أن المحصول تراجع 12 في المئة.',
    );
    expect(who(claims, 'مليون برميل')).toBe('المؤسسة الوطنية للنفط');
    expect(who(claims, 'المحصول تراجع')).toBe('معهد البحوث الزراعية');
  });

  it('a noun in construct with a definite chain is a body, also with a present verb', () => {
    const { claims } = run('ويشير صندوق النقد العربي إلى أن الدين الخارجي للمنطقة ارتفع 7 في المئة.');
    expect(claimWith(claims, 'الدين الخارجي')).toMatchObject({ attribution: 'institution', source: 'صندوق النقد العربي' });
    const none = run('ويشير ارتفاع الأسعار إلى أزمة في المعروض.');
    expect(none.claims.every((c) => c.attribution !== 'institution')).toBe(true);
  });
});

describe('نقل … عن: who relays is not who speaks', () => {
  it('the source after عن speaks; without عن the relaying body does', () => {
    const { claims } = run(
      'ونقلت صحيفة محلية عن مصدر حكومي، لم تسمه، أن الحكومة ستخفض الدعم في الربيع.',
      'ونقل التلفزيون الرسمي عن وزير الطاقة هاني الصباغ قوله إن المحطة ستعمل بكامل طاقتها.',
      'ونقلت وكالة الأنباء الوطنية تصريحات للوزير أكد فيها أن الاتفاق سيوقع قريبا.',
    );
    expect(claimWith(claims, 'ستخفض الدعم')).toMatchObject({ attribution: 'unnamed', source: 'مصدر حكومي' });
    expect(who(claims, 'المحطة ستعمل')).toBe('هاني الصباغ');
    expect(claimWith(claims, 'الاتفاق سيوقع').attribution).not.toBe('unnamed');
  });
});

describe('رأى is a verb at the head of its clause only', () => {
  it('"من جانبه، رأى …" reports an opinion; the noun "رأي" does not', () => {
    const { claims } = run(
      'من جانبه، رأى أستاذ الاقتصاد في جامعة القاهرة وليد عزت أن القرار سيرفع الأسعار.',
      'وأجرت الصحيفة استطلاع رأي شمل 800 شخص في ثلاث مدن.',
    );
    expect(claimWith(claims, 'سيرفع الأسعار')).toMatchObject({ kind: 'opinion', speaker: { name: 'وليد عزت' } });
    expect(claimWith(claims, 'استطلاع رأي').attribution).toBe('outlet');
  });
});

describe('a document speaks for the body that issued it', () => {
  it('the issuer after the document noun: a verb of issuing, صادر عن, a construct, a joined لـ', () => {
    const { claims } = run(
      'كشفت دراسة حديثة أجراها معهد البحوث الزراعية أن 40 في المئة من المزارع تعاني من شح المياه.',
      'وأظهرت بيانات هيئة الإحصاء الوطنية أن البطالة ارتفعت إلى 12 بالمئة.',
      'كشف تقرير صادر عن ديوان المحاسبة أن الهدر بلغ 40 مليون دينار.',
      'أظهر التقرير السنوي لدائرة الأحوال المدنية أن عدد المواليد انخفض إلى 150 ألفاً.',
    );
    expect(who(claims, 'من المزارع')).toBe('معهد البحوث الزراعية');
    expect(who(claims, 'البطالة ارتفعت')).toBe('هيئة الإحصاء الوطنية');
    expect(who(claims, 'الهدر بلغ')).toBe('ديوان المحاسبة');
    const births = claimWith(claims, 'عدد المواليد');
    expect(births.source).toBe('دائرة الأحوال المدنية');
    // The document's phrase is the attribution, never part of the claim.
    expect(births.text.startsWith('أن عدد المواليد')).toBe(true);
  });

  it('named again without its issuer, it is the last body named, even one named as a source', () => {
    const { claims } = run(
      'تراجعت نسبة البطالة إلى 9 بالمئة خلال الربع الأول، مقابل 10 بالمئة قبل عام، وفقاً لأرقام نشرها المعهد الوطني للإحصاء، في أول تراجع منذ سنتين.',
      'وأظهر التقرير أن البطالة بين الشباب بلغت 30 بالمئة.',
    );
    expect(who(claims, 'نسبة البطالة')).toBe('المعهد الوطني للإحصاء');
    expect(who(claims, 'بين الشباب')).toBe('المعهد الوطني للإحصاء');
  });

  it('researchers speak through the body they work in; a document before "قد" and its verb', () => {
    const { claims } = run(
      'كشفت دراسة أعدها باحثون في مركز علوم الأرض أن حرارة المياه ارتفعت درجتين خلال عشرين عاماً.',
      'وكانت دراسة للمركز الوطني للبحوث قد أظهرت أن نصف الطلاب يعانون من السمنة.',
      'وكانت رابطة أمهات المفقودين في ليبيا قد ذكرت في تقرير صدر الشهر الماضي أن 90 شخصاً اختفوا منذ 2014.',
    );
    expect(who(claims, 'حرارة المياه')).toBe('مركز علوم الأرض');
    expect(who(claims, 'نصف الطلاب')).toBe('المركز الوطني للبحوث');
    expect(who(claims, '90 شخصاً')).toBe('رابطة أمهات المفقودين');
  });

  it('a document with no body named anywhere stays the document', () => {
    const { claims } = run('وقالت الباحثة سلمى القاسم إن العينة صغيرة جدا.', 'وأوضحت الدراسة أن المياه ارتفعت حرارتها 3 درجات.');
    expect(claimWith(claims, 'المياه ارتفعت').speaker).toBeNull();
  });
});

describe('speakers the text names in other ways', () => {
  it('a clause withholding the name, with no comma, is no name: the role is an unnamed source', () => {
    const { claims } = run('وقال مسؤول في الوزارة طلب عدم الكشف عن هويته إن الاجتماع تأجل إلى الشهر المقبل.');
    expect(claimWith(claims, 'الاجتماع تأجل')).toMatchObject({ attribution: 'unnamed', source: 'مسؤول في الوزارة' });
  });

  it('a quotation opening the sentence belongs to the speaker after the verb', () => {
    const { claims } = run('«لم نحصل على أي تعويض حتى الآن من الوزارة»، قال رئيس نقابة الصيادين سمير الهاشمي.');
    const c = claimWith(claims, 'لم نحصل');
    expect(who(claims, 'لم نحصل')).toBe('سمير الهاشمي');
    expect(c.rules).toContain('quotation-before-verb');
    expect(c.text).not.toContain('قال');
  });

  it('a name written with tashkeel is a name', () => {
    const { claims } = run('وقال مدير البرنامج الأستاذ منير القصّاب إن ارتفاع الحرارة يهدد مخزون الأسماك في الخليج.');
    expect(who(claims, 'مخزون الأسماك')).toBe('منير القصّاب');
  });

  it('a name between commas may hold a role word and a joiner ("محمد الأمين ولد …")', () => {
    const { claims } = run('وقال رئيس الهيئة، محمد الأمين ولد اباه، خلال مؤتمر صحفي في نواكشوط، إن اللوائح ستغلق نهاية يونيو.');
    expect(who(claims, 'اللوائح ستغلق')).toBe('محمد الأمين ولد اباه');
  });

  it('a name opening the sentence, its role between commas, then the verb', () => {
    const { claims } = run('فهد سالم العنزي، وزير الدولة لشؤون الإسكان، قال للصحفيين إن المرسوم سيصدر خلال أسبوعين.');
    expect(who(claims, 'المرسوم سيصدر')).toBe('فهد سالم العنزي');
  });

  it('an unnamed group right before its verb speaks; a time after a name is no part of it', () => {
    const { claims } = run(
      'وقال الوزير سامي الحداد إن العائدات ارتفعت 10 بالمئة.',
      'غير أن خبراء يرون أن العائد لا يزال دون الإمكانات المتاحة.',
      'وقال الحداد عقب الاجتماع: «سنواصل خفض الإنفاق العام».',
    );
    expect(claimWith(claims, 'دون الإمكانات')).toMatchObject({ attribution: 'unnamed', source: 'خبراء' });
    expect(who(claims, 'خفض الإنفاق')).toBe('سامي الحداد');
  });

  it("a role's field joined to لـ before a definite word belongs to the role, not to the name", () => {
    const { claims } = run('وقال نائب وزير الخارجية لشؤون الدول العربية فهد العنزي إن الزيارة حققت 5 اتفاقيات.');
    expect(who(claims, 'الزيارة حققت')).toBe('فهد العنزي');
  });

  it('a one-letter title with its stop ("د.") neither ends the sentence nor the name', () => {
    const { claims } = run('وقال مدير الطوارئ بالوزارة د. الطيب عوض الكريم إن الولاية سجلت 200 إصابة.');
    expect(who(claims, 'الولاية سجلت')).toBe('الطيب عوض الكريم');
  });

  it('a passive report names no one and carries no speaker over; the claim is what follows its verb', () => {
    const { claims } = run('وقال مصدر مسؤول إن القوات ضبطت 3 أطنان من المخدرات.', 'وذُكر أن المحافظة شهدت العام الماضي ضبط أكثر من 11 طناً.');
    const c = claimWith(claims, '11 طناً');
    expect(c.speaker).toBeNull();
    expect(c.source ?? null).toBeNull();
    expect(c.text.startsWith('أن المحافظة')).toBe(true);
  });

  it('describing and giving a cause are opinions of their subject', () => {
    const { claims } = run('ووصفت النائبة عن كتلة الوفاق سلمى القاسم الجدول المقترح بأنه متسرع ولا يترك وقتاً كافياً للنقاش.');
    expect(claimWith(claims, 'متسرع')).toMatchObject({ kind: 'opinion' });
    expect(who(claims, 'متسرع')).toBe('سلمى القاسم');
  });

  it('associations, observatories and federations are bodies', () => {
    const { claims } = run(
      'أعلنت جمعية حماية المستهلك أن الأسعار ارتفعت 8 بالمئة.',
      'وأوضح المرصد الوطني للأسعار أن الزيت ارتفع 18 بالمئة.',
      'وأكدت الاتحادية التونسية لكرة اليد أن البطولة ستنطلق في مارس.',
    );
    expect(claimWith(claims, 'الأسعار ارتفعت')).toMatchObject({ attribution: 'institution', source: 'جمعية حماية المستهلك' });
    expect(claimWith(claims, 'الزيت ارتفع')).toMatchObject({ attribution: 'institution' });
    expect(claimWith(claims, 'البطولة ستنطلق')).toMatchObject({ attribution: 'institution' });
  });
});
