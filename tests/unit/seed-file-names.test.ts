/**
 * Issue 15, item 8: a seed named in Arabic letters is accepted; its id is the name spelled in
 * Latin letters. Names that gave an id before keep it (a published address never changes),
 * and a name with no letter or digit at all says what is allowed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdFromFileName, ingestFolder, ingestSeed } from '../../src/lib/ingest/index.ts';
import { utf8 } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const ARTICLE = 'الوزارة تعلن خطة جديدة لتطوير النقل العام\n\nأعلنت وزارة النقل صباح الثلاثاء خطة لتطوير الحافلات، تبدأ في الربيع المقبل.\n';

describe('seed file names', () => {
  it('an Arabic name gives a Latin id, Arabic-Indic digits as digits', () => {
    expect(articleIdFromFileName('seeds/تقرير-الوزارة.txt')).toBe('tqryr-alwzara');
    expect(articleIdFromFileName('seeds/أخبار ٢٠٢٥.txt')).toBe('akhbar-2025');
  });

  it('names that gave an id before keep it', () => {
    expect(articleIdFromFileName('seeds/000_bc5bfdee50f0dc2c.txt')).toBe('000_bc5bfdee50f0dc2c');
    expect(articleIdFromFileName('seeds/report-تقرير.txt')).toBe('report');
    expect(articleIdFromFileName('seeds/Café Report.txt')).toBe('cafe-report');
  });

  it('a seed named in Arabic is read from its folder', () => {
    const dir = tempDir('arabic-names');
    writeFileSync(join(dir, 'خطة النقل.txt'), ARTICLE);
    const result = ingestFolder(dir, dir);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => [a.id, a.source])).toEqual([['khta-alnql', `${dir.replace(/.*\//, '')}/خطة النقل.txt`]]);
  });

  it('a name with no letter or digit says which names are allowed', () => {
    const { problems } = ingestSeed({ file: 'seeds/---.txt', bytes: utf8(ARTICLE) });
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-file-name', file: 'seeds/---.txt' })]);
    expect(problems[0]!.message).toContain('Latin or Arabic letter or a digit');
  });
});
