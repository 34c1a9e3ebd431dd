/**
 * Extraction of test paragraphs under a one-word headline, with an empty registry and
 * gazetteer, and the lookups the attribution tests make on its claims.
 */
import { Gazetteer } from '../../src/lib/extract/entities.ts';
import { extractClaims } from '../../src/lib/extract/extract-claims.ts';
import { PeopleRegistry } from '../../src/lib/extract/people-registry.ts';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { utf8 } from './seeds.ts';

export const extractParagraphs = (...paragraphs: string[]) => {
  const article = ingestSeed({ file: 'seeds/t.txt', bytes: utf8(['عنوان', ...paragraphs].join('\n\n')) }).article!;
  return extractClaims(article, { registry: new PeopleRegistry([]), gazetteer: new Gazetteer([]) });
};
type Claims = ReturnType<typeof extractParagraphs>['claims'];

/** The claim whose text holds `words`; throws with every claim's text when none does. */
export const claimWith = (claims: Claims, words: string) => {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}: ${claims.map((c) => c.text).join(' | ')}`);
  return claim;
};

/** Who the claim holding `words` is credited to: the speaker's name, the source's words, or null. */
export const who = (claims: Claims, words: string) => {
  const c = claimWith(claims, words);
  return c.speaker?.name ?? c.source ?? null;
};
