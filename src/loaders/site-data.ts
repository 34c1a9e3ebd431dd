/**
 * The pipeline's data as the pages read it: `getCollection('claims')` and `getEntry('people', id)`,
 * the shape of Astro's functions of the same names, served from the pipeline's result in memory
 * (src/lib/pipeline.ts, one run per build, shared with the build script and the loader).
 *
 * Why not Astro's content layer for these: it copies every entry into its data store, which the
 * build then bundles into one JavaScript module as a string and compiles (a 180 MB store at 10,000
 * articles: over a minute of every build, an edit's rebuild included). The data is the pipeline's
 * own output, made by code typed with the same zod schemas (src/lib/schemas/). The content layer
 * keeps the editors' Markdown pages and one small `pipeline` collection whose loader runs the
 * pipeline, reports its problems and, in `astro dev`, runs it again when seeds or content change
 * (src/loaders/pipeline-loader.ts): pages then read the new result here.
 */
import { hasErrors } from '../lib/problems.ts';
import { cachedPipeline, type PipelineResult } from '../lib/pipeline.ts';
import type { ArticleRecord } from '../lib/schemas/article.ts';
import type { Claim } from '../lib/schemas/claim.ts';
import type { RetiredClaim } from '../lib/schemas/ledger.ts';
import type { PersonRecord } from '../lib/schemas/people.ts';
import { pipelineSettings } from '../lib/settings.ts';

interface Collections {
  articles: ArticleRecord;
  claims: Claim;
  people: PersonRecord;
  /** Published claim ids whose claim was split, merged or removed (content/claims.lock.json). */
  retired: RetiredClaim;
}
type Name = keyof Collections;
export interface Entry<C extends Name> {
  id: string;
  data: Collections[C];
}

type Lists = { [C in Name]: Entry<C>[] };
type Indexes = { [C in Name]: Map<string, Entry<C>> };

// In order of id, as Astro's data store gives its entries (lists that sort on dates keep that order on ties).
const entriesOf = <T extends { id: string }>(items: readonly T[]) =>
  items.map((data) => ({ id: data.id, data })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const indexOf = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));

// The entries of one result, made once: the same objects for every page (page cache keys hash each once).
const made = new WeakMap<PipelineResult, { lists: Lists; byId: Indexes }>();

/** The build's pipeline result (one run per process), or an error when the seeds or content have errors. */
export function sitePipeline(): PipelineResult {
  const result = cachedPipeline(pipelineSettings());
  if (hasErrors(result.problems)) throw new Error('The seeds or content/ have errors (listed above); fix them and run again.');
  return result;
}

function entries(): { lists: Lists; byId: Indexes } {
  const result = sitePipeline();
  let all = made.get(result);
  if (!all) {
    const lists: Lists = {
      articles: entriesOf(result.articles),
      claims: entriesOf(result.claims),
      people: entriesOf(result.people),
      retired: entriesOf(result.retired),
    };
    const byId: Indexes = { articles: indexOf(lists.articles), claims: indexOf(lists.claims), people: indexOf(lists.people), retired: indexOf(lists.retired) };
    all = { lists, byId };
    made.set(result, all);
  }
  return all;
}

/** Every entry of a collection, in order of id (a new array: callers may sort it). */
export async function getCollection<C extends Name>(name: C): Promise<Entry<C>[]> {
  return [...entries().lists[name]];
}

/** One entry by id, or undefined. */
export async function getEntry<C extends Name>(name: C, id: string): Promise<Entry<C> | undefined> {
  return entries().byId[name].get(id);
}
