/**
 * Named Arabic word lists for the check-worthiness scorer (sentence-features.ts) and the claim
 * extractor; the function words every stage shares (stop words, negations, question words) are
 * in src/lib/text/word-lists.ts.
 *
 * Every entry is written in *folded* spelling (src/lib/text/arabic-fold.ts): no tashkeel or
 * tatweel, أ إ آ ٱ → ا, word-final ى → ي and ة → ه. Match entries against `foldArabic(text)`,
 * never against raw text: "على" is written "علي", "أكد" is "اكد", "المرتبة" is "المرتبه".
 * Hamza on و and ي (ؤ ئ) is kept by the fold, so "مسؤول" stays "مسؤول".
 *
 * Single words are matched as whole tokens after stripping the proclitics each list allows
 * (see `Proclitics` in lexicon-match.ts: و/ف for verbs; و/ف + ب/ل/ك + ال for nouns). Entries with a
 * space are phrases and are matched as consecutive tokens.
 */

import type { Gender } from '../text/gender.ts';

export type VerbTense = 'past' | 'present' | 'participle';

export interface AttributionForm {
  /** Dictionary form (masculine past), folded: "قال", "اكد". */
  readonly lemma: string;
  /** Grammatical gender of the subject this form agrees with. */
  readonly gender: Gender;
  readonly tense: VerbTense;
  readonly complement: readonly string[];
  readonly object: boolean;
  readonly clauseInitial: boolean;
}

/** One lemma with its surface forms, used to build `ATTRIBUTION_VERBS`. */
interface AttributionLemma {
  readonly lemma: string;
  /** [masculine, feminine] past 3rd person singular: قال / قالت. */
  readonly past: readonly [string, string];
  /** [masculine, feminine] imperfect 3rd person singular: يقول / تقول (تـ is also 2nd person). */
  readonly present?: readonly [string, string];
  /** [masculine, feminine] active participle used as a circumstantial: مؤكدا / مؤكده. */
  readonly participle?: readonly [string, string];
  /** Prepositions that open what was said, kept with it: "أكد على ضرورة …", "أعرب عن قلقه …". */
  readonly complement?: readonly string[];
  /** What was said may follow the subject as a bare noun: "أعلنت الوزارة رصد …", "نفى الوزير وجود …". */
  readonly object?: boolean;
  /**
   * The form is also a common other word ("عبر" via, "بين" between, "طالب" student): it counts
   * as a verb only at the head of its clause.
   */
  readonly clauseInitial?: boolean;
}

const ATTRIBUTION_LEMMAS: readonly AttributionLemma[] = [
  { lemma: 'قال', past: ['قال', 'قالت'], present: ['يقول', 'تقول'], participle: ['قائلا', 'قائله'] },
  { lemma: 'اكد', past: ['اكد', 'اكدت'], present: ['يؤكد', 'تؤكد'], participle: ['مؤكدا', 'مؤكده'], complement: ['علي'], object: true },
  { lemma: 'اشار', past: ['اشار', 'اشارت'], present: ['يشير', 'تشير'], participle: ['مشيرا', 'مشيره'], complement: ['الي'] },
  { lemma: 'اوضح', past: ['اوضح', 'اوضحت'], present: ['يوضح', 'توضح'], participle: ['موضحا', 'موضحه'] },
  { lemma: 'اضاف', past: ['اضاف', 'اضافت'], present: ['يضيف', 'تضيف'], participle: ['مضيفا', 'مضيفه'] },
  { lemma: 'ذكر', past: ['ذكر', 'ذكرت'], present: ['يذكر', 'تذكر'] },
  { lemma: 'تابع', past: ['تابع', 'تابعت'], participle: ['متابعا', 'متابعه'] },
  { lemma: 'صرح', past: ['صرح', 'صرحت'], present: ['يصرح', 'تصرح'] },
  { lemma: 'اعلن', past: ['اعلن', 'اعلنت'], present: ['يعلن', 'تعلن'], participle: ['معلنا', 'معلنه'], complement: ['عن'], object: true },
  { lemma: 'كشف', past: ['كشف', 'كشفت'], present: ['يكشف', 'تكشف'], participle: ['كاشفا', 'كاشفه'], complement: ['عن'], object: true },
  { lemma: 'نقل', past: ['نقل', 'نقلت'], present: ['ينقل', 'تنقل'] },
  { lemma: 'ختم', past: ['ختم', 'ختمت'], present: ['يختم', 'تختم'] },
  { lemma: 'افاد', past: ['افاد', 'افادت'], present: ['يفيد', 'تفيد'] },
  { lemma: 'شدد', past: ['شدد', 'شددت'], present: ['يشدد', 'تشدد'], participle: ['مشددا', 'مشدده'], complement: ['علي'] },
  { lemma: 'لفت', past: ['لفت', 'لفتت'], participle: ['لافتا', 'لافته'], complement: ['الي'] },
  { lemma: 'نفي', past: ['نفي', 'نفت'], present: ['ينفي', 'تنفي'], participle: ['نافيا', 'نافيه'], object: true },
  { lemma: 'اعرب', past: ['اعرب', 'اعربت'], present: ['يعرب', 'تعرب'], participle: ['معربا', 'معربه'], complement: ['عن'] },
  { lemma: 'زعم', past: ['زعم', 'زعمت'], present: ['يزعم', 'تزعم'] },
  { lemma: 'حذر', past: ['حذر', 'حذرت'], present: ['يحذر', 'تحذر'], participle: ['محذرا', 'محذره'], complement: ['من'] },
  { lemma: 'اورد', past: ['اورد', 'اوردت'] },
  { lemma: 'عبر', past: ['عبر', 'عبرت'], participle: ['معبرا', 'معبره'], complement: ['عن'], clauseInitial: true },
  { lemma: 'بين', past: ['بين', 'بينت'], participle: ['مبينا', 'مبينه'], clauseInitial: true },
  { lemma: 'نوه', past: ['نوه', 'نوهت'], participle: ['منوها', 'منوهه'], complement: ['الي'] },
  { lemma: 'اشاد', past: ['اشاد', 'اشادت'], participle: ['مشيدا', 'مشيده'], complement: ['ب'] },
  { lemma: 'دعا', past: ['دعا', 'دعت'], present: ['يدعو', 'تدعو'], participle: ['داعيا', 'داعيه'], complement: ['الي'], object: true },
  { lemma: 'طالب', past: ['طالب', 'طالبت'], participle: ['مطالبا', 'مطالبه'], object: true, clauseInitial: true },
  { lemma: 'اكمل', past: ['اكمل', 'اكملت'] },
  { lemma: 'اتم', past: ['اتم', 'اتمت'] },
  { lemma: 'اختتم', past: ['اختتم', 'اختتمت'] },
  // "وتوقع البيان أن", "أظهرت بيانات الهيئة أن", "توصلت دراسة … إلى أن": also nouns (توقع، يظهر), so only at the head of a clause.
  { lemma: 'توقع', past: ['توقع', 'توقعت'], present: ['يتوقع', 'تتوقع'], participle: ['متوقعا', 'متوقعه'], clauseInitial: true },
  { lemma: 'اظهر', past: ['اظهر', 'اظهرت'], present: ['يظهر', 'تظهر'], object: true, clauseInitial: true },
  { lemma: 'توصل', past: ['توصل', 'توصلت'], clauseInitial: true },
  // "انتقدت النائبة … قرار الحكومة": what was criticised follows the subject.
  { lemma: 'انتقد', past: ['انتقد', 'انتقدت'], participle: ['منتقدا', 'منتقده'], object: true, clauseInitial: true },
];

/**
 * Verbs that introduce reported speech, form → { lemma, gender, tense }.
 * e.g. "قال الوزير" (masculine), "وأكدت خلال تصريحاتها" (feminine), "مضيفًا أن" (participle).
 * The extractor uses `gender` to agree the verb with its speaker.
 */
export const ATTRIBUTION_VERBS: ReadonlyMap<string, AttributionForm> = new Map(
  ATTRIBUTION_LEMMAS.flatMap((l) => {
    const rows: [string, AttributionForm][] = [];
    const shared = { lemma: l.lemma, complement: l.complement ?? [], object: l.object ?? false, clauseInitial: l.clauseInitial ?? false };
    const add = (forms: readonly [string, string] | undefined, tense: VerbTense): void => {
      if (forms === undefined) return;
      rows.push([forms[0], { ...shared, gender: 'm', tense }]);
      rows.push([forms[1], { ...shared, gender: 'f', tense }]);
    };
    add(l.past, 'past');
    add(l.present, 'present');
    add(l.participle, 'participle');
    return rows;
  }),
);

/**
 * Prepositional attributions: "وفق تقارير", "وفقًا لـ", "حسب تقديرها", "بحسب رأيه",
 * "نقلًا عن مصادر", "على لسان المتحدث". Only the conjunction و is stripped before them
 * (so "فحسب", "only", does not match حسب).
 */
export const ATTRIBUTION_PREPOSITIONS: readonly string[] = [
  'وفق',
  'وفقا',
  'حسب',
  'بحسب',
  'حسبما',
  'بحسبما',
  'طبقا',
  'نقلا عن',
  'علي لسان',
  'استنادا الي',
  'بناء علي',
  'نسبه الي',
];

/**
 * Verbs and phrases of opinion or belief: "ويرى مراقبون أن", "تعتقد", "يعتبر",
 * "يذهب … إلى أن", "يرجح", "يقدر", "في رأيي". Also used as a negative signal: opinions are
 * rarely check-worthy as stated.
 */
export const OPINION_VERBS: readonly string[] = [
  // Describing and giving a cause read meaning into events: "وصفت النائبة الخطة بأنها …", "أرجع الجهاز التراجع إلى …".
  'وصف',
  'وصفت',
  'يصف',
  'تصف',
  'واصفا',
  'واصفه',
  'ارجع',
  'ارجعت',
  'عزا',
  'عزت',
  'يعزو',
  'تعزو',
  'يري',
  'تري',
  'يرون',
  'اري',
  'نري',
  'يعتقد',
  'تعتقد',
  'يعتقدون',
  'اعتقد',
  'نعتقد',
  'يعتبر',
  'تعتبر',
  'يعتبرون',
  'اعتبر',
  'اعتبرت',
  'معتبرا',
  'معتبره',
  // رأى / رأت (the noun رأي folds the same: a verb only at the head of its clause, see OPINION_AT_CLAUSE_HEAD).
  'راي',
  'رات',
  'يرجح',
  'ترجح',
  'يقدر',
  'تقدر',
  'يظن',
  'تظن',
  'اظن',
  'يبدو',
  'في رايي',
  'في رايه',
  'في رايها',
  'بحسب رايه',
  'بحسب رايها',
  'من وجهه نظري',
  'من وجهه نظره',
];

/** Opinion verbs that are also common nouns ("رأي"): verbs only at the head of their clause. */
export const OPINION_AT_CLAUSE_HEAD: readonly string[] = ['راي'];

/**
 * "يذهب / تذهب / يذهبون … إلى أن" with up to three words between (built in sentence-features.ts).
 * e.g. "ويذهب بعض المحللين إلى أن".
 */
export const OPINION_GO_VERBS: readonly string[] = ['يذهب', 'تذهب', 'يذهبون', 'ذهب', 'ذهبت'];

/**
 * Verbs reporting a concrete, datable event: "وصل قائد الجيش", "زار", "التقى", "استقبل",
 * "وقّع" (folded "وقع", also "occurred"), "أسفرت عن توقيع", "عقد", "شهد", "أعلن", "أرسل".
 */
export const EVENT_VERBS: readonly string[] = [
  'وصل',
  'وصلت',
  'زار',
  'زارت',
  'التقي',
  'التقت',
  'استقبل',
  'استقبلت',
  'وقع',
  'وقعت',
  'يوقع',
  'عقد',
  'عقدت',
  'شهد',
  'شهدت',
  'اعلن',
  'اعلنت',
  'ارسل',
  'ارسلت',
  'يرسل',
  'اطلق',
  'اطلقت',
  'افتتح',
  'افتتحت',
  'اصدر',
  'اصدرت',
  'قرر',
  'قررت',
  'اقر',
  'اقرت',
  'وافق',
  'وافقت',
  'فرض',
  'فرضت',
  'سجل',
  'سجلت',
  'بلغ',
  'بلغت',
  'ارتفع',
  'ارتفعت',
  'انخفض',
  'انخفضت',
  'تراجع',
  'تراجعت',
  'بدا',
  'بدات',
  'غادر',
  'غادرت',
  'اعتقل',
  'اعتقلت',
  'قتل',
  'قتلت',
  'اصيب',
  'اصيبت',
  'توفي',
  'نفذ',
  'نفذت',
  'تسلم',
  'تسلمت',
  'تم',
  'اسفرت عن توقيع',
  'اسفر عن توقيع',
  'اسفرت عن',
];

/**
 * Words that place something in a ranking: "يحتل المرتبة الثانية عشرة", "في المركز الأول",
 * "الترتيب", "يُصنَّف ضمن أقوى".
 */
export const RANKING_WORDS: readonly string[] = [
  'المرتبه',
  'المراتب',
  'المركز',
  'الترتيب',
  'تصنيف',
  'يحتل',
  'تحتل',
  'احتل',
  'احتلت',
  'يصنف',
  'تصنف',
  'صنف',
  'صنفت',
  'ضمن',
  'تتصدر',
  'يتصدر',
  'تصدر',
  'تصدرت',
];

/**
 * Superlatives and comparatives: "أقوى الجيوش", "أكبر", "أكثر", "أول زيارة", "الوحيد",
 * "الوحيدة", "أبرز", "أعلى", "أقل". The general pattern أفعل is detected in sentence-features.ts.
 */
export const SUPERLATIVES: readonly string[] = [
  'اقوي',
  'اكبر',
  'اكثر',
  'اول',
  'الوحيد',
  'الوحيده',
  'ابرز',
  'اعلي',
  'اقل',
  'ادني',
  'اهم',
  'اشد',
  'افضل',
  'اسوا',
  'اخطر',
  'اضخم',
  'اعظم',
  'اطول',
  'اقصر',
  'اسرع',
  'اقدم',
  'احدث',
  'اغني',
  'افقر',
  'الاول',
  'الاولي',
  'الكبري',
  'العظمي',
  'القصوي',
];

/** Hedges that weaken a claim: "قد يسهم", "ربما", "يرجح", "من المحتمل", "لعل". */
export const HEDGES: readonly string[] = [
  'قد',
  'ربما',
  'يرجح',
  'ترجح',
  'من المرجح',
  'من المحتمل',
  'يحتمل',
  'محتمل',
  'احتمال',
  'لعل',
  'لعله',
  'من الممكن',
  'يبدو',
  'علي ما يبدو',
];

/**
 * Words about the future: "من شأنها", "مستقبلًا", "المقبل", "القادم", "يتوقع", "لن", "سوف".
 * The سـ prefix on an imperfect verb (سيظل، ستكون، سيتم) is detected in sentence-features.ts with
 * `FUTURE_PREFIX_STOPLIST`.
 */
export const FORECAST_MARKERS: readonly string[] = [
  'من شانها',
  'من شانه',
  'مستقبلا',
  'المقبل',
  'المقبله',
  'القادم',
  'القادمه',
  'يتوقع',
  'تتوقع',
  'يتوقعون',
  'من المتوقع',
  'متوقع',
  'لن',
  'سوف',
  'غدا',
];

/**
 * Words that begin with س followed by an imperfect prefix (ي ت ن) but are nouns or
 * adjectives, not future verbs: "سياسي", "سيارة", "سيطرة", "سنة", "ستة".
 * Matched as prefixes of the folded token (after و/ف/ب/ل/ال are stripped).
 */
export const FUTURE_PREFIX_STOPLIST: readonly string[] = [
  'سياس',
  'سيار',
  'سيطر',
  'سيد',
  'سير',
  'سيف',
  'سيل',
  'سينا',
  'سينم',
  'سيول',
  'سيبير',
  'سيئ',
  'سيا',
  'ستين',
  'سته',
  'ستار',
  'ستر',
  'ستوك',
  'ستا',
  'سنه',
  'سنو',
  'سنين',
  'سنت',
  'سند',
  'سنغ',
  'سنا',
  'سني',
  'سنم',
];

/**
 * A word (folded, conjunction removed) that is an imperfect verb with the future prefix سـ:
 * "سيظل", "ستكون", "سنعمل"; not "سياسة" or "سنة" (FUTURE_PREFIX_STOPLIST). Used by the
 * scorer's features and by the kind classifier, so both read the future the same way.
 */
export const isFutureVerbForm = (word: string): boolean => /^س[يتن][\u0621-\u064A]{2,}$/u.test(word) && !FUTURE_PREFIX_STOPLIST.some((p) => word.startsWith(p));

/**
 * Unnamed or vague sources: "يرى مراقبون", "محللون", "ويرجح خبراء", "مصادر مطلعة",
 * "عدة وسائل محلية", "وسائل إعلام", "مسؤولون".
 */
export const UNNAMED_SOURCES: readonly string[] = [
  'مراقبون',
  'مراقبين',
  'محللون',
  'محللين',
  'خبراء',
  'مصادر',
  'مصدر مطلع',
  'مصدر مسؤول',
  'وسائل اعلام',
  'وسائل الاعلام',
  'وسائل محليه',
  'وسائل اعلاميه',
  'مسؤولون',
  'مسؤولين',
  'مسئولون',
  'شهود عيان',
  'ناشطون',
  'ناشطين',
  'متابعون',
  'انباء',
  'تقارير',
  'يقال',
];

/**
 * Head nouns of a body that speaks for itself (folded, without ال): "وزارة الصحة السعودية",
 * "البنك المركزي", "الجهاز المركزي للإحصاء", "خلية الإعلام الأمني". The head is followed by its
 * genitives and adjectives; "الخارجية", "الداخلية" stand for their ministry.
 */
export const INSTITUTION_HEADS: readonly string[] = [
  'وزاره',
  'مكتب',
  'مجلس',
  'حكومه',
  'هيئه',
  'وكاله',
  'جيش',
  'قياده',
  'سفاره',
  'قنصليه',
  'برلمان',
  'منظمه',
  'امم',
  'رئاسه',
  'شركه',
  'بنك',
  'مصرف',
  'جهاز',
  'مفوضيه',
  'شرطه',
  'نيابه',
  'محكمه',
  'خليه',
  'لجنه',
  'مديريه',
  'اداره',
  'دائره',
  'سلطه',
  'مصلحه',
  'بيت',
  'خارجيه',
  'داخليه',
  'دفاع',
  'صندوق',
  'مؤسسه',
  'نقابه',
  'اتحاد',
  'قناه',
  'صحيفه',
  'موقع',
  'جامعه',
  'مركز',
  'معهد',
  'امانه',
  'بلديه',
  'محافظه',
  'ديوان',
  'حزب',
  'حركه',
  'تحالف',
  // Associations, observatories, laboratories, federations, colleges, chambers, hospitals.
  'جمعيه',
  'رابطه',
  'مرصد',
  'مخبر',
  'مختبر',
  'اتحاديه',
  'كليه',
  'غرفه',
  'مستشفي',
  'منتدي',
  'ائتلاف',
  'كتله',
  'بعثه',
];

/**
 * Head nouns of a person's role (folded, without ال; feminine forms listed): "وزير الخارجية",
 * "المتحدث باسم …", "مدرب المنتخب", "وكيلة الوزارة". A name may follow the role, with or
 * without a comma.
 */
export const ROLE_HEADS: readonly string[] = [
  'وزير',
  'وزيره',
  'عضو',
  'عضوه',
  'متحدث',
  'متحدثه',
  'ناطق',
  'ناطقه',
  'اكاديمي',
  'محلل',
  'خبير',
  'قائد',
  'نائب',
  'نائبه',
  'رئيس',
  'رئيسه',
  'سفير',
  'سفيره',
  'مدير',
  'مديره',
  'مستشار',
  'مستشاره',
  'باحث',
  'باحثه',
  'كاتب',
  'صحفي',
  'اعلامي',
  'استاذ',
  'مبعوث',
  'امين',
  'مسؤول',
  'مسؤوله',
  'زعيم',
  'ناشط',
  'ناشطه',
  'محافظ',
  'مدرب',
  'وكيل',
  'وكيله',
  'مساعد',
  'حاكم',
  'مندوب',
  'ممثل',
  'نقيب',
  'منسق',
  'مفتي',
  'قاضي',
];

/** Titles that stand before a name, after any role (folded, as written): "اللواء", "الدكتور", "المهندس". */
export const NAME_TITLES: readonly string[] = [
  'المشير',
  'الفريق',
  'اول',
  'ركن',
  'اللواء',
  'العميد',
  'العقيد',
  'الجنرال',
  'الدكتور',
  'الدكتوره',
  'د',
  'الشيخ',
  'السيد',
  'السيده',
  'المهندس',
  'المهندسه',
  'الاستاذ',
  'الاستاذه',
  'القاضي',
  'المستشار',
];

/**
 * Heads of an unnamed source, with the adjectives after them: "مصدر قضائي", "مصادر مطلعة",
 * "صحف محلية", and groups named by what they do: "محللون", "المستثمرون", "خبراء اقتصاد".
 */
export const UNNAMED_HEADS: readonly string[] = [
  'مصدر',
  'مصادر',
  'صحف',
  'وسائل',
  'تقارير',
  'اوساط',
  'شهود',
  'محللون',
  'محللين',
  'مراقبون',
  'مراقبين',
  'خبراء',
  'مسؤولون',
  'مسؤولين',
  'ناشطون',
  'ناشطين',
  'مستثمرون',
  'مستثمرين',
  'متعاملون',
  'متابعون',
  'مختصون',
  'سكان',
];

/**
 * Nouns of an attribution frame after في / خلال / عبر / ل: "في بيان", "في تصريحات صحفية",
 * "خلال مؤتمر صحفي", "عبر حسابه", "في حديث لـ …". The frame belongs to the attribution.
 */
export const FRAME_NOUNS: readonly string[] = [
  'بيان',
  'تصريح',
  'تصريحات',
  'مؤتمر',
  'حديث',
  'كلمه',
  'لقاء',
  'مقابله',
  'احاطه',
  'تغريده',
  'منشور',
  'رساله',
  'حساب',
  'حسابه',
  'حسابها',
  'منصه',
  'ندوه',
  'اجتماع',
  'جلسه',
  'عرض',
  'وقت',
  'ختام',
  'مستهل',
  'معرض',
  'اتصال',
  'تقرير',
  'صفحته',
  'صفحتها',
  // Documents a body issues: "في بلاغ", "وأوضح البلاغ أن", "وبحسب البيانات", "وتشير الدراسة إلى أن".
  'بلاغ',
  'بيانات',
  'دراسه',
  'احصاءات',
  'ارقام',
  'معطيات',
];

/** Words between a subject and what it said that are neither: "اليوم", "مجددا", "بدوره", "حينها". */
/** Words inside a name that join its parts: "عبد الله", "سلطان بن ناصر", "محمد ولد أحمد", "أبو زيد". */
export const NAME_JOINER_WORDS: readonly string[] = ['بن', 'ابن', 'بنت', 'ولد', 'عبد', 'ابو'];

export const SUBJECT_ADVERBS: readonly string[] = [
  // "وقالت العتيبي عقب السباق:", "إثر الاجتماع": a time after the subject, never part of a name.
  'عقب',
  'اثر',
  'اليوم',
  'امس',
  'مجددا',
  'ايضا',
  'كذلك',
  'بدوره',
  'بدورها',
  'حينها',
  'سابقا',
  'مؤخرا',
  'الليله',
  'صباح',
  'مساء',
  'الاحد',
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعه',
  'السبت',
  'نفسه',
  'نفسها',
  'جانبه',
  'جانبها',
  'جهته',
  'جهتها',
  'قد',
];

/**
 * Official actors and institutions, a proper-noun-ish signal: "الرئيس", "وزير الدفاع",
 * "وزارة الصحة", "منظمة الصحة العالمية", "المتحدث باسم", "المشير".
 */
export const OFFICIAL_ACTORS: readonly string[] = [
  'رئيس',
  'الرئيس',
  'وزير',
  'الوزير',
  'وزاره',
  'الوزاره',
  'حكومه',
  'الحكومه',
  'المتحدث',
  'متحدث',
  'منظمه',
  'المنظمه',
  'البرلمان',
  'مجلس',
  'المجلس',
  'جامعه',
  'الجامعه',
  'شركه',
  'الشركه',
  'الجيش',
  'جيش',
  'الشرطه',
  'النائب',
  'السفير',
  'سفير',
  'المشير',
  'الجنرال',
  'قائد',
  'القائد',
  'الامم المتحده',
  'السلطات',
  'هيئه',
  'الهيئه',
  'مركز',
  'معهد',
  'محكمه',
  'المحكمه',
  'الملك',
  'الامير',
  'ولي العهد',
  'رئيس الوزراء',
  'البنك',
  'بنك',
];

/**
 * A short, generic list of countries and large cities (folded, without ال where the name
 * takes it: "العراق" is listed as "العراق"). e.g. "باكستان", "ليبيا", "بنغازي".
 */
export const PLACE_NAMES: readonly string[] = [
  'مصر',
  'السعوديه',
  'العراق',
  'سوريا',
  'سوريه',
  'لبنان',
  'الاردن',
  'فلسطين',
  'اسرائيل',
  'ليبيا',
  'تونس',
  'الجزائر',
  'المغرب',
  'السودان',
  'اليمن',
  'عمان',
  'قطر',
  'الكويت',
  'البحرين',
  'الامارات',
  'ايران',
  'تركيا',
  'باكستان',
  'الهند',
  'الصين',
  'روسيا',
  'اوكرانيا',
  'امريكا',
  'الولايات المتحده',
  'واشنطن',
  'بريطانيا',
  'لندن',
  'فرنسا',
  'باريس',
  'المانيا',
  'برلين',
  'ايطاليا',
  'اسبانيا',
  'اليابان',
  'كوريا',
  'البرازيل',
  'افريقيا',
  'اوروبا',
  'اسيا',
  'القاهره',
  'الرياض',
  'بغداد',
  'دمشق',
  'بيروت',
  'القدس',
  'غزه',
  'طرابلس',
  'بنغازي',
  'الخرطوم',
  'صنعاء',
  'الدوحه',
  'دبي',
  'ابوظبي',
  'موسكو',
  'بكين',
  'انقره',
  'اسطنبول',
  'طهران',
  'ووهان',
];

/**
 * Nouns of counted things and units, which make a number verifiable: "مليون دولار",
 * "نسبة", "حالة", "قتيلًا", "برميل".
 */
export const QUANTITY_NOUNS: readonly string[] = [
  'مليون',
  'ملايين',
  'مليار',
  'مليارات',
  'الف',
  'الاف',
  'دولار',
  'دولارا',
  'يورو',
  'جنيه',
  'دينار',
  'ريال',
  'درهم',
  'ليره',
  'كيلومتر',
  'كيلو',
  'متر',
  'طن',
  'برميل',
  'نسبه',
  'بالمئه',
  'بالمائه',
  'حاله',
  'حالات',
  'اصابه',
  'اصابات',
  'وفاه',
  'وفيات',
  'قتيل',
  'قتيلا',
  'قتلي',
  'جريح',
  'جرحي',
  'ضحايا',
  'شخص',
  'شخصا',
  'اشخاص',
  'مواطن',
  'مواطنا',
  'مواطنين',
];

/**
 * Words naming evidence or official documents: "تقرير", "دراسة", "إحصائية", "بيان",
 * "رسميًا", "وثائق".
 */
export const EVIDENCE_WORDS: readonly string[] = [
  'تقرير',
  'التقرير',
  'دراسه',
  'الدراسه',
  'دراسات',
  'احصاء',
  'احصائيه',
  'احصائيات',
  'بيانات',
  'ارقام',
  'بيان',
  'البيان',
  'رسميا',
  'رسمي',
  'رسميه',
  'وثيقه',
  'وثائق',
  'استطلاع',
  'مسح',
];

/** First-person pronouns and forms: "أنا", "نحن", "إننا", "لدينا", "عندنا". */
export const FIRST_PERSON: readonly string[] = ['انا', 'نحن', 'احنا', 'اني', 'انني', 'اننا', 'لنا', 'عندي', 'عندنا', 'لدي', 'لدينا', 'علينا', 'بلادنا', 'نفسي'];

/** Words ending in ـنا that are not first person: "كورونا", "هنا", "حسنا". */
export const NA_SUFFIX_STOPLIST: readonly string[] = [
  'كورونا',
  'هنا',
  'ههنا',
  'حسنا',
  'فيينا',
  'اثينا',
  'سنا',
  'فنا',
  'مينا',
  'لبنا',
  'امنا',
  'ثمنا',
  'زمنا',
  'بطنا',
  'لحنا',
  'ركنا',
  'حصنا',
  'دينا',
];

/** Second-person pronouns and forms: "أنت", "أنتم", "لكم", "عليكم". */
export const SECOND_PERSON: readonly string[] = ['انت', 'انتي', 'انتم', 'انتما', 'انتن', 'لك', 'لكم', 'عليك', 'عليكم', 'منكم', 'اليكم', 'عندك', 'عندكم'];

/** Vocatives and invocations: "يا", "اللهم", "يا رب", "الحمد لله", "إن شاء الله". */
export const INVOCATIONS: readonly string[] = [
  'يا',
  'يارب',
  'اللهم',
  'ربي',
  'ربنا',
  'الحمد لله',
  'الحمدلله',
  'ان شاء الله',
  'انشاء الله',
  'ما شاء الله',
  'ماشاء الله',
  'سبحان الله',
  'حسبي الله',
  'حسبنا الله',
  'رحمه الله',
  'الله اكبر',
  'لا اله الا الله',
  'استغفر الله',
  'بارك الله',
];

/**
 * Imperatives addressed to the reader: "شاركوا", "انشروا", "ادعموا", "قاطعوا", "لا تنسوا".
 */
export const IMPERATIVES: readonly string[] = [
  'شاركوا',
  'انشروا',
  'ادعموا',
  'قاطعوا',
  'ساهموا',
  'ادعوا',
  'لا تنسوا',
  'اتقوا',
  'انظروا',
  'تخيلوا',
  'احذروا',
  'ابقوا',
  'الزموا',
  'انتبهوا',
  'تذكروا',
  'اقرا',
  'اقراوا',
  'شاهد',
  'شاهدوا',
];

/**
 * Evaluative or emotive words that mark an opinion rather than a fact: "عار", "خيانة",
 * "للأسف", "رائع", "مرتزقة".
 */
export const EVALUATIVE_WORDS: readonly string[] = [
  'عار',
  'العار',
  'خيانه',
  'الخيانه',
  'خائن',
  'خونه',
  'مرتزقه',
  'حقير',
  'تافه',
  'سفيه',
  'الخزي',
  'تبا',
  'للاسف',
  'مع الاسف',
  'مسكين',
  'رائع',
  'جميل',
  'اجمل',
  'عظيم',
  'فخر',
  'نفتخر',
  'مبروك',
  'شكرا',
  'كلاب',
  'الكلاب',
  'مجرم',
  'مجرمين',
  'فاسد',
  'فاشل',
  'مهزله',
  'عيب',
  'حب',
  'احب',
  'قلبي',
];

/** Colloquial (dialect) markers, rare in news prose: "مش", "ليش", "هيك", "عشان", "اللي". */
export const DIALECT_MARKERS: readonly string[] = [
  'مش',
  'مو',
  'شو',
  'ايش',
  'وش',
  'ليش',
  'هيك',
  'كده',
  'كدا',
  'عشان',
  'علشان',
  'بدي',
  'ابي',
  'يبي',
  'اللي',
  'هذول',
  'مافي',
  'زي',
  'برضو',
  'اوي',
  'ده',
  'دي',
  'ايه',
];

/**
 * Four-letter words of the form أفعل that are not comparatives, e.g. "امام", "ايضا", "اخبار" is
 * five letters and never matches. Used by the أفعل pattern in sentence-features.ts.
 */
export const AFAL_STOPLIST: readonly string[] = [
  'امام',
  'ايضا',
  'اذا',
  'انها',
  'انهم',
  'انني',
  'اننا',
  'اجل',
  'اثر',
  'اطار',
  'اساس',
  'اخير',
  'اسره',
  'ابدا',
  'امس',
  'امسي',
  'انتم',
  'اليه',
  'اليك',
  'الان',
  'اخري',
  'امير',
  'اسلم',
  'اعلن',
  'اكد',
  'اوضح',
  'اضاف',
  'اشار',
  'ارسل',
  'اصدر',
  'اطلق',
  'اعرب',
  'اورد',
  'اقرت',
  'امين',
  'اهل',
  'احمد',
  'اسعد',
  'اشرف',
  'اكرم',
  'انور',
  'امجد',
  'اسود',
  'ابيض',
  'احمر',
  'اخضر',
  'اصفر',
  'ازرق',
  'ارسل',
  'انشا',
  'اقام',
  'اجري',
  'اكمل',
  'اعطي',
  'اعاد',
  'اراد',
  'ابلغ',
  'اصبح',
  'امكن',
  'ابري',
  'اجبر',
  'احرز',
  'ادان',
  'ادلي',
  'اتهم',
  'افاد',
  'اثار',
];

/**
 * Stems that may never become learned `word:` features of the scorer (scripts/fit-scorer.ts):
 * names of the training data's topics (diseases and the COVID-19 outbreak, the "deal of the
 * century") and of places, nationalities and peoples. They predict the label only through the
 * news cycle of the training tweets, not through how a claim is phrased. Stems of PLACE_NAMES
 * are excluded as well, by the fitting script.
 */
export const LEARNED_WORD_STOPLIST: readonly string[] = [
  // diseases, the outbreak, vaccines
  'كورونا',
  'فيروس',
  'بفيروس',
  'يروس',
  'كوفيد',
  'مستجد',
  'وهان',
  'انفلونزا',
  'مناعه',
  'اعراض',
  'لقاح',
  'قاح',
  'لقاحات',
  'وباء',
  'جائحه',
  'تطعيم',
  'كمامات',
  'حجر',
  // the "deal of the century" and other named events
  'صفقه',
  'قرن',
  'بدون',
  // places, nationalities, peoples
  'جزائر',
  'سودان',
  'ايطالي',
  'ايطاليا',
  'ايطاليه',
  'صين',
  'صيني',
  'صينيه',
  'برلين',
  'اسرائيل',
  'عرب',
  'عربي',
  'عربيه',
  'متحده',
  'ولايات',
  'امريكا',
  'امريكي',
  'امريكيه',
  'ايران',
  'ايراني',
  'كويت',
  'كويتي',
  'سعوديه',
  'سعودي',
  'مصر',
  'مصري',
  'قطر',
  'قطري',
  'امارات',
  'تركيا',
  'روسيا',
  'فلسطين',
  'قدس',
  'يهود',
  'لبنان',
  'عراق',
  'سوريا',
  'اردن',
  'يمن',
  'ليبيا',
  'تونس',
  'مغرب',
  'اوروبا',
  'جوف',
];
