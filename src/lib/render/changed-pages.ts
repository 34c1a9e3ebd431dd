/**
 * Rebuilding only what changed. Every page that grows with the archive (claims, articles, people,
 * lists) gives a cache key in its route's getStaticPaths: a hash of exactly what it renders from
 * data (src/lib/render/cache-key.ts). scripts/build.ts hands this module the keys of the previous
 * build, whose pages are still in the live output folder; a route then asks `onlyChanged` for
 * the paths to render: a page whose key is the same and whose file is still there is left out,
 * and the build hard-links that file from the previous site (scripts/page-reuse.ts).
 * An editor's one-word fix renders its article, its claims and the lists that show them, not
 * the other 200,000 pages of a large archive.
 *
 * The previous keys count only when the code, the dependencies and the settings are those of the
 * previous build (scripts/build.ts compares a digest of them); otherwise every page is rendered.
 * `astro dev` and a plain `astro build` never set previous keys: every page is rendered.
 * The state is shared through processGlobal: the build script and the pages load this module apart.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { processGlobal } from '../process-global.ts';

export interface PageKeys {
  /** Output file (`claims/<id>/index.html`) → cache key. */
  [file: string]: string;
}

interface State {
  /** The previous build's keys and the folder holding its pages, when it may be reused. */
  previous?: { keys: PageKeys; dir: string } | undefined;
  /** This build's key of every keyed page, rendered or not. */
  keys: PageKeys;
  /** Pages left out of this build: the same as in the previous site. A set: Astro may ask a route for its paths more than once. */
  unchanged: Set<string>;
  /** The addresses of the pages Astro rendered (`claims/x/`), told by astro.config.mjs once it is done. */
  rendered: string[];
}

const state = () => processGlobal<State>('changed-pages', () => ({ keys: {}, unchanged: new Set(), rendered: [] }));

/** Starts a build: pages whose key is in `keys` and whose file is in `dir` will be reused (none without them). */
export function startBuild(previous?: { keys: PageKeys; dir: string }): void {
  const s = state();
  s.previous = previous;
  s.keys = {};
  s.unchanged = new Set();
  s.rendered = [];
}

/** Astro's list of the pages it rendered (the `astro:build:done` hook). */
export function recordRenderedPages(pathnames: readonly string[]): void {
  state().rendered = [...pathnames];
}

/** This build's keys, the pages to take from the previous site and the pages rendered, once Astro is done. */
export function buildKeys(): { keys: PageKeys; unchanged: readonly string[]; rendered: readonly string[] } {
  const { keys, unchanged, rendered } = state();
  return { keys, unchanged: [...unchanged], rendered };
}

/**
 * The file a page of `pattern` (the route's file under src/pages/ without its extension, with
 * `index` for pages: `[...lang]/claims/[id]/index`, `articles/[id].json`) is written to, for
 * `params`. Astro's directory format: a page at `<path>/index.html`, an endpoint at its own name.
 */
export function outputFile(pattern: string, params: Record<string, string | undefined>): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? '');
  const path = filled.split('/').filter(Boolean).join('/');
  return path.endsWith('/index') || path === 'index' ? `${path}.html` : path;
}

/**
 * The paths of a route to render in this build: all of them, but those with the key and the file
 * of the previous build. Every key is recorded, for the next build.
 */
export function onlyChanged<P extends { params: Record<string, string | undefined>; cacheKey?: string }>(pattern: string, paths: P[]): P[] {
  const s = state();
  const seen = new Set<string>();
  return paths.filter((path) => {
    if (path.cacheKey === undefined) return true;
    const file = outputFile(pattern, path.params);
    // Two paths of one route at one address: Astro renders the first and warns; so here.
    if (seen.has(file)) return false;
    seen.add(file);
    s.keys[file] = path.cacheKey;
    const same = s.previous?.keys[file] === path.cacheKey && existsSync(join(s.previous.dir, file));
    if (same) s.unchanged.add(file);
    return !same;
  });
}
