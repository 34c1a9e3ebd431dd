import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../../src/lib/ingest/boilerplate-rules.ts';
import { foldArabic } from '../../src/lib/text/arabic-fold.ts';

describe('boilerplate rules match whole lines only', () => {
  it.each([
    ['0', 'counter'],
    ['123', 'counter'],
    ['١٢٣', 'counter'],
    ['شارك الخبر', 'share'],
    ['شارك على فيسبوك', 'share'],
    ['اظهار أخبار متعلقة', 'related'],
    ['إظهار أخبار متعلقة', 'related'],
    ['أخبار ذات صلة', 'related'],
    ['اقرأ أيضا', 'related'],
    ['التعليقات (0)', 'comments'],
    ['التعليقات (12)', 'comments'],
    ['أضف تعليقك', 'comments'],
    ['تابعنا على تويتر', 'follow'],
    ['طباعة', 'print'],
  ])('%s → %s', (line, rule) => expect(matchBoilerplate(line)).toBe(rule));

  it.each(['شارك الخبر مع أصدقائك إن أعجبك هذا التحليل الطويل.', 'وقال إن التعليقات (0) لم تصل.', 'في عام 2025', 'أخبار', 'اتفاقات عسكرية'])(
    'keeps %s',
    (line) => expect(matchBoilerplate(line)).toBeUndefined(),
  );
});

describe('page furniture by line class', () => {
  it.each([
    // Date and time lines, update stamps, "ago" counters, Hijri dates.
    ['10:42 ص', 'dateline'],
    ['3-4-2024 | 09:15', 'dateline'],
    ['14.02.2025 - محدث : 15.02.2025', 'dateline'],
    ['الأحد، 7 أبريل 2024 - 18:20', 'dateline'],
    ['آخر تحديث: 7 نيسان 2024', 'dateline'],
    ['منذ 5 ساعات', 'dateline'],
    ['الجمعة 12 رمضان 1445 هـ', 'dateline'],
    ['09:30PM 2024/04/07', 'dateline'],
    // Bylines and source credits.
    ['كتب: سامر الحلبي', 'byline'],
    ['كتبت - ليلى منصور', 'byline'],
    ['بقلم نادر يوسف', 'byline'],
    ['إعداد/ هالة سعيد', 'byline'],
    ['المصدر: وكالات', 'byline'],
    ['كريم حداد (بيروت) @karimhd', 'byline'],
    ['المحرر العام سليم داود', 'masthead'],
    ['رئيس التحرير', 'masthead'],
    // Agency and place tags.
    ['(أ ف ب)', 'agency-tag'],
    ['وكالات', 'agency-tag'],
    ['أ ش أ', 'agency-tag'],
    ['دمشق - وكالات', 'agency-tag'],
    ['عمّان/ رامي خليل/ الأنباء', 'agency-tag'],
    ['رياضة ـ محلي', 'agency-tag'],
    // Lists of other articles and widgets.
    ['قد يهمك أيضاً:', 'related'],
    ['مواضيع ذات صلة', 'related'],
    ['اقرأ أيضاً.. افتتاح جسر جديد فوق النهر', 'related'],
    ['3 تعليقات', 'comments'],
    ['إضافة تعليق', 'comments'],
    ['فيسبوك تويتر واتساب', 'share'],
    ['طباعة المقال إرسال الخبر إلى صديق', 'share'],
    ['تكبير الخط', 'print'],
    ['A+ A-', 'print'],
    ['زر الذهاب إلى الأعلى', 'back-to-top'],
    ['IMG_2045.jpg', 'picture-file'],
    ['جانب-من-الاجتماع-750x422.webp', 'picture-file'],
    ['#اقتصاد #أسواق_المال', 'hashtags'],
    ['الوسوم: اقتصاد أسواق نفط', 'hashtags'],
    ['جميع الحقوق محفوظة © 2024', 'copyright'],
    ['© 2024 صحيفة الأخبار', 'copyright'],
    ['شاهد أيضاً', 'related'],
    ['تابعونا على قناتنا في تيليجرام', 'follow'],
    ['قبل 3 ساعات', 'dateline'],
    ['الساعة 10:30 مساءً', 'dateline'],
    ['آخر تحديث: الأحد 7 أبريل 2024 - 10:30 بتوقيت مكة المكرمة', 'dateline'],
    ['تصوير: هاني سمير', 'caption'],
    ['(أرشيفية)', 'caption'],
    ['صورة أرشيفية', 'caption'],
    ['وزير المالية خلال جولته في السوق (تصوير: هاني سمير)', 'caption'],
    ['مبنى البرلمان - أرشيفية', 'caption'],
    ['الرئيسية > أخبار > اقتصاد', 'section-label'],
    ['رقم الخبر: 40312', 'section-label'],
    ['التصنيفات: اقتصاد، محليات، الساحل', 'section-label'],
    ['القسم : رياضة عربية', 'section-label'],
    ['تصفح أيضاً: افتتاح مستشفى جديد في الشمال', 'related'],
    ['◀ السابق: إغلاق طريق الساحل للصيانة   التالي ▶: افتتاح سوق الخضار', 'related'],
    ['التالي: المدارس تفتح أبوابها الأحد', 'related'],
    ['مواضيع: الكوليرا، المياه، الجنوب', 'hashtags'],
    ['في هذا المقال: 1- الأرقام 2- الخطة 3- ردود الفعل', 'widget'],
    ['عمال يرممون الجسر القديم - الصورة من بلدية المدينة', 'caption'],
    ['صورة لمدخل المستشفى الجامعي (المصدر: إدارة المستشفى)', 'caption'],
  ])('%s → %s', (line, rule) => expect(matchBoilerplate(line)).toBe(rule));

  it('a line with no Arabic letter is furniture only inside an Arabic article', () => {
    expect(matchBoilerplate('Daily Gazette', { arabic: true })).toBe('no-arabic');
    expect(matchBoilerplate('|', { arabic: true })).toBe('no-arabic');
    expect(matchBoilerplate('Daily Gazette', { arabic: false })).toBeUndefined();
    expect(matchBoilerplate('سجل الفريق GSR هدفين', { arabic: true })).toBeUndefined();
  });

  it.each([
    // A real short sentence with a date in it.
    'افتتح الوزير المعرض يوم الأحد 7 أبريل 2024.',
    'ارتفعت الأسعار 3% منذ 5 أيام',
    // A real sentence that starts with a place name and a dash.
    'دمشق - أعلنت وزارة الصحة اليوم تسجيل إصابات جديدة بالحمى.',
    'القاهرة - افتتح الرئيس المعرض.',
    // A paragraph that names a writer in a quote, or starts with a byline word.
    'كتب الشاعر في قصيدته الأخيرة: "الوطن ليس فندقاً نغادره".',
    'رئيس التحرير يستقيل من منصبه بعد عشرين عاماً.',
    'وقالت المصدر: إن المفاوضات ما زالت مستمرة حتى الآن وإن الوفدين سيلتقيان غداً.',
    // Words of the widgets inside a sentence.
    'شارك أكثر من ألف شخص في المسيرة.',
    'ونشرت الصفحة صورة IMG_2045.jpg للحادث',
    'اقرأ أيضاً التقرير الكامل على موقع الوزارة الرسمي لمعرفة التفاصيل.',
    'ارتفاع أسعار الذهب',
    'وأكد أن جميع الحقوق محفوظة للمؤلفين بموجب القانون الجديد.',
    'الحقوق محفوظة للكاتب وحده بحسب العقد.',
    'تابعوا المؤتمر الصحفي لوزير المالية اليوم على الهواء مباشرة.',
    'قبل 3 ساعات أعلنت الوزارة النتائج',
    'وعاد الأرشيف الوطني إلى مبناه الأصلي بعد الترميم.',
    'الرئيسية في نظر الخبراء هي قضية الأسعار.',
    'بتوقيت القدس بدأ الإضراب العام في المدن كلها.',
    // A speaker's line in the "X: …" style of headlines, and a sentence about a section.
    'الوزير: لا زيادة في الأسعار',
    'القسم الجديد في المستشفى يستقبل 40 مريضاً يومياً',
    'تصفح المواطنون الموقع الجديد للوزارة أمس.',
    'السابق في الترتيب هو الفريق الأهلي بفارق نقطتين.',
    'وقال الوزير في هذا المقال إن الأرقام تحسنت بنسبة 4%.',
    'ونشرت الوزارة صورة للمبنى الجديد (المصدر: موقعها الرسمي) قبل أن تحذفها.',
  ])('keeps %s', (line) => expect(matchBoilerplate(line, { arabic: true })).toBeUndefined());
});

describe('lines of parts and page tools', () => {
  it.each([
    // Parts joined by bars, dots, slashes or spaced dashes, each furniture or a short tag.
    ['حمص – الخميس 3 نيسان 2025 | 07:15 م', 'dateline'],
    ['صيدا / إعداد: ريم الخطيب', 'byline'],
    ['الموصل | تحرير: قسم الأخبار المحلية', 'byline'],
    ['طنجة - جريدة الشمال اليومية | كتب: عمر بن سالم الإدريسي', 'byline'],
    ['نُشر في: 2025-03-02 11:40 | آخر تحديث: 2025-03-02 12:05', 'dateline'],
    ['إعجاب 2.4k · مشاركة 310', 'counter'],
    ['845 مشاهدة · 7 تعليقات', 'counter'],
    ['حلب – م. ع.', 'byline'],
    ['حماة/ وكالة السهل للأنباء (سنا) - ن.ك', 'byline'],
    ['الليرة 15200 ▲ | الذهب 4,120 ▼ | النفط 79.3 ▲', 'counter'],
    ['شارك عبر: X | فيسبوك | واتساب | تيليغرام', 'share'],
    ['📎 النتائج كاملة | جدول الترتيب | الإحصاءات', 'widget'],
    // Headers of other articles with their teaser on the line, and rows of headlines.
    ['قد يهمك: افتتاح سوق جديد للخضار في المدينة', 'related'],
    ['قد يعجبك أيضاً ← المدارس تفتح أبوابها الأسبوع المقبل', 'related'],
    ['الخبر التالي « تأجيل مباراة القمة إلى الشهر المقبل', 'related'],
    ['الأكثر قراءة: زحام على الجسر • أمطار غزيرة • إغلاق طريق', 'related'],
    ['هام: تعديل مواعيد القطارات ◂ وصول شحنة قمح ◂ افتتاح معرض الكتاب', 'related'],
    // Page tools: players, polls, links, times, the weather, reading time, reader prompts.
    ['🎧 استمع إلى الخبر • 1:45 دقيقة', 'widget'],
    ['استمع إلى المقال 00:00 / 02:40', 'widget'],
    ['مدة القراءة: 4 دقائق', 'widget'],
    ['هل وجدت هذا الخبر مفيداً؟ نعم (12) لا (3)', 'widget'],
    ['هل أعجبك المقال؟ 👍 40 👎 2', 'widget'],
    ['الرابط المختصر: https://example.org/a1b2', 'widget'],
    ['أوقات الصلاة - صنعاء: الفجر 4:30 الظهر 12:01 العصر 3:20', 'widget'],
    ['الطقس في صور: 29° مشمس | الرطوبة 60%', 'widget'],
    ['للمزيد من الأخبار الرياضية على تلغرام اضغط هنا', 'widget'],
    ['سجل الدخول لكتابة تعليق', 'widget'],
    ['النشرة الاقتصادية: اشترك مجاناً', 'follow'],
    ['انضم إلى قناتنا على واتساب لتصلك الأخبار أولاً بأول', 'follow'],
    // Notes about the article or its writer, rights notices, captions with their credit.
    ['تصحيح: ذكرنا في نسخة سابقة أن الجلسة يوم الأحد، والصحيح الاثنين.', 'article-note'],
    ['نبذة عن الكاتب: صحفية تغطي شؤون البيئة منذ عشر سنوات.', 'article-note'],
    ['يُمنع نسخ هذه المادة دون ذكر المصدر', 'copyright'],
    ['جانب من الاجتماع في مقر البلدية - عدسة: باسل حداد', 'caption'],
    ['صورة لسد النهضة من الجو. المصدر: وكالة الفضاء', 'caption'],
    ['المتسابقون عند خط النهاية. (الميدان/ سامي عيسى)', 'caption'],
    ['الوسوم #صيدا #البلدية', 'hashtags'],
    // More page styles: a writer's bio, a French header, breaking-news bars, ads, a wire's end mark.
    ['سمير داود: صحافي يغطي الشؤون البلدية منذ عام 2015.', 'article-note'],
    ['À lire aussi | افتتاح مكتبة عامة جديدة في المدينة', 'related'],
    ['عاجل | الحكومة تعقد جلستها الأسبوعية صباح الغد', 'related'],
    ['مقالات قد تعجبك: بلدية المدينة تطلق حملة نظافة', 'related'],
    ['إعلان', 'widget'],
    ['نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق', 'widget'],
    ['(انتهى) م.ع/ ر.ح', 'agency-tag'],
    ['صيدا - «الجنوب اليوم» - تحرير: قسم الأخبار', 'byline'],
    ['رقم المقال: 5521 | القسم: اقتصاد', 'section-label'],
    ['تابعونا على قناة «الجنوب اليوم» في تلغرام لآخر الأخبار', 'follow'],
    ['تابعوا «الجنوب اليوم» على تطبيق الأخبار', 'follow'],
    ['التعليقات مغلقة.', 'comments'],
    ['طباعة | حجم الخط أ+ أ-', 'print'],
    ['الخميس 12 مارس 2026 م - 23 جمادى الأولى 1447 هـ', 'dateline'],
    ['310 مشاركة', 'counter'],
    ['مشاهدات 4.1K', 'counter'],
    ['[صورة: مبنى-البلدية-0312.jpg]', 'picture-file'],
    ['Mots-clés : البلدية، الانتخابات، صيدا', 'hashtags'],
    ['سامي عودة صحافي فلسطيني يكتب في الشؤون الثقافية منذ عام 2010.', 'article-note'],
    ['مبنى البلدية في وسط المدينة - أرشيفية (وفا)', 'caption'],
    ['للتواصل مع التحرير: news@example.org', 'widget'],
    ['[caption id="attachment_12" width="800"] مبنى البلدية [/caption]', 'caption'],
    ['© الموقع 2025. يُسمح بالاقتباس مع ذكر المصدر.', 'copyright'],
    ['شريط الأخبار ••• بلدية المدينة تعلن جدولاً جديداً لتوزيع المياه ••• ارتفاع أسعار الخضار في الأسواق ••• الجامعة تفتح باب التسجيل', 'related'],
  ])('%s → %s', (line, rule) => expect(matchBoilerplate(line, { arabic: true })).toBe(rule));

  it.each([
    // Parts that are sentences, or a dash inside a sentence.
    'قال الوزير - في تصريح مقتضب - إن الحكومة ستعلن خطتها الأسبوع المقبل',
    'حلب | ارتفاع عدد الإصابات بالكوليرا إلى 40 حالة',
    'ترامب - بوتين: قمة جديدة في الخريف',
    // Verbs and nouns of the page tools, used in the body.
    'استمع الوزير إلى شكاوى التجار في السوق القديم',
    'انضم اللاعب إلى صفوف الفريق في الموسم الماضي',
    'وسجلت درجات الحرارة 45° في البصرة أمس، وهي الأعلى هذا العام.',
    'هل تنجح الحكومة في خفض الأسعار؟',
    'وبدأت الجلسة عند 10:30 وانتهت عند 14:15 بعد نقاش طويل.',
    'تنص المادة على أن نشر المعلومات الكاذبة يعاقب عليه القانون.',
    'وأكد أن الخبر السابق عن إغلاق المعبر غير صحيح.',
    'عاجل الحكومة بإرسال المساعدات إلى المناطق المنكوبة قبل حلول الشتاء.',
    'تابعوا معنا تفاصيل الجلسة في التقرير التالي.',
    'انتهى الاجتماع بعد ثلاث ساعات من النقاش دون اتفاق.',
    'سامي عودة صحافي فلسطيني اعتقل أمس على حاجز قرب المدينة.',
  ])('keeps %s', (line) => expect(matchBoilerplate(line, { arabic: true })).toBeUndefined());
});

describe('foldArabic', () => {
  it('folds spelling variants for matching', () => {
    expect(foldArabic('إِظْهَار')).toBe('اظهار');
    expect(foldArabic('آمنة ومستقرة')).toBe('امنه ومستقره');
    expect(foldArabic('مستشفى الـــمدينة')).toBe('مستشفي المدينه');
    expect(foldArabic('عام ٢٠٢٥')).toBe('عام 2025');
  });
});
