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
  'فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|تلجرام|تلغرام|لينكد ان|انستغرام|انستجرام|يوتيوب|facebook|twitter|whatsapp|telegram|linkedin|email|x';
const PRINT_PHRASE = '(طباعه|حفظ|ارسال|ارسل)( (الخبر|المقال|الصفحه))?|(حجم|تكبير|تصغير) الخط|[+-]?a[+-]?|print';
const SHARE_PHRASE = [
  '(شارك|شاركوا|مشاركه|انشر)( (الخبر|المقال|المقاله|الموضوع|هذا الخبر|علي \\S+( \\S+)?))?',
  '(ارسال|ارسل) (الخبر|المقال) (الي|ل) ?صديق|نسخ الرابط',
  SOCIAL,
  'share( (this|on \\S+))?',
].join('|');
/** A row of one or more widget phrases: "طباعة الخبر طباعة الخبر", "فيسبوك تويتر واتساب", "شارك: فيسبوك | تويتر". */
const row = (phrase: string) => new RegExp(`^((${phrase})[ |•·:-]*)+$`, 'i');
/** A count as a page prints it: "1284", "1,284", "١٬٢٨٤" (digits already folded to ASCII). */
const COUNT = '\\d[\\d,.\u066C]*';
/** An emoji or symbol before a widget's label: "👁 1,284", "📞 للاستفسار: …". */
const ICON = '(\\p{Extended_Pictographic}\\uFE0F? ?)*';
/** Words that label a page's view counter: "المشاهدات", "عدد القراءات", "زيارات", "Views". */
const VIEWS = '(عدد )?(ال)?(مشاهدات|مشاهده|قراءات|قراءه|زيارات|زياره)|views|reads|hits';
/** A telephone number: "117116", "+962 6 555 1234", "06-5551234". */
const PHONE = '\\+?\\d[\\d -]{1,18}\\d';
/** Words that label a contact box: "هاتف", "للاستفسار", "للإبلاغ عن …", "الخط الساخن", "Tel". */
const CONTACT_LABEL = [
  '(ال)?(هاتف|تلفون|تليفون|جوال|موبايل|فاكس|واتساب|خط الساخن)|رقم (ال)?(هاتف|جوال|طوارئ|واتساب)',
  'اتصل|اتصلوا|للاتصال|للتواصل|للاستفسار|للاستفسارات|للابلاغ|للشكاوي|للطوارئ|tel|phone|fax',
].join('|');

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
        '^((اظهار|عرض|اخفاء|المزيد من) )?(اخبار|مقالات|مواضيع|قصص) (متعلقه|ذات صله|مشابهه|مقترحه)$',
        '^(اقرا|طالع|شاهد) (ايضا|كذلك|المزيد)$',
        '^قد (يهمك|يعجبك|تهمك)( ايضا)?$',
        '^(اخر|احدث) الاخبار$|^الاكثر (قراءه|مشاهده)$|^اخبار عاجله$',
        '^(اقرا|طالع|شاهد) (ايضا|كذلك) ?(\\.{2,}|…|:|-|–) ?\\S.*$',
        '^(related|read more|see also)( (news|articles|stories))?$',
      ].join('|'),
      'i',
    ),
  },
  // "التعليقات (0)", "تعليقات", "أضف تعليقك", "0 تعليق", "إضافة تعليق", "Comments (3)".
  {
    name: 'comments',
    pattern: /^(التعليقات|تعليقات|تعليق|اضف تعليق|اضف تعليقك|اضافه تعليق|اترك تعليقا|comments?)( ?\(\d*\))?$|^\d+ (تعليق|تعليقات|comments?)$/i,
  },
  // "تابعنا على ...", "تابعونا", "Follow us".
  { name: 'follow', pattern: /^(تابعنا|تابعونا|تابعوا)( علي \S+( \S+){0,3})?$|^follow us( on \S+)?$/i },
  // "زر الذهاب إلى الأعلى", "العودة إلى الأعلى", "Back to top".
  { name: 'back-to-top', pattern: /^((زر )?(الذهاب|العوده|الرجوع|انتقل) )?(الي|لل)( ال)?اعلي( الصفحه)?$|^(back )?to top$/i },
  // A row of hashtags or the page's tags: "#أخبار_محلية #اقتصاد", "الوسوم: اقتصاد، نفط".
  { name: 'hashtags', pattern: /^#\S+( #\S+)*$|^(الوسوم|وسوم|الكلمات المفتاحيه|كلمات مفتاحيه|tags) ?: ?\S+( \S+){0,7}$/iu },
  // The page's footer: "جميع الحقوق محفوظة © 2024", "© 2024 Copyright".
  { name: 'copyright', pattern: /^((©|\(c\)) ?)?(\d{4} ?)?(جميع |كل )?(الحقوق|حقوق النشر|حقوق الطبع)( والنشر)? محفوظه|^(©|copyright)/iu },
  // A photo credit or a caption ending in one: "تصوير: فلان", "(أرشيفية)", "الوزير خلال الزيارة (تصوير: فلان)".
  {
    name: 'caption',
    pattern: /^\(?(تصوير|الصوره|صوره|المصدر الصوره) ?:|^\(?(صوره )?ارشيفيه\)?$|\((تصوير|صوره|ارشيفيه|ارشيف)[^()]*\)$| [-–—] (ارشيفيه|ارشيف)$/u,
  },
  // A breadcrumb of the site's sections: "الرئيسية > أخبار > اقتصاد".
  { name: 'section-label', pattern: /^الرئيسيه ?[>»›/|\-–]/u },
  // A picture's file name: "IMG_1234.jpg", "الوزير-خلال-اللقاء-750x422.webp".
  { name: 'picture-file', pattern: /^\S+\.(jpe?g|png|gif|webp|avif|bmp|svg)$/i },
  // Staff credits of the masthead: "رئيس التحرير", "المحرر العام فلان الفلاني".
  { name: 'masthead', pattern: /^(رئيس التحرير|مدير التحرير|نائب رئيس التحرير|الاشراف العام|المشرف العام|المحرر العام|رئيس مجلس الاداره)( \S+){0,3}$/ },
  // Who wrote or supplied it: "كتب: فلان", "كتبت - فلانة", "بقلم فلان", "إعداد: فلان", "المصدر: وكالة".
  {
    name: 'byline',
    pattern: /^(كتب|كتبت|كتبه|اعداد|تحرير|بواسطه|متابعه|ترجمه|المصدر|by|source) ?[:/\-–—] ?\S+( \S+){0,2}$|^بقلم ?:? ?\S+( \S+){0,2}$/i,
  },
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

/** Rules that start with an ordinary word ("المحرر", "كتب"), which a sentence can start with too. */
const WORD_RULES: ReadonlySet<BoilerplateRule> = new Set(['masthead', 'byline', 'copyright']);

/** The longest line a rule above can match (a row of share widgets, a dateline with its Hijri date). */
const MAX_FURNITURE_WORDS = 24;

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/u;

export interface LineContext {
  /** The article is in Arabic: a line with no Arabic letter in it is page furniture. */
  arabic?: boolean;
}

/** The rule a whole line matches, or undefined when the line is not boilerplate. */
export function matchBoilerplate(line: string, context: LineContext = {}): BoilerplateRule | undefined {
  const noArabic = context.arabic === true && !ARABIC_LETTER.test(line);
  // Every other class is a short line: a paragraph is spared the folding and the patterns.
  if (countWords(line) > MAX_FURNITURE_WORDS) return noArabic ? 'no-arabic' : undefined;
  const folded = foldArabic(line).replace(/[.:!؛،]+$/u, '');
  // A line of four words or more that ends in a full stop is a sentence, whatever its first words.
  const sentence = /\.$/u.test(line) && countWords(line) >= 4;
  const rule = RULES.find((r) => r.pattern.test(folded))?.name;
  if (rule && !(sentence && WORD_RULES.has(rule))) return rule;
  if (isDateline(line)) return 'dateline';
  if (noArabic) return 'no-arabic';
  if (sentence) return undefined;
  if (isNameTag(line)) return 'byline';
  if (isDashedTag(line)) return 'agency-tag';
  return undefined;
}
