/**
 * A corpus where one wire story is copied by many outlets (issue 17, item 4): the seeds, plus
 * `copies` invented news excerpts (tests/fixtures/news-own*), each from its own outlet and day,
 * that also carry, word for word, a reviewed statement of seed 003 (Asim Munir's arrival in
 * Benghazi) and the observers' reading of seed 000 that an MP of 003 denies. So 003's statement
 * has copies + 1 reports and the MP's claim copies + 1 opposing views. The excerpts give the
 * corpus enough other claims that the copied words stay rare enough to be compared
 * (src/lib/text/term-index.ts skips a term held by more than a fifth of the claims).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './seeds.ts';

/** The copied statements, as seeds 003 and 000 word them. */
export const WIRE_REPORT =
  'ووصل قائد جيش باكستان، المشير عاصم منير إلى مدينة بنغازي (شرق ليبيا) أمس الأربعاء رفقة وفد عسكري رفيع المستوى في أول زيارة رسمية إلى ليبيا';
export const WIRE_READING = 'يعكس اعترافًا دوليًا متزايدًا';
const READING_SENTENCE = [
  'ويرى مراقبون أن اختيار بنغازي تحديدًا كمحطة لهذه الزيارة يعكس اعترافًا دوليًا متزايدًا بدور القيادة العامة للجيش الوطني الليبي في معادلة الاستقرار،',
  'بعد سنوات من المعارك ضد الإرهاب وإعادة بناء المؤسسة العسكرية على أسس أكثر انضباطًا وتنظيمًا.',
].join(' ');

/** Writes the corpus into `dir` (made if missing) and returns it. */
export function writeManyCopies(dir: string, copies: number): string {
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'seeds'), dir, { recursive: true });
  const fixtures = join(ROOT, 'tests/fixtures');
  const excerpts = readdirSync(fixtures)
    .filter((d) => d.startsWith('news-own'))
    .sort()
    .flatMap((d) =>
      readdirSync(join(fixtures, d))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(fixtures, d, f)),
    );
  if (excerpts.length < copies) throw new Error(`only ${excerpts.length} excerpts for ${copies} copies`);
  excerpts.slice(0, copies).forEach((file, i) => {
    const name = `wire-${String(i).padStart(3, '0')}`;
    const text = readFileSync(file, 'utf8').trimEnd();
    writeFileSync(join(dir, `${name}.txt`), `${text}\n\n${WIRE_REPORT}.\n\n${READING_SENTENCE}\n`);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const yaml = [`outlet: وكالة الاختبار ${i + 1}`, `url: https://example.org/wire/${i}`, `published: 2026-01-${day}`, 'language: ar', ''];
    writeFileSync(join(dir, `${name}.yaml`), yaml.join('\n'));
  });
  return dir;
}
