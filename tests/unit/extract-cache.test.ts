/** The per-article extraction cache gives exactly what a fresh extraction gives. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { ROOT, SEED_003 } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const strip = (r: ReturnType<typeof runPipeline>) => ({ articles: r.articles, claims: r.claims, people: r.people, problems: r.problems });

describe('extraction cache', () => {
  const seeds = tempDir('seeds');
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  const cacheDir = tempDir('cache');
  const options = { seedsDir: seeds, contentDir: join(ROOT, 'content'), root: ROOT };

  it('a second run reuses every article and gives the same claims and people', () => {
    const fresh = runPipeline(options);
    const first = runPipeline({ ...options, cacheDir });
    const second = runPipeline({ ...options, cacheDir });
    expect(first.cache).toEqual({ hits: 0, misses: 2 });
    expect(second.cache).toEqual({ hits: 2, misses: 0 });
    expect(strip(second)).toEqual(strip(fresh));
  });

  it('after editing one article, only that article is extracted again, and the result matches a fresh run', () => {
    const file = join(seeds, SEED_003.replace('seeds/', ''));
    writeFileSync(file, readFileSync(file, 'utf8').replace('أمس الأربعاء', 'يوم الأربعاء'));
    const cached = runPipeline({ ...options, cacheDir });
    expect(cached.cache).toEqual({ hits: 1, misses: 1 });
    expect(strip(cached)).toEqual(strip(runPipeline(options)));
  });
});

describe('the people digest the cache keys on', () => {
  const person = (id: string, name: string) => ({ id, name, aliases: [], origin: 'extracted' as const });

  it('is the same for the same people added in the same order, and changes with who is known', () => {
    const base = new PeopleRegistry([]);
    const a = base.with([person('samir-ali', 'سمير علي')]);
    const again = base.with([person('samir-ali', 'سمير علي')]);
    const other = base.with([person('huda-ali', 'هدى علي')]);
    expect(a.digest).toBe(again.digest);
    expect(a.digest).not.toBe(base.digest);
    expect(other.digest).not.toBe(a.digest);
    expect(a.with([]).digest).toBe(a.digest);
    expect(a.with([{ ...person('samir-ali', 'سمير علي'), role: 'وزير' }]).digest).not.toBe(a.digest);
  });
});
