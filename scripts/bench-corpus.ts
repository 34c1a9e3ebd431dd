/**
 * Synthetic corpora for `npm run bench` (scripts/bench.ts), deterministic (scripts/random.ts).
 *
 * `variedCorpus` (the default) writes articles shaped like real Arabic news: a headline, an
 * outlet and date line, 6–14 paragraphs, about 8–12 claims each, every statement built from
 * our own templates (invented speakers, bodies, figures, dates), so statements are unique
 * unless duplicated on purpose, the way news is:
 *   - wire stories: about 10 % of the articles are copies of an agency story under another
 *     outlet's headline and lead; one story is copied by up to 50 outlets (the claim-link bounds);
 *   - repeated quotes: about 5 % of the statements repeat one of an earlier article, word for word;
 *   - opposing statements: some answer an earlier statement with its negation (نفى، رفض …).
 * `seedsCorpus` is the older one: the seeds' paragraphs shuffled and their sentences cross-combined.
 * Each article of both holds a word found nowhere else (`rareWord`), for the rare-word query.
 */
import { seededRandom } from './random.ts';

export type BenchArticle = { name: string; text: string };

/** The rare word of article i (a word found in that article only), for the rare-word query. */
export const rareWord = (i: number) => `مرصد${i.toString(36)}`;

const fileName = (i: number) => `bench-${String(i).padStart(5, '0')}.txt`;

/** The older corpus: N articles of 12–16 paragraphs taken or cross-combined from the seeds' paragraphs. */
export function seedsCorpus(count: number, paragraphs: readonly string[], seed = 42): BenchArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  // Sentences, to cross-combine: whole paragraphs alone would repeat the same few texts.
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!؟?])\s+/)).filter((s) => s.split(' ').length >= 4);
  const paragraph = () => (random() < 0.5 ? pick(paragraphs) : Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(sentences)).join(' '));
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 12 + Math.floor(random() * 5) }, paragraph);
    body.push(`وذكر التقرير رقم ${i} أن الكلمة النادرة ${rareWord(i)} وردت فيه.`);
    return { name: fileName(i), text: `مقال تجريبي رقم ${i} عن ${body[0]!.split(' ').slice(0, 5).join(' ')}\n\n${body.join('\n\n')}\n` };
  });
}

// Invented names, offices and places: no real person's words.
const FIRST_M = ['سامر', 'كريم', 'طارق', 'وليد', 'عادل', 'فراس', 'ماهر', 'بسام', 'مازن', 'هشام'];
const FIRST_F = ['هالة', 'نادية', 'ليلى', 'رنا', 'منى', 'سلمى', 'دعاء', 'ريم'];
const FIRST2 = ['جواد', 'نبيل', 'رشيد', 'فؤاد', 'حامد', 'شاكر', 'منصور', 'صابر', 'عوني', 'زاهر', 'لطفي', 'ناجي'];
const LAST = ['العمري', 'الحداد', 'النجار', 'الخطيب', 'السقا', 'البنا', 'الراوي', 'الجزار', 'الصباغ', 'القاضي', 'المصري', 'الحلبي', 'الطحان', 'الزيات'];
// [as said of a man, of a woman]
const OFFICES: [string, string][] = [
  ['وزير المالية', 'وزيرة المالية'],
  ['وزير التخطيط', 'وزيرة التخطيط'],
  ['وزير الطاقة', 'وزيرة الطاقة'],
  ['وزير الصحة', 'وزيرة الصحة'],
  ['وزير الزراعة', 'وزيرة الزراعة'],
  ['محافظ البنك المركزي', 'محافظة البنك المركزي'],
  ['المتحدث باسم وزارة الخارجية', 'المتحدثة باسم وزارة الخارجية'],
  ['رئيس هيئة الاستثمار', 'رئيسة هيئة الاستثمار'],
  ['رئيس لجنة الموازنة في البرلمان', 'رئيسة لجنة الموازنة في البرلمان'],
  ['نائب رئيس الوزراء', 'نائبة رئيس الوزراء'],
  ['مدير الهيئة العامة للإحصاء', 'مديرة الهيئة العامة للإحصاء'],
  ['رئيس اتحاد الغرف التجارية', 'رئيسة اتحاد الغرف التجارية'],
  ['الأمين العام لنقابة المهندسين', 'الأمينة العامة لنقابة المهندسين'],
  ['رئيس بلدية العاصمة', 'رئيسة بلدية العاصمة'],
  ['المتحدث باسم الحكومة', 'المتحدثة باسم الحكومة'],
];
const PLACES = ['إقليم الواحات', 'محافظة السهول', 'ولاية الساحل', 'إقليم الهضاب', 'محافظة البحيرات', 'ولاية الجبل', 'إقليم النخيل', 'محافظة الوديان'];
const CITIES = ['وادي الريم', 'تل الصفصاف', 'عين الزيتون', 'مرج السنابل', 'رأس النخيل', 'بئر العنب', 'جسر الوادي', 'سهل القمح'];
const OUTLETS = ['صحيفة الفجر', 'موقع المرصد', 'وكالة الأنباء الوطنية', 'جريدة الأفق', 'بوابة الخبر', 'قناة المدار', 'نشرة الاقتصاد', 'منصة الرأي'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
// Reporting verbs with the particle each takes: قال إن، أكد أن …
const VERBS = ['قال إن', 'أكد أن', 'أعلن أن', 'أوضح أن', 'ذكر أن'];
// Feminine subjects take feminine verbs (بلغت، ارتفعت).
const TOPICS = [
  { what: 'صادرات الفوسفات', unit: 'مليون طن', f: true },
  { what: 'عجز الموازنة', unit: 'مليار دينار', f: false },
  { what: 'إنتاج القمح', unit: 'ألف طن', f: false },
  { what: 'عدد السياح الوافدين', unit: 'ألف زائر', f: false },
  { what: 'الاستثمارات الأجنبية المباشرة', unit: 'مليون دولار', f: true },
  { what: 'إنتاج الكهرباء من الطاقة الشمسية', unit: 'ميغاواط', f: false },
  { what: 'عدد فرص العمل الجديدة', unit: 'ألف وظيفة', f: false },
  { what: 'الدين العام', unit: 'مليار دولار', f: false },
  { what: 'واردات الوقود', unit: 'مليون برميل', f: true },
  { what: 'طول شبكة الطرق الجديدة', unit: 'كيلومتر', f: false },
];
const PROJECTS = ['محطة لتحلية المياه', 'مستشفى جامعي', 'خط سكة حديد', 'ميناء للصيد', 'مجمع للمدارس', 'مصنع للأسمدة', 'سد لتخزين المياه', 'مطار إقليمي'];
// Present-tense predicate + object: the pair the linker reads when a statement is denied ("لا تهدد …").
const STANCES = [
  { subject: 'خطة خفض الدعم', verb: 'تهدد', object: 'القدرة الشرائية للأسر' },
  { subject: 'الاتفاقية التجارية الجديدة', verb: 'تضر', object: 'بالصناعة المحلية' },
  { subject: 'رفع أسعار الفائدة', verb: 'يكبح', object: 'التضخم المتصاعد' },
  { subject: 'قانون الاستثمار المعدل', verb: 'يجذب', object: 'رؤوس الأموال الأجنبية' },
  { subject: 'مشروع الموازنة', verb: 'يحمي', object: 'الإنفاق الاجتماعي' },
  { subject: 'قرار تعويم العملة', verb: 'يرفع', object: 'أسعار السلع المستوردة' },
];
const OPINIONS = ['خطوة في الاتجاه الصحيح', 'قرار متسرع', 'إنجاز غير مسبوق', 'فرصة ضائعة', 'حل مؤقت لا يعالج جذور الأزمة'];
const FILLERS = [
  'وتأتي هذه التصريحات في وقت تشهد فيه المنطقة نقاشا واسعا حول أولويات الإنفاق العام.',
  'ولم يتسن الحصول على تعليق فوري من الجهات المعنية.',
  'ويتابع المراقبون هذا الملف عن كثب منذ مطلع العام.',
  'ويرتبط الملف بمفاوضات جارية مع عدد من الشركاء الإقليميين.',
];

/**
 * The invented places as entries of content/entities.yaml (YAML lines to append): editors
 * register an archive's places, and the linker needs a shared place to call two statements
 * the same claim.
 */
export const benchEntities = () =>
  `${[...PLACES, ...CITIES].map((name, k) => `- { id: bench-place-${k}, name: ${name}, type: place, aliases: [] }`).join('\n')}\n`;

const HEADLINE_ENDS = ['على رأس أولويات المرحلة', 'ملف مفتوح أمام الحكومة', 'بين الأرقام والوعود', 'في قلب النقاش'];

type Speaker = { name: string; office: string };

/** The varied corpus: `count` articles (file name + text), the same on every run for the same seed. */
export function variedCorpus(count: number, seed = 42): BenchArticle[] {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const speaker = (): Speaker => {
    const woman = random() < 0.35;
    return { name: `${pick(woman ? FIRST_F : FIRST_M)} ${pick(FIRST2)} ${pick(LAST)}`, office: pick(OFFICES)[woman ? 1 : 0] };
  };
  const figure = () => (random() < 0.3 ? `${int(1, 99)}.${int(1, 9)}` : String(int(12, 9800)));
  const date = () => `${int(1, 28)} ${pick(MONTHS)} ${int(2019, 2026)}`;
  const fact = () => {
    const t = pick(TOPICS);
    const verb = (m: string, f: string) => (t.f ? f : m);
    return pick([
      () => `${t.what} في ${pick(PLACES)} ${verb('بلغ', 'بلغت')} ${figure()} ${t.unit} خلال عام ${int(2019, 2026)}`,
      () => `${t.what} ${verb('ارتفع', 'ارتفعت')} بنسبة ${int(2, 60)} في المئة منذ ${date()}`,
      () =>
        `${t.what} ${verb('تراجع', 'تراجعت')} إلى ${figure()} ${t.unit} في الربع ${pick(['الأول', 'الثاني', 'الثالث', 'الرابع'])} من عام ${int(2019, 2026)}`,
      () => `الحكومة خصصت ${figure()} مليون دينار لإنشاء ${pick(PROJECTS)} في ${pick(CITIES)}`,
      () => `أعمال ${pick(PROJECTS)} في ${pick(CITIES)} ستكتمل قبل ${date()} بكلفة ${figure()} مليون دولار`,
    ])();
  };
  const forecast = () => {
    const t = pick(TOPICS);
    return `${t.f ? 'تصل' : 'يصل'} ${t.what} إلى ${figure()} ${t.unit} بحلول عام ${int(2027, 2035)}`;
  };
  const used = new Set<string>();
  const quotes: string[] = [];
  const stances: { stance: (typeof STANCES)[number]; who: Speaker }[] = [];
  const statement = (who: Speaker): string => {
    const roll = random();
    // A quote of an earlier article, repeated word for word.
    if (roll < 0.05 && quotes.length > 0) return pick(quotes);
    // An answer to an earlier stance: its negation, from someone else.
    if (roll < 0.08 && stances.length > 0) {
      const { stance, who: other } = pick(stances);
      return `${pick(['نفى', 'رفض'])} ${who.office} ${who.name} ما ذهب إليه ${other.name}، وقال إن ${stance.subject} لا ${stance.verb} ${stance.object}.`;
    }
    for (;;) {
      const intro = `${who.office} ${who.name}`;
      const text = pick([
        () => `${pick(VERBS).replace(' ', ` ${intro} `)} ${fact()}.`,
        () => `أشار ${intro} إلى أن ${fact()}.`,
        () => `${pick(VERBS).replace(' ', ` ${intro} `)} ${fact()}.`,
        () => `توقع ${intro} أن ${forecast()}.`,
        () => `رأى ${intro} أن ${pick(['قرار', 'برنامج', 'مشروع'])} ${pick(PROJECTS)} في ${pick(CITIES)} ${pick(OPINIONS)}.`,
        () => {
          const stance = pick(STANCES);
          if (random() < 0.5) stances.push({ stance, who });
          const when = pick([`منذ ${date()}`, `خلال عام ${int(2019, 2026)}`, `في ${pick(PLACES)}`]);
          return `${pick(VERBS).replace(' ', ` ${intro} `)} ${stance.subject} ${stance.verb} ${stance.object} ${when}.`;
        },
      ])();
      if (used.has(text)) continue;
      used.add(text);
      if (random() < 0.1) quotes.push(text);
      return text;
    }
  };
  // 6–14 paragraphs in all (with the rare word's): about seven in ten carry a statement, the
  // others background, as in the news-dev articles (≈ 7 claims an article in excerpts).
  const body = (): { lead: Speaker; paragraphs: string[] } => {
    const people = Array.from({ length: int(2, 4) }, speaker);
    const paragraphs = Array.from({ length: int(5, 13) }, (_, k) => {
      const who = people[k === 0 ? 0 : int(0, people.length - 1)]!;
      if (k > 0 && random() < 0.2) return `${pick(FILLERS)}${random() < 0.4 ? ` ${pick(FILLERS)}` : ''}`;
      return random() < 0.3 ? `${statement(who)} ${pick(FILLERS)}` : statement(who);
    });
    return { lead: people[0]!, paragraphs };
  };
  const headline = (who: Speaker) => `${who.name.split(' ').at(-1)}: ${pick(TOPICS).what} ${pick(HEADLINE_ENDS)}`;
  const dateline = (outlet: string) => `${outlet} - ${date()}`;

  // About 10 % of the articles are copies of wire stories; the first story has up to 50 copies.
  const copies = Math.round(count * 0.1);
  const big = Math.min(50, Math.ceil(copies / 2));
  const wire: number[] = Array.from({ length: big }, () => 0);
  for (let story = 1; wire.length < copies; story++) wire.push(...Array.from({ length: Math.min(copies - wire.length, int(2, 5)) }, () => story));
  // The copies spread over the archive (one every count/copies articles), so that any prefix of it has some.
  const step = copies > 0 ? count / copies : 0;
  const copyAt = new Map(wire.map((story, k) => [Math.floor(k * step + step / 2), story]));
  const stories: ReturnType<typeof body>[] = [];

  return Array.from({ length: count }, (_, i) => {
    const rare = `وفي بلدة ${rareWord(i)} تابع السكان التطورات باهتمام.`;
    const outlet = `${pick(OUTLETS)} ${int(1, 400)}`;
    const story = copyAt.get(i);
    if (story !== undefined) {
      stories[story] ??= body();
      const { lead: who, paragraphs } = stories[story]!;
      const lead = `نقلت ${outlet} عن وكالة الأنباء الوطنية تصريحات ${who.office} ${who.name} يوم ${date()}. ${rare}`;
      const title = headline(who);
      return { name: fileName(i), text: `${title}\n\n${dateline(outlet)}\n\n${[lead, ...paragraphs].join('\n\n')}\n` };
    }
    const { lead: who, paragraphs } = body();
    paragraphs.splice(int(1, paragraphs.length), 0, rare);
    return { name: fileName(i), text: `${headline(who)}\n\n${dateline(outlet)}\n\n${paragraphs.join('\n\n')}\n` };
  });
}
