/** content/claim-labels.yaml and content/people.yaml change what the pipeline produces. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimWith, seedsPipeline } from '../helpers/pipeline.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const withContent = (files: Record<string, string>) => {
  const dir = tempDir('content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return runPipeline({ seedsDir: join(ROOT, 'seeds'), contentDir: dir, root: ROOT });
};

describe('claim labels from content/claim-labels.yaml', () => {
  const ranked = claimWith(seedsPipeline().claims, 'المرتبة الثانية عشرة');

  it('replace the automatic label and add an English one, without changing the id', () => {
    const result = withContent({ 'claim-labels.yaml': `${ranked.id}:\n  ar: الجيش الباكستاني الثاني عشر عالميًا\n  en: Pakistan's army ranked 12th\n` });
    expect(result.problems).toEqual([]);
    expect(result.claims.find((c) => c.id === ranked.id)).toMatchObject({
      label: 'الجيش الباكستاني الثاني عشر عالميًا',
      labelEn: "Pakistan's army ranked 12th",
    });
  });

  it('a label for an unknown claim is reported, not silently ignored', () => {
    const result = withContent({ 'claim-labels.yaml': 'no-such-claim-000000:\n  en: Nothing\n' });
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-claim', severity: 'warning', message: expect.stringContaining('no-such-claim-000000') }),
    ]);
  });
});

describe('people from content/people.yaml', () => {
  it('an entry for a person found in the text takes over their id, name in English and aliases', () => {
    const result = withContent({
      'people.yaml': '- id: mohamed-barghathi\n  name: محمد البرغثي\n  name_en: Mohamed al-Barghathi\n  aliases: [البرغثي]\n',
    });
    const person = result.people.find((p) => p.id === 'mohamed-barghathi')!;
    expect(person).toMatchObject({ origin: 'editorial', nameEn: 'Mohamed al-Barghathi', role: 'وزير الدفاع الليبي الأسبق' });
    expect(person.claimIds.length).toBe(2);
    expect(result.people.some((p) => p.id === 'mhmd-albrghthy')).toBe(false);
  });

  it('two entries with one id are an error', () => {
    const result = withContent({ 'people.yaml': '- { id: a, name: أحمد }\n- { id: a, name: علي }\n' });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'duplicate-id', severity: 'error' })]);
  });
});
