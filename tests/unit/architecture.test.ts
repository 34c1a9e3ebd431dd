/**
 * The shape of src/lib, checked on its imports (docs/architecture.md):
 *   - a stage folder imports only itself and the shared modules, never another stage;
 *   - shared modules import only shared modules;
 *   - pipeline.ts, which runs the stages in order, may import all of them, and nothing imports it;
 *   - nothing under src/lib imports Astro or anything outside src/lib (src/i18n included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.ts';

/** Folders of src/lib that are steps of the work (or tools beside it): each is a box of its own. */
const STAGES = new Set(['ingest', 'content', 'extract', 'ledger', 'review', 'link', 'export', 'import', 'cache', 'search']);
/**
 * Folders every stage may use. text/: the Arabic word layer, similarity, terms. schemas/: the
 * data's shapes. render/: pure presentation (safe Markdown, JSON-LD, labels) shared by the
 * pages, the exports and the review reader; it reads schemas only. Every file at the top of
 * src/lib (problems.ts, paths.ts, urls.ts, yaml-input.ts…) is shared too, except pipeline.ts.
 */
const SHARED = new Set(['text', 'schemas', 'render']);
const PIPELINE = 'pipeline.ts';

type Area = { kind: 'stage' | 'shared' | 'pipeline' | 'unknown'; name: string };

/** What a path relative to src/lib belongs to. */
function areaOf(path: string): Area {
  const [first, ...rest] = path.split('/');
  if (rest.length === 0) return first === PIPELINE ? { kind: 'pipeline', name: first } : { kind: 'shared', name: first! };
  if (STAGES.has(first!)) return { kind: 'stage', name: first! };
  if (SHARED.has(first!)) return { kind: 'shared', name: first! };
  return { kind: 'unknown', name: first! };
}

const ASTRO = /^(?:astro(?:$|[:/])|@astrojs\/)/;

/** The broken rules of one module (path relative to src/lib, posix) with its import specifiers. */
function violations(path: string, specifiers: readonly string[]): string[] {
  const from = areaOf(path);
  const found: string[] = [];
  if (from.kind === 'unknown') found.push(`${path}: src/lib/${from.name}/ is neither a stage nor shared; add it to STAGES or SHARED in this test`);
  for (const spec of specifiers) {
    if (ASTRO.test(spec)) found.push(`${path} imports ${spec}: src/lib never imports Astro`);
    if (!spec.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(path), spec));
    if (target.startsWith('../')) {
      const outside = target.replace(/^(\.\.\/)+/, '');
      found.push(
        `${path} imports ${spec}: src/lib imports nothing outside it${outside.startsWith('i18n') ? ' (UI strings stay in src/i18n: pass values in)' : ''}`,
      );
      continue;
    }
    const to = areaOf(target);
    if (to.kind === 'pipeline' && from.kind !== 'pipeline') found.push(`${path} imports ${spec}: only callers outside src/lib run the pipeline`);
    if (from.kind === 'pipeline' || to.kind === 'shared' || to.name === from.name) continue;
    if (to.kind === 'stage')
      found.push(`${path} imports ${spec}: ${from.kind === 'stage' ? `stage ${from.name}` : `shared ${from.name}`} reaches into stage ${to.name}`);
  }
  return found;
}

const LIB = join(ROOT, 'src/lib');
const modules = readdirSync(LIB, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:ts|mts)$/.test(f))
  .map((f) => f.split(sep).join('/'))
  .sort();
const specifiersOf = (path: string) => ts.preProcessFile(readFileSync(join(LIB, path), 'utf8'), true, true).importedFiles.map((f) => f.fileName);

describe('the imports of src/lib', () => {
  it('finds the modules and their imports', () => {
    expect(modules).toContain('pipeline.ts');
    expect(modules.length).toBeGreaterThan(50);
    expect(specifiersOf('pipeline.ts')).toContain('./extract/extract-claims.ts');
  });

  it('keep stages apart, shared modules shared, and Astro and src/i18n out', () => {
    expect(modules.flatMap((path) => violations(path, specifiersOf(path)))).toEqual([]);
  });

  it('would catch each kind of wrong arrow', () => {
    expect(violations('review/attach-reviews.ts', ['../link/link-claims.ts'])).toEqual([
      'review/attach-reviews.ts imports ../link/link-claims.ts: stage review reaches into stage link',
    ]);
    expect(violations('text/tokens.ts', ['../extract/lexicon.ts'])[0]).toContain('shared text reaches into stage extract');
    expect(violations('render/claim-label.ts', ['../../i18n/index.ts'])[0]).toContain('UI strings stay in src/i18n');
    expect(violations('extract/kind.ts', ['astro:content'])[0]).toContain('never imports Astro');
    expect(violations('ledger/apply-ledger.ts', ['../pipeline.ts'])[0]).toContain('only callers outside src/lib');
    expect(violations('newstage/x.ts', [])[0]).toContain('neither a stage nor shared');
    // What is allowed: the own folder, shared folders and files, and the pipeline importing stages.
    expect(violations('review/attach-reviews.ts', ['./read-reviews.ts', '../text/terms.ts', '../schemas/claim.ts', '../problems.ts', 'zod'])).toEqual([]);
    expect(violations('pipeline.ts', ['./extract/extract-claims.ts', './link/link-claims.ts'])).toEqual([]);
  });
});
