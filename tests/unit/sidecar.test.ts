import { describe, expect, it } from 'vitest';
import { parseSidecar } from '../../src/lib/ingest/sidecar.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { readSeed, SEED_003 } from '../helpers/seeds.ts';

const FILE = 'seeds/a.yaml';

describe('sidecar metadata', () => {
  it('reads every documented field', () => {
    const { meta, problems } = parseSidecar(
      'outlet: عربي21\nurl: https://example.org/story/1\npublished: 2025-12-18\nauthor: فلان الفلاني\nlanguage: ar\n',
      FILE,
    );
    expect(problems).toEqual([]);
    expect(meta).toEqual({ outlet: 'عربي21', url: 'https://example.org/story/1', published: '2025-12-18', author: 'فلان الفلاني', language: 'ar' });
  });

  it('accepts a date-time with an offset and an empty file', () => {
    expect(parseSidecar('published: "2025-12-18T09:30:00+02:00"\n', FILE).problems).toEqual([]);
    expect(parseSidecar('', FILE)).toEqual({ meta: {}, problems: [] });
  });

  it('a date that is not a date: names the file, the line and the fix', () => {
    const { problems } = parseSidecar('outlet: عربي21\npublished: 2025-02-30\n', FILE);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'error seeds/a.yaml:2 [invalid-field] published: is not a date; write it as YYYY-MM-DD, for example 2025-12-18.\n' +
        '  fix: Correct "published" in seeds/a.yaml, or delete the line if the source does not say it (see docs/sidecar.md).',
    );
  });

  it('a field of the wrong type', () => {
    const { problems } = parseSidecar('outlet: عربي21\n\nauthor:\n  - one\n  - two\n', FILE);
    expect(problems).toEqual([expect.objectContaining({ code: 'invalid-field', line: 4, file: FILE })]);
    expect(problems[0]!.message).toMatch(/^author: /);
  });

  it('a number where a date belongs (YAML reads 20251218 as a number)', () => {
    const { problems } = parseSidecar('published: 20251218\n', FILE);
    expect(problems[0]).toMatchObject({ line: 1 });
    expect(problems[0]!.message).toContain('YYYY-MM-DD');
  });

  it('an unknown field, with the list of known ones', () => {
    const { problems } = parseSidecar('outlet: x\npublisher: y\n', FILE);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'invalid-field', line: 2, message: 'publisher: is not a known field; did you mean "published"?' }),
    ]);
    expect(problems[0]!.hint).toContain('outlet, url, published, author, language');
    expect(parseSidecar('outlt: x\n', FILE).problems[0]).toMatchObject({ line: 1, message: 'outlt: is not a known field; did you mean "outlet"?' });
    expect(parseSidecar('colour: x\n', FILE).problems[0]!.message).toBe('colour: is not a known field.');
  });

  it('a bad URL and broken YAML', () => {
    expect(parseSidecar('url: arabi21.com/story\n', FILE).problems[0]).toMatchObject({ line: 1, code: 'invalid-field' });
    expect(parseSidecar('outlet: [unclosed\n', FILE).problems[0]).toMatchObject({ code: 'yaml-syntax', file: FILE });
  });

  it('an invalid sidecar is reported and nothing from it is used', () => {
    const result = ingestSeed({ file: SEED_003, bytes: readSeed(SEED_003), sidecar: { file: FILE, text: 'outlet: x\npublished: soon\n' } });
    expect(result.article!.meta).toEqual({});
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-field']);
  });
});
