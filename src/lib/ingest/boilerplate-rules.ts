/**
 * Lines that scrapers pick up from the page around an article: widgets, counters, menus,
 * datelines, bylines, agency tags, picture file names. Each rule names a *class* of line and
 * matches a *whole* line (after folding, see foldArabic), so a sentence that merely mentions
 * sharing, a date or a writer is never removed. docs/ingest.md lists these rules; add a rule
 * here, with a test both ways, rather than editing a seed by hand. Rules that need the lines
 * around a line (teasers after "اقرأ أيضاً", captions, lines above the headline) live in
 * structure.ts.
 */
import { countWords } from './count-words.ts';
import type { BoilerplateRule } from '../schemas/article.ts';
import { foldArabic } from '../text/arabic-fold.ts';
import { isDateline } from './dateline.ts';

interface Rule {
  name: BoilerplateRule;
  /** Applied to the folded line, so written in folded spelling: no tashkeel, أ/إ/آ → ا, final ة → ه and ى → ي ("علي" for على), ASCII digits. */
  pattern: RegExp;
}

const SOCIAL =
  'فيسبوك|فيس بوك|تويتر|اكس|واتساب|واتس اب|تيليجرام|تيليغرام|تلجرام|تلغرام|لينكد ان|انستغرام|انستجرام|يوتيوب' +
  '|facebook|twitter|whatsapp|telegram|linkedin|email|x';
const PRINT_PHRASE = '(طباعه|حفظ|ارسال|ارسل)( (الخبر|المقال|الصفحه))?|(حجم|تكبير|تصغير) الخط|[+-]?[aا][+-]?|print';
const SHARE_PHRASE = [
  '(شارك|شاركوا|مشاركه|انشر)( (الخبر|المقال|المقاله|الموضوع|هذا الخبر|(علي|عبر)( \\S+( \\S+)?)?))?',
  '(ارسال|ارسل) (الخبر|المقال) (الي|ل) ?صديق|نسخ الرابط',
  SOCIAL,
  'share( (this|on \\S+))?',
].join('|');
/** A row of one or more widget phrases: "طباعة الخبر طباعة الخبر", "فيسبوك تويتر واتساب", "شارك: فيسبوك | تويتر". */
const row = (phrase: string) => new RegExp(`^((${phrase})[ |•·:-]*)+$`, 'i');
/** A count as a page prints it: "1284", "1,284", "١٬٢٨٤" (digits already folded to ASCII). */
const COUNT = '\\d[\\d,.\u066C]*[kKmM]?';
/** An emoji or symbol before a widget's label: "👁 1,284", "📞 للاستفسار: …". */
const ICON = '(\\p{Extended_Pictographic}\\uFE0F? ?)*';
/** Words that label a page's view counter: "المشاهدات", "عدد القراءات", "زيارات", "Views". */
const VIEWS = '(عدد )?(ال)?(مشاهدات|مشاهده|قراءات|قراءه|زيارات|زياره|مشاركه|مشاركات|اعجاب|اعجابات)|views|reads|hits|likes|shares';
/** A telephone number: "117116", "+962 6 555 1234", "06-5551234". */
const PHONE = '\\+?\\d[\\d -]{1,18}\\d';
/** Words that label a contact box: "هاتف", "للاستفسار", "للإبلاغ عن …", "الخط الساخن", "Tel". */
const CONTACT_LABEL = [
  '(ال)?(هاتف|تلفون|تليفون|جوال|موبايل|فاكس|واتساب|خط الساخن)|رقم (ال)?(هاتف|جوال|طوارئ|واتساب)',
  'اتصل|اتصلوا|للاتصال|للتواصل|للاستفسار|للاستفسارات|للابلاغ|للشكاوي|للطوارئ|tel|phone|fax',
].join('|');

/** Headers of a list of other articles: "اقرأ أيضاً", "طالع كذلك", "قد يهمك", "قد يعجبك أيضاً". */
const RELATED_HEADER = [
  '((اظهار|عرض|اخفاء|المزيد من) )?(اخبار|مقالات|مواضيع|قصص) (متعلقه|ذات صله|مشابهه|مقترحه)',
  '(اقرا|طالع|شاهد|تصفح) (ايضا|كذلك|المزيد)|((اخبار|مقالات|مواضيع) )?قد (يهمك|يعجبك|تهمك|تعجبك)( ايضا)?',
  '(اخر|احدث) الاخبار|الاكثر (قراءه|مشاهده)|اخبار عاجله|(الخبر|المقال|الموضوع) (السابق|التالي)',
  '([aà] )?lire aussi|voir aussi|read also',
  // A breaking-news bar: "عاجل | …", "شريط الأخبار: … ... …".
  'عاجل|شريط الاخبار',
].join('|');
const LIST_HEADER = new RegExp(`^(${RELATED_HEADER})$`, 'iu');

/**
 * A header of a list of other articles, right above its items ("اقرأ أيضاً", "أخبار متعلقة",
 * "قد يهمك"); a show/hide toggle ("إظهار أخبار متعلقة") has no items under it.
 */
export const isListHeader = (text: string): boolean => {
  const folded = foldArabic(text).replace(/[.:!؛،]+$/u, '');
  return LIST_HEADER.test(folded) && !/^(اظهار|عرض|اخفاء) /u.test(folded);
};
/** A call to subscribe or join ("اشترك", "انضم إلى"), and the channel it names ("نشرتنا", "قناتنا على تيليغرام", "مجاناً"). */
const SUBSCRIBE = '(^|[ :])(ل?(اشترك|اشتركوا|انضم|انضموا)|للاشتراك)( |$)';
const CHANNEL = `(ال)?(نشره|نشرتنا|قناه|قناتنا|تطبيق|تطبيقنا|بريد|صفحتنا|مجانا|newsletter)|${SOCIAL}`;

/** The label of a photo credit: "المصدر", "تصوير", "عدسة", "بعدسة", "الصورة". */
const CREDIT_LABEL = '((ال)?(مصدر|صوره)|تصوير|ب?عدسه)';

const RULES: readonly Rule[] = [
  // A number alone on a line: view, like or comment counters ("0", "123", "١٢").
  { name: 'counter', pattern: /^\d+$/ },
  // A labelled view counter: "المشاهدات: 1,284", "عدد القراءات 320", "👁 1,284", "1,284 مشاهدة".
  {
    name: 'counter',
    pattern: new RegExp(`^${ICON}${COUNT}$|^${ICON}(${VIEWS}) ?:? ?${COUNT}( (مره|مرات))?$|^${COUNT} (${VIEWS})$`, 'iu'),
  },
  // A contact box: a phone icon or a contact label, a few words, then only a telephone number:
  // "📞 للاستفسار: 065551234", "هاتف: +962 6 555 1234", "للإبلاغ عن الحوادث 199".
  {
    name: 'contact',
    pattern: new RegExp(`^${ICON}(${CONTACT_LABEL})( \\S+){0,4} ?[:-]? ?${PHONE}$|^(📞|☎|📱|📠)\\uFE0F? ?(\\S+ ){0,5}?:? ?${PHONE}$`, 'iu'),
  },
  // Print and font-size tools: "طباعة", "تكبير الخط", "A+ A-".
  { name: 'print', pattern: row(PRINT_PHRASE) },
  // "شارك الخبر", "مشاركة", "شارك على فيسبوك", "فيسبوك تويتر واتساب", "ارسال الخبر الى صديق", "Share".
  { name: 'share', pattern: row(`${SHARE_PHRASE}|${PRINT_PHRASE}`) },
  // "اظهار أخبار متعلقة", "أخبار ذات صلة", "اقرأ أيضا", "قد يهمك", "الأكثر قراءة", "Related";
  // and a teaser written on the same line as its header: "اقرأ أيضاً.. عنوان خبر آخر".
  {
    name: 'related',
    pattern: new RegExp(
      [
        `^(${RELATED_HEADER})$`,
        // Any of those headers, then a separator and the teaser: "قد يهمك: …", "قد يعجبك أيضاً ← …".
        `^([«»‹›←→] ?)?(${RELATED_HEADER}) ?(\\.{2,}|…|:|-|–|—|←|→|»|«|\\|) ?\\S.*$`,
        '^(related|read more|see also)( (news|articles|stories))?$',
        // The previous/next article links: "◀ السابق: … التالي ▶: …".
        '^([◀▶«»‹›←→] ?)?(السابق|التالي)( ?[◀▶«»‹›←→])? ?: ?\\S',
      ].join('|'),
      'i',
    ),
  },
  // "التعليقات (0)", "تعليقات", "أضف تعليقك", "0 تعليق", "إضافة تعليق", "Comments (3)".
  {
    name: 'comments',
    pattern: /^(التعليقات|تعليقات|تعليق|اضف تعليق|اضف تعليقك|اضافه تعليق|اترك تعليقا|comments?)( ?\(\d*\)| مغلقه| مغلق)?$|^\d+ (تعليق|تعليقات|comments?)$/i,
  },
  // "تابعنا على ...", "تابعونا", "Follow us".
  { name: 'follow', pattern: /^(تابعنا|تابعونا|تابعوا)( علي \S+( \S+){0,3})?$|^follow us( on \S+)?$/i },
  // "تابعوا قناة … على يوتيوب وإنستغرام": a follow prompt that names a network, short and without a full stop.
  { name: 'follow', pattern: new RegExp(`^(تابعنا|تابعونا|تابعوا)(?=( \\S+){1,13}$)(?=.*[ و](${SOCIAL}|${CHANNEL})( |$))`, 'i') },
  // An advertisement's label: "إعلان", "مساحة إعلانية", "محتوى ممول", "Advertisement".
  { name: 'widget', pattern: /^(اعلان|اعلانات|مساحه اعلانيه|محتوي (ممول|مدفوع|برعايه)|advertisement|sponsored|publicite)$/i },
  // A wire story's end mark, with the editors' initials: "(انتهى) ح.ع/ س.م", "-انتهى-".
  { name: 'agency-tag', pattern: /^[(\-–]?\s*انتهي\s*[)\-–]?( [\p{L}. /]{0,20})?$/u },
  // "زر الذهاب إلى الأعلى", "العودة إلى الأعلى", "Back to top".
  { name: 'back-to-top', pattern: /^((زر )?(الذهاب|العوده|الرجوع|انتقل) )?(الي|لل)( ال)?اعلي( الصفحه)?$|^(back )?to top$/i },
  // A row of hashtags or the page's tags: "#أخبار_محلية #اقتصاد", "الوسوم: اقتصاد، نفط".
  {
    name: 'hashtags',
    pattern: /^#\S+( #\S+)*$|^(الوسوم|وسوم|مواضيع|المواضيع|موضوعات|الكلمات المفتاحيه|كلمات مفتاحيه|tags|mots[- ]cl[eé]s|etiquettes) ?:? ?\S+( \S+){0,11}$/iu,
  },
  // The page's footer: "جميع الحقوق محفوظة © 2024", "© 2024 Copyright".
  // And the rights notice under it: "يُمنع نسخ المادة دون ذكر المصدر".
  {
    name: 'copyright',
    pattern:
      /^((©|\(c\)) ?)?(\d{4} ?)?(جميع |كل )?(الحقوق|حقوق النشر|حقوق الطبع)( والنشر)? محفوظه|^(©|copyright)|^(يمنع|يحظر|لا يجوز) (اعاده )?(نشر|نسخ|اقتباس)/iu,
  },
  // A photo credit or a caption ending in one: "تصوير: فلان", "(أرشيفية)", "الوزير خلال الزيارة (تصوير: فلان)".
  {
    name: 'caption',
    // "… - عدسة: فلان", "صورة لـ… . المصدر: …", "… (الموقع/ فلان الفلاني)": a credit closing a caption.
    pattern: new RegExp(
      [
        '^\\(?(تصوير|الصوره|صوره|المصدر الصوره) ?:|^\\(?(صوره )?ارشيفيه\\)?$|\\((تصوير|صوره|ارشيفيه|ارشيف)[^()]*\\)$',
        ` [-–—] (ارشيفيه|ارشيف|${CREDIT_LABEL} ?: ?\\S+( \\S+){0,3})( \\(\\S+( \\S+){0,2}\\))?$`,
        // A CMS's caption shortcode left in the text: "[caption id=…] … [/caption]".
        '^\\[(caption|gallery|embed)\\b',
        `^(ال)?صوره .*[.\\-–—] ?${CREDIT_LABEL} ?: ?\\S+( \\S+){0,3}$`,
        // "جانب من المضبوطات - الصورة من مديرية الأمن", "صورة للمبنى (المصدر: الوزارة)": a credit by its preposition or in brackets.
        ` [-–—] (ال)?صوره (من|ل|عن) \\S+( \\S+){0,4}$`,
        `^(ال)?صوره .*\\((ال)?(مصدر|صوره) ?: ?[^()]+\\)$`,
        '\\(\\S+( \\S+)?\\/ ?\\S+( \\S+){0,2}\\)$',
      ].join('|'),
      'u',
    ),
  },
  // A breadcrumb of the site's sections: "الرئيسية > أخبار > اقتصاد".
  // A field of the page's own record, a label that names the record and a short value:
  // "رقم الخبر: 40312", "التصنيفات: اقتصاد، محليات", "القسم: رياضة".
  {
    name: 'section-label',
    pattern: /^(رقم (ال)?(خبر|مقال|ماده|موضوع)|(ال)?(تصنيف|تصنيفات|اقسام|قسم|فئه|فئات|ابواب|باب)) ?: ?[\p{L}\d]+([،,]? [\p{L}\d]+){0,5}$/u,
  },
  { name: 'section-label', pattern: /^الرئيسيه ?[>»›/|\-–]/u },
  // A picture's file name: "IMG_1234.jpg", "الوزير-خلال-اللقاء-750x422.webp".
  { name: 'picture-file', pattern: /^\S+\.(jpe?g|png|gif|webp|avif|bmp|svg)$/i },
  // … or in brackets with a label: "[صورة: مبنى-البلدية.jpg]".
  { name: 'picture-file', pattern: /^[[(]\S+( \S+)? ?: ?\S+\.(jpe?g|png|gif|webp|avif|bmp|svg)[\])]$/i },
  // Staff credits of the masthead: "رئيس التحرير", "المحرر العام فلان الفلاني".
  { name: 'masthead', pattern: /^(رئيس التحرير|مدير التحرير|نائب رئيس التحرير|الاشراف العام|المشرف العام|المحرر العام|رئيس مجلس الاداره)( \S+){0,3}$/ },
  // Who wrote or supplied it: "كتب: فلان", "كتبت - فلانة", "بقلم فلان", "إعداد: فلان", "المصدر: وكالة".
  {
    name: 'byline',
    pattern: /^(كتب|كتبت|كتبه|اعداد|تحرير|بواسطه|متابعه|ترجمه|المصدر|by|source) ?[:/\-–—] ?\S+( \S+){0,3}$|^بقلم ?:? ?\S+( \S+){0,3}$/i,
  },
  // A note about the article or its writer: "تصحيح: ورد في نسخة سابقة …", "تنويه: …", "نبذة عن الكاتب: …".
  { name: 'article-note', pattern: /^(تصحيح|تنويه|استدراك|ملاحظه (المحرر|التحرير)|(نبذه )?عن (الكاتب|الكاتبه|المؤلف)|الكاتب في سطور) ?:/ },
  // A writer's bio: a name, a colon, then what the writer does ("فلان الفلاني: صحافي يكتب في …").
  { name: 'article-note', pattern: /^\S+( \S+){1,3} ?: ?(صحافي|صحفي|صحافيه|صحفيه|كاتب|كاتبه|محرر|محرره|مراسل|مراسله|اعلامي|اعلاميه) / },
  // … or without the colon, when it says what the writer does: "فلان الفلاني صحافي يكتب في …".
  {
    name: 'article-note',
    pattern: /^\S+ \S+( \S+)? (صحافي|صحفي|صحافيه|صحفيه|كاتب|كاتبه|محرر|محرره|مراسل|مراسله|اعلامي|اعلاميه) .*(يكتب|تكتب|يعمل|تعمل|متخصص|متخصصه|مهتم|مهتمه)/,
  },
  // A call to subscribe or join a channel, short and without a full stop: "النشرة اليومية: اشترك مجاناً".
  { name: 'follow', pattern: new RegExp(`^(?=(\\S+ ){0,11}\\S+$)(?=.*(^|[ :])(${CHANNEL})( |$)).*${SUBSCRIBE}`, 'i') },
  // An agency tag alone on a line: "(وكالات)", "وكالات", "أ ف ب" (letters of an abbreviation).
  { name: 'agency-tag', pattern: /^\(\S+( \S+){0,2}\)$|^وكالات$|^(\p{L} ){1,3}\p{L}$/u },
];

// A short line of two or three parts joined by dashes or slashes, none a sentence:
// "القاهرة - وكالات", "عمان/ فلان الفلاني/ وكالة", "رياضة ـ محلي". A tatweel between spaces is a dash.
const TAG_SEPARATOR = /\s*[-–—/|]\s*|\sـ+\s|\sـ+$/u;
const SENTENCE_MARK = /[.،,؛:!؟?"«»“”]/u;
const isDashedTag = (line: string): boolean => {
  if (SENTENCE_MARK.test(line) || /\d/.test(line) || countWords(line) > 6) return false;
  const parts = line.split(TAG_SEPARATOR).filter((p) => p.trim() !== '');
  return (parts.length >= 2 || TAG_SEPARATOR.test(line)) && parts.every((p) => countWords(p) <= 3 && /^[\p{L}\p{M}ـ ]+$/u.test(p.trim()));
};

// A writer's name with a place in brackets or a handle: "فلان الفلاني (الرياض)", "فلان الفلاني @handle".
const isNameTag = (line: string): boolean =>
  countWords(line) <= 6 && !/[.،؛:!؟?"«»]/u.test(line) && (/@\w+/.test(line) || /^\p{L}+( \p{L}+){1,2} \(\p{L}+( \p{L}+)?\)/u.test(line));

/** A line that opens with an icon (🔊, ⏱, 📌) and says little: a player, a reading time, a menu. */
const ICON_LED = /^\p{Extended_Pictographic}/u;
/** Two counts in brackets or more: a poll's tallies, "نعم (42) لا (5)". */
const TALLIES = /\(\d[\d,.]*\)(.*\(\d[\d,.]*\)){1,}/u;
/** A web address, and the words left beside it. */
const URL = /\b(https?:\/\/|www\.)\S+|\S+@\S+\.[a-z]{2,}/giu;

/** Two clock times or more: prayer times, a schedule, a player's "00:00 / 03:12". */
const CLOCKS = /\d{1,2}:\d{2}\D+\d{1,2}:\d{2}/u;
/** A temperature with a label: "الطقس في عدن: 34°". */
const WEATHER = /\d ?°.*|[:|].*\d ?°/u;
/** A call to the reader to act on the page: "اضغط هنا", "استمع إلى المقال", "سجل الدخول لإضافة تعليق", "أدخل بريدك". */
// … and the article's own table of contents: "في هذا المقال: 1- … 2- …".
const CALL_TO_ACT = new RegExp(
  [
    '(^| )(اضغط|انقر) هنا|^(مده|وقت|زمن) (ال)?(قراءه|استماع)|(^| )استمع (الي|ل)(ل?المقال|ل?الخبر|هذا)',
    '(^| )سجل (الدخول|دخولك)|(^| )ادخل بريدك|^(اقرا )?في هذا (الخبر|المقال|التقرير|الموضوع) ?:',
  ].join('|'),
  'u',
);
/** A question to the reader about the article: "هل أعجبك المقال؟", "هل كان هذا الخبر مفيداً؟". */
const ABOUT_ARTICLE = /(المقال|الخبر|الموضوع|المحتوي).*[؟?]/u;
/** Two or more icons each with a count: "👍 128 👎 9", "👁 2,318 · 💬 0". */
const ICON_COUNTS = /\p{Extended_Pictographic}\uFE0F? ?\d.*\p{Extended_Pictographic}\uFE0F? ?\d/u;

/** The site's cookie notice: "نستخدم ملفات تعريف الارتباط …", "Cookies: …". */
const COOKIES = /تعريف الارتباط|الكوكيز|ملفات الكوكي|cookies?\b/iu;

/** Page tools: a player, a poll, a link, prayer times, the weather, a reader prompt, the cookie notice. */
function widgetRule(line: string, folded: string): BoilerplateRule | undefined {
  const words = countWords(line);
  const statement = /\.$/u.test(line);
  if (words <= 12 && !statement && (ICON_LED.test(line) || CALL_TO_ACT.test(folded) || WEATHER.test(line) || ABOUT_ARTICLE.test(folded))) return 'widget';
  if (words <= 20 && !statement && (TALLIES.test(line) || CLOCKS.test(line) || ICON_COUNTS.test(line))) return 'widget';
  if (URL.test(line) && countWords(line.replace(URL, '')) <= 4) return 'widget';
  if (words <= 30 && COOKIES.test(folded)) return 'widget';
  return undefined;
}

// Parts a page joins with bars, dots, slashes or spaced dashes: "عمّان – الأحد 14 أيلول 2025 | 06:42 م",
// "بغداد / إعداد: فلان الفلاني", "1,284 مشاهدة · 3 تعليقات". The line is furniture when every part
// is furniture itself (a rule, a date, a count with its label, initials) or a short tag, and one
// part at least is more than a tag: the first such part names the rule.
const PART_SEPARATOR = /\s+[|·•/–—-]\s+|\s*[|·•◂▸]\s*|\/\s+/u;
// A count with its label and maybe a unit and a trend: "إعجاب 1.3k", "3 تعليقات", "برنت 81.4 ▼", "الرطوبة 71%".
const LABELLED_COUNT = new RegExp(`^(\\p{L}+ ){1,3}${COUNT}[kmKM%]?( \\p{L}+)?( ?[▲▼↑↓])?$|^${COUNT}[kmKM]? \\p{L}+( \\p{L}+)?$`, 'u');
// A page's field, a label and a short value: "رقم الخبر: 88412", "القسم: صحة".
const FIELD = /^\p{L}+( \p{L}+)? ?: ?[\p{L}\d]+( [\p{L}\d]+)?$/u;
const HEADLINE_ROW = /[◂▸•·|]/u;
const INITIALS = /^(\p{L}\. ?){1,4}$|^\p{L}(\.\p{L})+\.?$/u;
// A tag of at most three words, maybe after an icon and before an abbreviation in brackets: "وكالة الأنباء (رنا)".
const isShortTag = (part: string) => {
  const words = part.replace(/\s*\([\p{L} ]{1,12}\)$/u, '').replace(/[«»"“”]/gu, '');
  return countWords(words) <= 3 && /^\p{Extended_Pictographic}?\uFE0F?\s*[\p{L}\p{M}ـ ]+$/u.test(words);
};

function partsRule(line: string, context: LineContext): BoilerplateRule | undefined {
  const parts = line
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  let named: BoilerplateRule | undefined;
  let plain = false;
  for (const part of parts) {
    const folded = foldArabic(part);
    const rule =
      matchLine(part, context) ?? (LABELLED_COUNT.test(folded) ? 'counter' : INITIALS.test(part) ? 'byline' : FIELD.test(folded) ? 'section-label' : undefined);
    if (rule) named ??= rule;
    else if (!isShortTag(part)) plain = true;
  }
  if (!plain) return named;
  // Three headlines or more in a row: a ticker or a "most read" list ("عاجل: … ◂ … ◂ …").
  if (parts.length >= 3 && HEADLINE_ROW.test(line) && parts.every((p) => countWords(p) <= 10 && !/[.،؛]$/u.test(p))) return 'related';
  return undefined;
}

/** Rules that start with an ordinary word ("المحرر", "كتب"), which a sentence can start with too. */
const WORD_RULES: ReadonlySet<BoilerplateRule> = new Set(['masthead', 'byline', 'copyright']);

/** The longest line a rule above can match (a row of share widgets, a dateline with its Hijri date). */
const MAX_FURNITURE_WORDS = 24;
const MAX_PARTS_WORDS = 40;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;

export interface LineContext {
  /** The article is in Arabic: a line with no Arabic letter in it is page furniture. */
  arabic?: boolean;
}

/** The rule a whole line matches, or undefined when the line is not boilerplate. */
export function matchBoilerplate(line: string, context: LineContext = {}): BoilerplateRule | undefined {
  // A row of headlines ("شريط الأخبار ••• … ••• …") runs longer than any other furniture line.
  return matchLine(line, context) ?? (countWords(line) <= MAX_PARTS_WORDS ? partsRule(line, context) : undefined);
}

function matchLine(line: string, context: LineContext): BoilerplateRule | undefined {
  const noArabic = context.arabic === true && !ARABIC_LETTER.test(line);
  // Every other class is a short line: a paragraph is spared the folding and the patterns.
  if (countWords(line) > MAX_FURNITURE_WORDS) return noArabic ? 'no-arabic' : undefined;
  const folded = foldArabic(line).replace(/[.:!؛،]+$/u, '');
  // A line of four words or more that ends in a full stop is a sentence, whatever its first words.
  const sentence = /\.$/u.test(line) && countWords(line) >= 4;
  const rule = RULES.find((r) => r.pattern.test(folded))?.name;
  // "© الموقع 2025. يُسمح بالاقتباس …": the sign makes it a footer, whatever follows.
  if (rule && !(sentence && WORD_RULES.has(rule) && !line.startsWith('©'))) return rule;
  if (isDateline(line)) return 'dateline';
  const widget = widgetRule(line, folded);
  if (widget) return widget;
  if (noArabic) return 'no-arabic';
  if (sentence) return undefined;
  if (isNameTag(line)) return 'byline';
  if (isDashedTag(line)) return 'agency-tag';
  return undefined;
}
