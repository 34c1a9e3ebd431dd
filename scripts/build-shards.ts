/**
 * An archive built as shards (docs/performance.md, "Sharding"): each shard is a whole build of
 * its own seeds (its own Astro site and /pagefind/), and one deployable folder holds them all.
 *   node scripts/build-shards.ts --out DIR [--content DIR] NAME=SEEDS_DIR[:CONTENT_DIR] …
 *   node scripts/build-shards.ts --out DIR --assemble NAME=BUILT_DIR NAME=BUILT_DIR …
 * The first shard is the home shard: its site is the root of the folder (home, lists, search,
 * styles). Every other shard adds its pages at their usual addresses (/articles/<id>/,
 * /claims/<id>/, …: an address never depends on the shard, so a claim's URL stays permanent when
 * shards are split or merged) and its index at /s/<name>/pagefind/, which the search page merges
 * into its own at query time (CLAIMS_SEARCH_SHARDS, Pagefind's mergeIndex). With --assemble the
 * shards were built elsewhere (one CI runner each, with CLAIMS_SEARCH_SHARDS set as below) and
 * are only put together; a deploy then rebuilds only the shards whose seeds changed.
 * A shard's reviews must name claims of its own articles (a review of a claim that is not in the
 * build stops it): give each shard its content folder (NAME=SEEDS_DIR:CONTENT_DIR), or one for all.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/lib/paths.ts';

export interface Shard {
  /** Lower-case letters, digits and hyphens: the folder /s/<name>/ of its index. */
  name: string;
  dir: string;
  /** Its content folder (reviews, labels, people), when it has one of its own. */
  content?: string;
}

/** Where a shard's index is served in the assembled folder. */
export const shardIndexPath = (name: string): string => `/s/${name}/pagefind/`;

/** The value of CLAIMS_SEARCH_SHARDS for a build of the shards: every shard's index but the home shard's own /pagefind/. */
export const otherShardIndexes = (names: string[]): string => names.slice(1).map(shardIndexPath).join(',');

function parseShards(args: string[]): Shard[] {
  const shards = args.map((arg) => {
    const match = /^([a-z0-9][a-z0-9-]*)=([^:]+)(?::(.+))?$/.exec(arg);
    if (!match) throw new Error(`«${arg}» is not NAME=FOLDER[:CONTENT] (a name of lower-case letters, digits and hyphens)`);
    return { name: match[1]!, dir: resolve(match[2]!), ...(match[3] && { content: resolve(match[3]) }) };
  });
  if (shards.length < 1 || new Set(shards.map((s) => s.name)).size !== shards.length) throw new Error('give one NAME=FOLDER per shard, each name once');
  return shards;
}

/** Builds each shard with scripts/build.ts (one after another: on one machine they share its cores). */
export function buildShards(shards: Shard[], work: string, content?: string): Shard[] {
  const env = { ...process.env, CLAIMS_SEARCH_SHARDS: otherShardIndexes(shards.map((s) => s.name)) };
  return shards.map((shard) => {
    const { name, dir } = shard;
    const out = join(work, name);
    const shardContent = shard.content ?? content;
    const args = ['scripts/build.ts', '--seeds', dir, '--out', out, ...(shardContent ? ['--content', shardContent] : [])];
    execFileSync(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    return { name, dir: out };
  });
}

/** Files of the home shard that another shard also has with other bytes (its lists, feeds, people seen in both): the home shard's are kept. */
function differing(from: string, to: string, under = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(from, under), { withFileTypes: true })) {
    const path = join(under, entry.name);
    if (entry.isDirectory()) found.push(...(existsSync(join(to, path)) ? differing(from, to, path) : []));
    else if (existsSync(join(to, path)) && !readFileSync(join(from, path)).equals(readFileSync(join(to, path)))) found.push(path);
  }
  return found;
}

/** Puts built shards into one folder: the home shard whole, the others' pages where absent, each other index at /s/<name>/pagefind/. */
export function assembleShards(shards: Shard[], out: string): { kept: string[] } {
  const [home, ...others] = shards;
  if (!home) throw new Error('no shard to assemble');
  rmSync(out, { recursive: true, force: true });
  cpSync(home.dir, out, { recursive: true });
  const kept: string[] = [];
  for (const shard of others) {
    // Its own index and offline worker serve its own site only; the pages are all that is added.
    const skip = new Set([join(shard.dir, 'pagefind'), join(shard.dir, 'sw.js')]);
    kept.push(...differing(shard.dir, out).filter((path) => !path.startsWith('pagefind/') && path !== 'sw.js'));
    cpSync(shard.dir, out, { recursive: true, force: false, filter: (src) => !skip.has(src) });
    const index = join(out, shardIndexPath(shard.name));
    mkdirSync(index, { recursive: true });
    cpSync(join(shard.dir, 'pagefind'), index, { recursive: true });
  }
  return { kept };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string' }, content: { type: 'string' }, assemble: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (!values.out) throw new Error('--out DIR is required');
  const out = resolve(values.out);
  const shards = parseShards(positionals);
  const work = `${out}-shards`;
  const built = values.assemble ? shards : buildShards(shards, work, values.content);
  const { kept } = assembleShards(built, out);
  console.log(
    `assembled ${shards.length} shard(s) into ${relative(process.cwd(), out) || out}: ${shards[0]!.name} at the root, others' indexes at /s/<name>/pagefind/`,
  );
  if (kept.length)
    console.log(
      `  ${kept.length} file(s) built by several shards differ; the home shard's kept (lists, feeds, shared people): ${kept.slice(0, 5).join(', ')}…`,
    );
}
