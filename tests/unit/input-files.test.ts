/**
 * Issue 15, item 1: inputs are regular files inside the project. A link in seeds/ would
 * publish any file of the build machine, a folder named like a seed crashed the reader and a
 * FIFO hung it; every such file is now refused with `not-a-regular-file`, wherever it is read
 * (seeds, sidecars, content/, reviews, `claims import`), and reading has a size limit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEditorialContent } from '../../src/lib/content/read-content.ts';
import { importFiles } from '../../src/lib/import/write-import.ts';
import { ingestFolder } from '../../src/lib/ingest/index.ts';
import { readLedger } from '../../src/lib/ledger/ledger-file.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { readInputFile } from '../../src/lib/read-input.ts';
import { readReviews } from '../../src/lib/review/read-reviews.ts';
import { tempDir } from '../helpers/temp.ts';

const ARTICLE = 'عنوان الخبر عن افتتاح المكتبة العامة الجديدة\n\nافتتح رئيس البلدية المكتبة العامة الجديدة صباح الأحد، بحضور عدد من الكتاب.\n';
// A file of the build machine that must never be published.
const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';

/** A project folder with seeds/ and content/, and a "machine" folder outside it. */
function project() {
  const root = tempDir('inputs');
  const seeds = join(root, 'seeds');
  const content = join(root, 'content');
  mkdirSync(seeds);
  mkdirSync(join(content, 'reviews'), { recursive: true });
  writeFileSync(join(seeds, 'good.txt'), ARTICLE);
  const machine = tempDir('machine');
  writeFileSync(join(machine, 'passwd'), SECRET);
  return { root, seeds, content, machine };
}

/** A FIFO, or undefined where `mkfifo` is missing (the FIFO tests then say they were skipped). */
function fifo(path: string): string | undefined {
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch {
    console.warn('mkfifo is not available: the FIFO case was not tested');
    return undefined;
  }
}

const codes = (list: readonly { code: string; file: string }[]) => list.map((p) => [p.code, p.file]);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('seeds and sidecars are regular files', () => {
  it('a link to a file of the machine is refused, and nothing of it is published', () => {
    const p = project();
    symlinkSync(join(p.machine, 'passwd'), join(p.seeds, 'x.txt'));
    const result = runPipeline({ seedsDir: p.seeds, contentDir: p.content, root: p.root });
    expect(codes(result.problems)).toEqual([['not-a-regular-file', 'seeds/x.txt']]);
    expect(result.problems[0]!.message).toContain('a symbolic link');
    expect(result.articles.map((a) => a.id)).toEqual(['good']);
    expect(JSON.stringify(result)).not.toContain('root:x:0');
  });

  it('a link to a folder and a folder named like a seed are refused, not a crash', () => {
    const p = project();
    symlinkSync(p.machine, join(p.seeds, 'linked.txt'));
    mkdirSync(join(p.seeds, 'folder.txt'));
    const result = ingestFolder(p.seeds, p.root);
    expect(codes(result.problems)).toEqual([
      ['not-a-regular-file', 'seeds/folder.txt'],
      ['not-a-regular-file', 'seeds/linked.txt'],
    ]);
    expect(result.problems.map((x) => x.message)).toEqual([expect.stringContaining('a folder'), expect.stringContaining('a symbolic link')]);
  });

  it('a FIFO is refused at once instead of hanging the reader', () => {
    const p = project();
    if (!fifo(join(p.seeds, 'pipe.txt'))) return;
    const started = Date.now();
    const result = ingestFolder(p.seeds, p.root);
    expect(codes(result.problems)).toEqual([['not-a-regular-file', 'seeds/pipe.txt']]);
    expect(result.problems[0]!.message).toContain('FIFO');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a sidecar that is a link is refused, not skipped', () => {
    const p = project();
    writeFileSync(join(p.machine, 'meta.yaml'), 'outlet: جريدة\n');
    symlinkSync(join(p.machine, 'meta.yaml'), join(p.seeds, 'good.yaml'));
    expect(codes(ingestFolder(p.seeds, p.root).problems)).toEqual([['not-a-regular-file', 'seeds/good.yaml']]);
  });

  it('a linked seeds folder inside the project is refused: its files really lie outside', () => {
    const p = project();
    writeFileSync(join(p.machine, 'a.txt'), ARTICLE);
    symlinkSync(p.machine, join(p.root, 'linked-seeds'));
    const result = ingestFolder(join(p.root, 'linked-seeds'), p.root);
    expect(codes(result.problems)).toEqual([['not-a-regular-file', 'linked-seeds/a.txt']]);
    expect(result.problems[0]!.message).toContain('outside the project');
    expect(result.articles).toEqual([]);
  });

  it('a seeds "folder" that is a file is not-a-folder, not a crash', () => {
    const p = project();
    writeFileSync(join(p.root, 'seeds-file'), ARTICLE);
    expect(codes(ingestFolder(join(p.root, 'seeds-file'), p.root).problems)).toEqual([['not-a-folder', 'seeds-file']]);
  });

  it('a seeds folder given outside the project (--seeds) is read', () => {
    const p = project();
    expect(ingestFolder(p.seeds, tempDir('elsewhere')).articles.map((a) => a.id)).toEqual(['good']);
  });
});

describe('content/ and reviews are regular files', () => {
  it('content/people.yaml as a link is refused', () => {
    const p = project();
    writeFileSync(join(p.machine, 'people.yaml'), '[]\n');
    symlinkSync(join(p.machine, 'people.yaml'), join(p.content, 'people.yaml'));
    expect(codes(readEditorialContent(p.content, p.root).problems)).toEqual([['not-a-regular-file', 'content/people.yaml']]);
  });

  it('an editor page (content/pages/, read by Astro) that is a link is refused by check and the build', () => {
    const p = project();
    mkdirSync(join(p.content, 'pages'));
    writeFileSync(join(p.content, 'pages', 'methodology.md'), '# المنهجية\n');
    symlinkSync(join(p.machine, 'passwd'), join(p.content, 'pages', 'about.md'));
    expect(codes(readEditorialContent(p.content, p.root).problems)).toEqual([['not-a-regular-file', 'content/pages/about.md']]);
  });

  it('a review that is a link or a FIFO is refused', () => {
    const p = project();
    const reviews = join(p.content, 'reviews');
    symlinkSync(join(p.machine, 'passwd'), join(reviews, 'a.md'));
    const piped = fifo(join(reviews, 'b.md'));
    expect(codes(readReviews(reviews, p.root).problems)).toEqual([
      ['not-a-regular-file', 'content/reviews/a.md'],
      ...(piped ? [['not-a-regular-file', 'content/reviews/b.md']] : []),
    ]);
  });
});

describe('the ledger is a regular file', () => {
  it('content/claims.lock.json as a link or a FIFO is refused, not followed or waited on', () => {
    const p = project();
    writeFileSync(join(p.machine, 'lock.json'), '{"version": 1, "claims": {}}\n');
    symlinkSync(join(p.machine, 'lock.json'), join(p.content, 'claims.lock.json'));
    expect(codes(readLedger(join(p.content, 'claims.lock.json'), 'content/claims.lock.json').problems)).toEqual([
      ['not-a-regular-file', 'content/claims.lock.json'],
    ]);
    if (!fifo(join(p.content, 'piped.lock.json'))) return;
    expect(codes(readLedger(join(p.content, 'piped.lock.json'), 'content/piped.lock.json').problems)).toEqual([
      ['not-a-regular-file', 'content/piped.lock.json'],
    ]);
  });
});

describe('content/reviews must be a folder', () => {
  it('a file in its place is not-a-folder, not a crash', () => {
    const p = project();
    const reviews = join(p.root, 'reviews-file');
    writeFileSync(reviews, '# not a folder\n');
    expect(codes(readReviews(reviews, p.root).problems)).toEqual([['not-a-folder', 'reviews-file']]);
  });
});

describe('claims import reads only regular files', () => {
  it('a link and a folder given as pages are refused', () => {
    const p = project();
    symlinkSync(join(p.machine, 'passwd'), join(p.root, 'page.html'));
    const result = importFiles([join(p.root, 'page.html'), p.machine], p.seeds, p.root);
    expect(result.written).toEqual([]);
    expect(result.problems.map((x) => x.code)).toEqual(['not-a-regular-file', 'not-a-regular-file']);
  });

  it('a text or JSON file is import-unreadable, not a crash', () => {
    const p = project();
    writeFileSync(join(p.root, 'notes.txt'), 'ملاحظات المحرر ليوم الأحد\n');
    writeFileSync(join(p.root, 'data.json'), '{"title": "خبر"}\n');
    const result = importFiles([join(p.root, 'notes.txt'), join(p.root, 'data.json')], p.seeds, p.root);
    expect(codes(result.problems)).toEqual([
      ['import-unreadable', 'notes.txt'],
      ['import-unreadable', 'data.json'],
    ]);
    expect(result.problems[1]!.message).toContain('no HTML markup');
  });
});

describe('the size limit', () => {
  it('a file above the limit is file-too-large and is not read', () => {
    const p = project();
    writeFileSync(join(p.machine, 'big.txt'), 'ا'.repeat(600));
    expect(readInputFile(join(p.machine, 'big.txt'), { file: 'big.txt', maxBytes: 1000 })).toEqual({
      ok: false,
      missing: false,
      problem: expect.objectContaining({ code: 'file-too-large', file: 'big.txt' }),
    });
    expect(readInputFile(join(p.machine, 'big.txt'), { file: 'big.txt', maxBytes: 1200 })).toMatchObject({ ok: true, bytes: { length: 1200 } });
  });

  it('CLAIMS_MAX_INPUT_MB sets the limit for every reader', () => {
    const p = project();
    vi.stubEnv('CLAIMS_MAX_INPUT_MB', '0.0001');
    const result = ingestFolder(p.seeds, p.root);
    expect(codes(result.problems)).toEqual([['file-too-large', 'seeds/good.txt']]);
    expect(result.problems[0]!.hint).toContain('CLAIMS_MAX_INPUT_MB');
  });
});
