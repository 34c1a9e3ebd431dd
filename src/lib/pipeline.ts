/**
 * The whole pipeline, seeds/ + content/ → the data the site loads. `runPipeline` is the list
 * of its stages; each reads its inputs and returns new values (src/lib/<stage>/):
 *   ingest (seeds, editorial content, reviews) → extract (claims; people merged article by
 *   article) → ledger (published ids kept) → labels → merge (reviews) → editorial links →
 *   link → people → English addresses.
 * No Astro import: the CLI, the build script, the Astro loader and the tests all call it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_FILES, readEditorialContent } from './content/read-content.ts';
import { ExtractCache } from './cache/extract-cache.ts';
import { applyLedger } from './ledger/apply-ledger.ts';
import { distinctIds } from './ledger/distinct-ids.ts';
import { EMPTY_LEDGER, readLedger } from './ledger/ledger-file.ts';
import { guardLedger, type LedgerGuard } from './ledger/ledger-guard.ts';
import { recordEnglishAddresses } from './ledger/english-addresses.ts';
import { renameClaims } from './ledger/rename-claims.ts';
import type { Ledger, RetiredClaim } from './schemas/ledger.ts';
import { Gazetteer } from './extract/entities.ts';
import { type Extraction, extractClaims, MAX_CLAIMS_PER_ARTICLE } from './extract/extract-claims.ts';
import { PeopleRegistry } from './extract/people-registry.ts';
import { ingestFiles, ingestFolder } from './ingest/index.ts';
import { linkClaims } from './link/link-claims.ts';
import { applyLabels } from './review/apply-labels.ts';
import { attachReviews } from './review/attach-reviews.ts';
import { readReviews } from './review/read-reviews.ts';
import type { EditorialLink } from './schemas/links.ts';
import { problems as catalogue, type Problem } from './problems.ts';
import type { ArticleRecord } from './schemas/article.ts';
import type { Claim } from './schemas/claim.ts';
import type { PersonRecord } from './schemas/people.ts';
import { processGlobal } from './process-global.ts';

export interface PipelineResult {
  articles: ArticleRecord[];
  claims: Claim[];
  people: PersonRecord[];
  problems: Problem[];
  /** Per-article extraction cache use, when a cache folder was given. */
  cache?: { hits: number; misses: number };
  /** Published ids whose claim was split, merged or removed: they keep a page. */
  retired: RetiredClaim[];
  /** The ledger updated with this build's claims, for the build to write back. */
  ledger: Ledger;
}

export interface PipelineOptions {
  /** The seeds folder; or give `seedFiles` to run on some files only. */
  seedsDir?: string;
  seedFiles?: readonly string[];
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
  /** Leave reviews out (`claims extract` on some files: the others' reviews have no claim here). */
  withoutReviews?: boolean;
  /** A folder for the per-article extraction cache (the build passes one; tests do not). */
  cacheDir?: string;
  /** The ledger of published claim ids (content/claims.lock.json); none means a first build. */
  ledgerFile?: string;
  /** Compare the ledger with what was published (last commit, previous output): src/lib/ledger/ledger-guard.ts. */
  ledgerGuard?: LedgerGuard;
  /** Called after each article is extracted: for progress on long builds. */
  onArticle?: (done: number, total: number, claims: number) => void;
}

export function runPipeline(options: PipelineOptions): PipelineResult {
  const root = options.root ?? process.cwd();
  const input = ingest(options, root);
  const extracted = extract(input, options);
  const ledger = keepPublishedIds(extracted, options, root);
  const labelled = applyLabels(ledger.claims, input.content.labels);
  const reviewed = attachReviews(options.withoutReviews ? [] : input.reviews, labelled.claims);
  const editorial = editorialLinks([...input.content.links, ...reviewed.links], labelled.claims);
  const links = linkClaims(labelled.claims, editorial.links);
  const english = recordEnglishAddresses(ledger.ledger, withLinksAndReviews(labelled.claims, links, reviewed.byClaim));
  const claims = english.claims;
  const people = peopleWithClaims(extracted.registry, claims);

  // With only some seed files (`claims extract a.txt`), labels of the others are expected.
  const contentFile = (name: string) => `${options.contentDir.replace(/.*[\\/]/, '')}/${name}`;
  const unknownLabels = options.seedFiles ? [] : labelled.unknown.map((id) => catalogue.unknownClaim(contentFile(CONTENT_FILES.labels), id, 'its label'));
  const unknownLinks = editorial.unknown.map((id) => catalogue.unknownClaim(contentFile(CONTENT_FILES.links), id, 'this link'));
  return {
    articles: ledger.articles,
    claims,
    people,
    problems: [...input.problems, ...extracted.problems, ...ledger.problems, ...unknownLabels, ...reviewed.problems, ...unknownLinks],
    retired: ledger.retired,
    ledger: english.ledger,
    ...(extracted.cache && { cache: extracted.cache }),
  };
}

/** ingest: the seeds as articles, the editorial registers and the reviews. */
function ingest(options: PipelineOptions, root: string) {
  const ingested = options.seedFiles ? ingestFiles(options.seedFiles, root) : ingestFolder(options.seedsDir ?? 'seeds', root);
  const content = readEditorialContent(options.contentDir, root);
  const reviews = readReviews(join(options.contentDir, CONTENT_FILES.reviews), root);
  return { articles: ingested.articles, content, reviews: reviews.reviews, problems: [...ingested.problems, ...content.problems, ...reviews.problems] };
}

/**
 * extract: each article in turn, against everyone named before it. The people an article
 * introduces are merged into the registry the next article reads: one id per person.
 */
function extract(input: ReturnType<typeof ingest>, options: PipelineOptions) {
  let registry = new PeopleRegistry(input.content.people);
  const gazetteer = new Gazetteer(input.content.entities);
  const cache = options.cacheDir ? new ExtractCache<Extraction>(options.cacheDir, JSON.stringify([input.content.people, input.content.entities])) : undefined;
  const articles: ArticleRecord[] = [];
  const claims: Claim[] = [];
  const found: Problem[] = [];
  for (const article of input.articles) {
    const run = () => extractClaims(article, { registry, gazetteer });
    const extracted = cache ? cache.get(article, registry.digest, run) : run();
    registry = registry.with(extracted.people);
    articles.push({ ...article, sentences: extracted.sentences, claimIds: extracted.claims.map((c) => c.id) });
    // One push per claim: a spread of a huge array overflows the stack.
    for (const claim of extracted.claims) claims.push(claim);
    if (extracted.stoppedAtLine !== undefined) found.push(catalogue.tooManyClaims(article.source, extracted.stoppedAtLine, MAX_CLAIMS_PER_ARTICLE));
    options.onArticle?.(articles.length, input.articles.length, claims.length);
  }
  return { articles, claims, registry, problems: found, ...(cache && { cache: { hits: cache.hits, misses: cache.misses } }) };
}

/** ledger: published ids are permanent, so a reworded claim keeps its id (src/lib/ledger/). */
function keepPublishedIds(extracted: { claims: Claim[]; articles: ArticleRecord[] }, options: PipelineOptions, root: string) {
  const previous = options.ledgerFile
    ? previousLedger({ path: options.ledgerFile, shown: relative(root, options.ledgerFile), root }, options.ledgerGuard)
    : { ledger: EMPTY_LEDGER, problems: [] };
  // One id, one claim, across the archive (two articles' claims may draw the same id).
  const distinct = distinctIds(extracted.claims, extracted.articles, previous.ledger);
  const ledger = applyLedger(previous.ledger, distinct.claims);
  return { ...renameClaims(distinct.claims, distinct.articles, ledger.renamed), retired: ledger.retired, ledger: ledger.ledger, problems: previous.problems };
}

/** The ledger file, compared with what was published when asked; an unreadable one is its own error. */
function previousLedger(file: { path: string; shown: string; root: string }, guard: LedgerGuard | undefined) {
  const read = readLedger(file.path, file.shown);
  return guard && read.problems.length === 0 ? guardLedger(read.ledger, file, guard) : read;
}

/** Editorial links (content/links.yaml and reviews' front matter) whose claims exist, and the ids of those that do not. */
function editorialLinks(all: readonly EditorialLink[], claims: readonly Claim[]) {
  const ids = new Set(claims.map((c) => c.id));
  const unknown: string[] = [];
  const links = all.filter((e) => {
    const missing = e.claims.find((id) => !ids.has(id));
    if (missing) unknown.push(missing);
    return !missing;
  });
  return { links, unknown };
}

/** Each claim with its links and, when an editor reviewed it, its review. */
function withLinksAndReviews(
  claims: readonly Claim[],
  links: ReadonlyMap<string, Claim['links']>,
  reviews: ReadonlyMap<string, NonNullable<Claim['review']>>,
): Claim[] {
  return claims.map((c) => {
    const review = reviews.get(c.id);
    return { ...c, links: links.get(c.id) ?? { same: [], opposes: [] }, ...(review && { review }) };
  });
}

/** Everyone the registry knows, with the claims attributed to them and the others that name them. */
function peopleWithClaims(registry: PeopleRegistry, claims: readonly Claim[]): PersonRecord[] {
  const said = Map.groupBy(
    claims.filter((c) => c.speaker),
    (c) => c.speaker!.id,
  );
  const mentioned = new Map<string, string[]>();
  for (const claim of claims) {
    for (const e of claim.entities) {
      if (e.type !== 'person' || e.id === claim.speaker?.id) continue;
      const ids = mentioned.get(e.id) ?? [];
      if (ids.at(-1) !== claim.id) ids.push(claim.id);
      mentioned.set(e.id, ids);
    }
  }
  return registry.all().map((p) => ({ ...p, claimIds: (said.get(p.id) ?? []).map((c) => c.id), mentionIds: mentioned.get(p.id) ?? [] }));
}

/** File names inside the data folder written by `claims data`. */
export const DATA_FILES = { articles: 'articles.json', claims: 'claims.json', people: 'people.json' } as const;

/** Writes the pipeline's output into `dataDir` (created if missing), one JSON file per collection. */
export function writeSiteData(dataDir: string, result: PipelineResult): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(join(dataDir, DATA_FILES.articles), `${JSON.stringify(result.articles, null, 1)}\n`);
  writeFileSync(join(dataDir, DATA_FILES.claims), `${JSON.stringify(result.claims, null, 1)}\n`);
  writeFileSync(join(dataDir, DATA_FILES.people), `${JSON.stringify(result.people, null, 1)}\n`);
}

// The build script and the Astro loader run in one process but load this module apart (Node
// and Vite each have their own module graph), so the result is shared through processGlobal:
// the pipeline runs once per build. `dev` clears it when seeds or content change.
interface Cache {
  results: Map<string, PipelineResult>;
  /** How many times the pipeline really ran in this process (the dev server logs it). */
  runs: number;
}
const cache = (): Cache => processGlobal<Cache>('pipeline-cache', () => ({ results: new Map(), runs: 0 }));

/** `runPipeline`, run once per set of options in this process. */
export function cachedPipeline(options: PipelineOptions): PipelineResult {
  const key = JSON.stringify(options);
  const hit = cache().results.get(key);
  if (hit) return hit;
  const result = runPipeline(options);
  cache().runs++;
  cache().results.set(key, result);
  return result;
}

export const clearPipelineCache = (): void => cache().results.clear();

/** The number of pipeline runs `cachedPipeline` made in this process. */
export const pipelineRuns = (): number => cache().runs;
