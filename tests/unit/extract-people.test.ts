/** Extraction returns the people it found; the registry it reads stays as it was. */
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../src/lib/extract/entities.ts';
import { extractClaims } from '../../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { utf8 } from '../helpers/seeds.ts';

const article = (file: string, ...paragraphs: string[]) => ingestSeed({ file, bytes: utf8(['عنوان', ...paragraphs].join('\n\n')) }).article!;
const gazetteer = new Gazetteer([]);

const FIRST = article('seeds/a.txt', 'وأوضح مدير الميناء التجاري، سامر العبيدي أن "الرصيف الجديد يستقبل 12 سفينة في الشهر".');
const SECOND = article('seeds/b.txt', 'وقال سامر العبيدي إن "الميناء صدّر 300 ألف طن عام 2024".');

describe('people found by the extractor', () => {
  it('come back with the claims, and the registry given is left unchanged', () => {
    const registry = new PeopleRegistry([]);
    const { claims, people } = extractClaims(FIRST, { registry, gazetteer });
    expect(registry.all()).toEqual([]);
    expect(people).toEqual([{ id: expect.any(String), name: 'سامر العبيدي', role: 'مدير الميناء التجاري', gender: 'm', aliases: [], origin: 'extracted' }]);
    expect(claims[0]?.speaker?.id).toBe(people[0]!.id);
  });

  it('keep one id across articles once the pipeline merges them', () => {
    const empty = new PeopleRegistry([]);
    const first = extractClaims(FIRST, { registry: empty, gazetteer });
    const merged = empty.with(first.people);
    const second = extractClaims(SECOND, { registry: merged, gazetteer });
    expect(second.claims[0]?.speaker?.id).toBe(first.people[0]!.id);
    // Nothing new was learnt about him: no person to merge.
    expect(second.people).toEqual([]);
    // Without the first article the second finds the name by its grammar, without the role.
    expect(extractClaims(SECOND, { registry: empty, gazetteer }).claims[0]?.speaker).toEqual({ id: first.people[0]!.id, name: 'سامر العبيدي' });
  });

  it('a registry with more people is a new registry', () => {
    const empty = new PeopleRegistry([]);
    const { people } = extractClaims(FIRST, { registry: empty, gazetteer });
    const merged = empty.with(people);
    expect(merged).not.toBe(empty);
    expect(merged.lookup('سامر العبيدي')?.id).toBe(people[0]!.id);
    expect(empty.lookup('سامر العبيدي')).toBeUndefined();
  });
});
