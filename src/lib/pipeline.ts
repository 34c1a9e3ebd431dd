/**
 * The whole pipeline, seeds/ + content/ → the data the site loads:
 *   ingest (src/lib/ingest) → extract (src/lib/extract) → editorial labels.
 * Link and merge join here as they land. No Astro import: the CLI, the build script, the
 * Astro loader and the tests all call `runPipeline`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readEditorialContent } from './content/read-content.ts';
import { ExtractCache } from './cache/extract-cache.ts';
import { applyLedger } from './ledger/apply-ledger.ts';
import { EMPTY_LEDGER, readLedger } from './ledger/ledger-file.ts';
import type { Ledger, RetiredClaim } from './schemas/ledger.ts';
import { Gazetteer } from './extract/entities.ts';
import { type Extraction, extractClaims } from './extract/extract-claims.ts';
import { PeopleRegistry } from './extract/people-registry.ts';
import { ingestFiles, ingestFolder } from './ingest/index.ts';
import { linkClaims } from './link/link-claims.ts';
import { attachReviews } from './review/attach-reviews.ts';
import type { EditorialLink } from './schemas/links.ts';
import { problems as catalogue, type Problem } from './problems.ts';
import type { ArticleRecord } from './schemas/article.ts';
import type { Claim } from './schemas/claim.ts';
import type { PersonRecord } from './schemas/people.ts';

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
  /** Called after each article is extracted: for progress on long builds. */
  onArticle?: (done: number, total: number, claims: number) => void;
}

export function runPipeline(options: PipelineOptions): PipelineResult {
  const root = options.root ?? process.cwd();
  const ingested = options.seedFiles ? ingestFiles(options.seedFiles, root) : ingestFolder(options.seedsDir ?? 'seeds', root);
  const content = readEditorialContent(options.contentDir, root);
  let registry = new PeopleRegistry(content.people);
  const gazetteer = new Gazetteer(content.entities);

  const cache = options.cacheDir ? new ExtractCache<Extraction>(options.cacheDir, JSON.stringify([content.people, content.entities])) : undefined;
  const articles: ArticleRecord[] = [];
  const claims: Claim[] = [];
  for (const article of ingested.articles) {
    const extract = () => extractClaims(article, { registry, gazetteer });
    const extracted = cache ? cache.get(article, registry.all(), extract) : extract();
    registry = registry.with(extracted.people);
    articles.push({ ...article, sentences: extracted.sentences, claimIds: extracted.claims.map((c) => c.id) });
    claims.push(...extracted.claims);
    options.onArticle?.(articles.length, ingested.articles.length, claims.length);
  }

  // Published ids are permanent: a reworded claim keeps its id (src/lib/ledger/).
  const found = [...ingested.problems, ...content.problems];
  const previous = options.ledgerFile ? readLedger(options.ledgerFile, relative(root, options.ledgerFile)) : { ledger: EMPTY_LEDGER, problems: [] };
  found.push(...previous.problems);
  const ledger = applyLedger(previous.ledger, claims);
  if (ledger.renamed.size > 0) {
    const rename = (id: string) => ledger.renamed.get(id) ?? id;
    for (const c of claims) c.id = rename(c.id);
    for (const a of articles) {
      a.claimIds = a.claimIds.map(rename);
      for (const s of a.sentences) s.claimIds = s.claimIds.map(rename);
    }
  }

  // Editors' labels replace the automatic ones; a label for an unknown claim is reported.
  const contentFile = (name: string) => `${options.contentDir.replace(/.*[\\/]/, '')}/${name}`;
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const [id, label] of Object.entries(content.labels)) {
    const claim = byId.get(id);
    if (!claim) {
      // With only some seed files (`claims extract a.txt`), labels of the others are expected.
      if (!options.seedFiles) found.push(catalogue.unknownClaim(contentFile('claim-labels.yaml'), id, 'its label'));
      continue;
    }
    if (label.ar) claim.label = label.ar;
    if (label.en) claim.labelEn = label.en;
  }

  // Reviews attach by id, or re-anchor by quote (merge); their links join content/links.yaml.
  const reviews = attachReviews(options.withoutReviews ? [] : content.reviews, claims);
  found.push(...reviews.problems);
  const editorial: EditorialLink[] = [...content.links];
  for (const r of options.withoutReviews ? [] : content.reviews) {
    const own = [...reviews.byClaim].find(([, review]) => review.file === r.file)?.[0];
    if (!own || !r.front.links) continue;
    for (const type of ['same', 'opposes', 'remove'] as const) for (const other of r.front.links[type]) editorial.push({ type, claims: [own, other] });
  }
  const known = editorial.filter((e) => {
    const missing = e.claims.find((id) => !byId.has(id));
    if (missing) found.push(catalogue.unknownClaim(contentFile('links.yaml'), missing, 'this link'));
    return !missing;
  });
  const links = linkClaims(claims, articles, known);
  for (const claim of claims) {
    claim.links = links.get(claim.id) ?? { same: [], opposes: [] };
    const review = reviews.byClaim.get(claim.id);
    if (review) claim.review = review;
  }

  const people = registry.all().map((p) => ({ ...p, claimIds: claims.filter((c) => c.speaker?.id === p.id).map((c) => c.id) }));
  return {
    articles,
    claims,
    people,
    problems: found,
    retired: ledger.retired,
    ledger: ledger.ledger,
    ...(cache && { cache: { hits: cache.hits, misses: cache.misses } }),
  };
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
// and Vite each have their own module graph), so the result is shared through globalThis:
// the pipeline runs once per build. `dev` clears it when seeds or content change.
const CACHE_KEY = Symbol.for('claims-site.pipeline-cache');
type Cache = Map<string, PipelineResult>;
const cache = (): Cache => ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map()) as Cache;

/** `runPipeline`, run once per set of options in this process. */
export function cachedPipeline(options: PipelineOptions): PipelineResult {
  const key = JSON.stringify(options);
  const hit = cache().get(key);
  if (hit) return hit;
  const result = runPipeline(options);
  cache().set(key, result);
  return result;
}

export const clearPipelineCache = (): void => cache().clear();
