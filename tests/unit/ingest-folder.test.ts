import { writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/lib/ingest/index.ts';
import { ROOT, SEED_000, SEED_003, encodeUtf16 } from '../helpers/seeds.ts';
import { readFileSync } from 'node:fs';
import { tempDir } from '../helpers/temp.ts';

const folder = (files: Record<string, string | Uint8Array>) => {
  const dir = tempDir('seeds');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
};

describe('ingestFolder', () => {
  it('reads the real seeds with no problems, in file-name order', () => {
    const result = ingestFolder(join(ROOT, 'seeds'), ROOT);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.source)).toEqual([SEED_000, SEED_003]);
  });

  it('reports two seeds with the same content, naming both, and keeps the first', () => {
    const dir = folder({});
    copyFileSync(join(ROOT, SEED_003), join(dir, 'a.txt'));
    // The same article saved as UTF-16 is still the same article.
    writeFileSync(join(dir, 'b.txt'), encodeUtf16(readFileSync(join(ROOT, SEED_003), 'utf8'), 'le'));
    const result = ingestFolder(dir, dir);
    expect(result.articles.map((a) => a.id)).toEqual(['a']);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'duplicate-seed', severity: 'error', file: 'b.txt', message: 'The file has the same text as a.txt.' }),
    ]);
  });

  it('reports every bad file at once and still reads the good ones', () => {
    const dir = folder({ 'empty.txt': '', 'good.txt': readFileSync(join(ROOT, SEED_000)), 'nul.txt': Uint8Array.from([0x41, 0, 0x42]) });
    const result = ingestFolder(dir, dir);
    expect(result.articles.map((a) => a.id)).toEqual(['good']);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([
      ['empty.txt', 'empty-seed'],
      ['nul.txt', 'not-text'],
    ]);
  });

  it('warns about a sidecar with no article', () => {
    const dir = folder({ 'a.txt': readFileSync(join(ROOT, SEED_000)), 'b.yaml': 'outlet: x\n' });
    expect(ingestFolder(dir, dir).problems).toEqual([expect.objectContaining({ code: 'orphan-sidecar', severity: 'warning', file: 'b.yaml' })]);
  });

  it('reports a missing folder and an empty one', () => {
    expect(ingestFolder('/nonexistent/seeds', '/').problems[0]).toMatchObject({ code: 'seeds-dir-missing' });
    expect(ingestFolder(folder({}), '/').problems[0]).toMatchObject({ code: 'no-seeds' });
  });
});
