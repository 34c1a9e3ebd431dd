/**
 * Lines that scrapers pick up from the page around an article: widgets, counters, menus.
 * Each rule matches a *whole* line (after folding, see foldArabic), so a sentence that
 * merely mentions sharing or comments is never removed. docs/ingest.md lists these rules;
 * add a rule here, with a test, rather than editing a seed by hand.
 */
import type { BoilerplateRule } from '../schemas/article.ts';
import { foldArabic } from '../text/arabic-fold.ts';

interface Rule {
  name: BoilerplateRule;
  /** Applied to the folded line, so written in folded spelling: no tashkeel, أ/إ/آ → ا, final ة → ه and ى → ي ("علي" for على), ASCII digits. */
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  // A number alone on a line: view, like or comment counters ("0", "123", "١٢").
  { name: 'counter', pattern: /^\d+$/ },
  // "شارك الخبر", "شارك المقال", "مشاركه", "شارك على فيسبوك", "Share".
  { name: 'share', pattern: /^(شارك|شاركوا|مشاركه|انشر)( (الخبر|المقال|المقاله|الموضوع|هذا الخبر|علي \S+( \S+)?))?$|^share( (this|on \S+))?$/i },
  // "اظهار أخبار متعلقة", "أخبار ذات صلة", "اقرأ أيضا", "مواضيع متعلقة", "Related".
  {
    name: 'related',
    pattern: new RegExp(
      [
        '^((اظهار|عرض|اخفاء|المزيد من) )?(اخبار|مقالات|مواضيع|قصص) (متعلقه|ذات صله|مشابهه|مقترحه)$',
        '^اقرا (ايضا|المزيد)$',
        '^(related|read more|see also)( (news|articles|stories))?$',
      ].join('|'),
      'i',
    ),
  },
  // "التعليقات (0)", "تعليقات", "أضف تعليقك", "Comments (3)".
  { name: 'comments', pattern: /^(التعليقات|تعليقات|تعليق|اضف تعليق|اضف تعليقك|اترك تعليقا|comments?)( ?\(\d+\))?$/i },
  { name: 'print', pattern: /^(طباعه|حجم الخط|تكبير الخط|تصغير الخط|print)$/i },
  // "تابعنا على ...", "تابعونا", "Follow us".
  { name: 'follow', pattern: /^(تابعنا|تابعونا)( علي \S+( \S+)?)?$|^follow us( on \S+)?$/i },
];

/** The rule a whole line matches, or undefined when the line is not boilerplate. */
export function matchBoilerplate(line: string): BoilerplateRule | undefined {
  const folded = foldArabic(line).replace(/[.:!؛،]+$/u, '');
  return RULES.find((rule) => rule.pattern.test(folded))?.name;
}
