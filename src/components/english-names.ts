/**
 * The editors' English names of people, for the cache key of pages that render people's names
 * through ClaimSource (articles, claims, people): a `name_en` added to content/people.yaml
 * redraws them in an incremental build (docs/architecture.md#build).
 */
import { getCollection } from '../loaders/site-data.ts';

export async function englishNames(): Promise<[string, string][]> {
  return (await getCollection('people'))
    .filter((p) => p.data.nameEn)
    .map((p): [string, string] => [p.id, p.data.nameEn!])
    .sort(([a], [b]) => a.localeCompare(b));
}
