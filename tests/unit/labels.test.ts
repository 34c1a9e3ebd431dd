/**
 * Labels never change a claim's meaning. On every automatic label of the seeds and of the dev
 * corpus (../shared/corpus/news-dev, skipped when absent), and on sentences written here:
 *   - the label is a substring of the claim, starting at its first word after a connector, a
 *     reporting participle or a complementiser (حيث، كما، مشيرًا إلى أن …): the clause's
 *     subject is never cut off;
 *   - it is the whole claim, or it stops at a comma, semicolon or colon: never inside a
 *     clause, so the predicate is kept and no noun is left without its complement;
 *   - it never ends on a preposition, a conjunction or a negation;
 *   - every negation of the claim up to the label's end is in the label.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimLabel } from '../../src/lib/extract/label.ts';
import { REPORTING_PARTICIPLES } from '../../src/lib/extract/split-claims.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { knownWithConjunction } from '../../src/lib/text/clitics.ts';
import { tokenize, type Token } from '../../src/lib/text/tokens.ts';
import { isNegation } from '../../src/lib/text/word-lists.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';

const label = (text: string) => claimLabel(text, tokenize(text));

// Words a label may leave out before it (with or without و/ف).
const OPENERS = new Set(['حيث', 'اذ', 'كما', 'بل', 'اما', 'لذلك', 'فان', 'ان', 'انه', 'انها', 'بان', 'بانه', 'بانها']);
// Words a shortened label must not end on.
const DANGLING = new Set(['في', 'من', 'علي', 'الي', 'عن', 'مع', 'و', 'او', 'ثم', 'بين', 'خلال', 'بعد', 'قبل', 'الذي', 'التي', 'ان', 'كون', 'قد', 'لكن', 'بل']);

/** What is wrong with `label` as the label of `text`, or undefined. */
function labelProblem(text: string, got: string): string | undefined {
  const at = text.indexOf(got);
  if (!got || at < 0) return 'not a substring of the claim';
  // (a و/ف glued to the label's first word may stay out: "والجيش" → "الجيش")
  const before = tokenize(text.slice(0, at).replace(/[وف]$/u, ''));
  const opener = (t: Token, i: number) =>
    knownWithConjunction(OPENERS, t.folded) || (i === 0 && knownWithConjunction(REPORTING_PARTICIPLES, t.folded)) || (i === 1 && /^(الي|علي)$/.test(t.folded));
  if (!before.every(opener)) return `cuts off «${text.slice(0, at)}»`;
  const after = text.slice(at + got.length);
  // The rest is punctuation, or a quotation the source left open (a label keeps its marks paired).
  const whole = /^[\s"«»“”.،,:؛)]*$/u.test(after) || /^\s*["«“(][^"»”)]*$/u.test(after);
  if (!whole && !/^["«»“”)]?\s*[،,:؛;]/u.test(after)) return `stops inside a clause, before «${after.slice(0, 30)}»`;
  const words = tokenize(got);
  if (!whole && (DANGLING.has(words.at(-1)!.folded) || isNegation(words.at(-1)!.folded))) return `ends on «${got.slice(words.at(-1)!.start)}»`;
  const negations = (s: string) => tokenize(s).filter((t) => isNegation(t.folded)).length;
  if (negations(text.slice(0, at + got.length)) !== negations(got)) return 'drops a negation';
  return undefined;
}

const problems = (claims: readonly { text: string }[]) =>
  claims.map((c) => ({ text: c.text, problem: labelProblem(c.text, label(c.text)) })).filter((p) => p.problem);

describe('label properties on real text', () => {
  it('every automatic label of the seeds', () => {
    const { claims } = seedsPipeline();
    expect(claims.length).toBeGreaterThan(20);
    expect(problems(claims)).toEqual([]);
  });

  const corpus = resolve(ROOT, '../shared/corpus/news-dev');
  it.skipIf(!existsSync(corpus))('every automatic label of the dev corpus (skipped without ../shared/corpus/news-dev)', () => {
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(corpus, f));
    const { claims } = runPipeline({ seedFiles: files, contentDir: join(ROOT, 'content'), root: ROOT, withoutReviews: true });
    expect(claims.length).toBeGreaterThan(50);
    expect(problems(claims)).toEqual([]);
  });
  if (!existsSync(corpus)) console.info(`labels.test: ${corpus} is missing, the dev-corpus label check is skipped`);
});

describe('labels of sentences written for this test', () => {
  it.each([
    // the predicate after an aside between commas is kept
    [
      'لم تكن الزيارة الأخيرة للوزير، وهي الأولى منذ عقد، حدثًا عاديًا في حياة المدينة',
      'لم تكن الزيارة الأخيرة للوزير، وهي الأولى منذ عقد، حدثًا عاديًا في حياة المدينة',
    ],
    // a name set off by commas stays inside the clause
    ['لم يحضر رئيس البلدية، سامر الخطيب، اجتماع المجلس أمس', 'لم يحضر رئيس البلدية، سامر الخطيب، اجتماع المجلس أمس'],
    // the first clause, whole, before a clause opened by "حيث"
    ['تراجعت صادرات القمح هذا العام، حيث سجلت أدنى مستوى منذ عقد', 'تراجعت صادرات القمح هذا العام'],
    // a circumstantial participle after a complete clause
    ['لن يرفع الوزير أسعار الخبز، مؤكدًا التزامه بدعم الأسر', 'لن يرفع الوزير أسعار الخبز'],
    // the connector and the complementiser are left out, the subject stays
    ['حيث يحتل الفريق المركز الثالث في الدوري', 'يحتل الفريق المركز الثالث في الدوري'],
    ['أن المصنع لا يعمل بكامل طاقته، وهو ما أخر التسليم', 'المصنع لا يعمل بكامل طاقته'],
    ['مشيرًا إلى أن الشحنة لم تصل بعد إلى الميناء', 'الشحنة لم تصل بعد إلى الميناء'],
    // a relative clause after a comma describes the subject: the predicate after it is kept
    ['إن عدد الزوار هذا الموسم، والذي بلغ 40 ألفا ارتفع عن الموسم الماضي', 'عدد الزوار هذا الموسم، والذي بلغ 40 ألفا ارتفع عن الموسم الماضي'],
    // a clause opened by a connector is no aside, even when a comma follows inside it
    ['لم يكن القرار مفاجئا، بل جاء بعد أشهر من النقاش، وفق مصادر مطلعة', 'لم يكن القرار مفاجئا'],
    // a topic, however long, sets the scene; so does a short prepositional phrase
    ['وبالنسبة إلى أسعار الخضار في الأسواق الشعبية، فهي مستقرة منذ شهرين', 'وبالنسبة إلى أسعار الخضار في الأسواق الشعبية، فهي مستقرة منذ شهرين'],
    ['في العاصمة، أعلنت الشركة خطة جديدة، حيث ستوظف 50 شخصا', 'في العاصمة، أعلنت الشركة خطة جديدة'],
    // a scene-setting phrase is not a clause: the label goes on to the predicate
    ['وفي هذا الإطار، أعلنت الشركة عن خطة جديدة', 'وفي هذا الإطار، أعلنت الشركة عن خطة جديدة'],
  ])('%s', (text, want) => {
    expect(label(text)).toBe(want);
    expect(labelProblem(text, label(text))).toBeUndefined();
  });

  it('the checker itself finds the faults it is meant to find', () => {
    const text = 'لم تكن زيارة الوزير إلى المدينة حدثًا عاديًا';
    expect(labelProblem(text, 'لم تكن زيارة الوزير إلى المدينة')).toMatch(/inside a clause/);
    expect(labelProblem(text, 'زيارة الوزير إلى المدينة حدثًا عاديًا')).toMatch(/cuts off/);
    expect(labelProblem('ارتفع الإنتاج في، المصانع', 'ارتفع الإنتاج في')).toMatch(/ends on/);
    expect(labelProblem(text, text)).toBeUndefined();
  });
});
