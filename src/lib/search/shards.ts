/**
 * The search indexes of the archive's other shards (docs/performance.md, "Sharding"): each shard
 * is a build of its own with its own /pagefind/, and the search page merges theirs into its own
 * at query time (Pagefind's mergeIndex). Given at build time as
 *   CLAIMS_SEARCH_SHARDS=/s/2024/pagefind/,/s/2025/pagefind/
 * paths on the same site (no other origin: the page loads nothing from elsewhere).
 */
const INDEX_PATH = /^\/[a-z0-9/_-]*pagefind\/$/;

export function searchShards(env: Record<string, string | undefined> = process.env): string[] {
  const shards = (env.CLAIMS_SEARCH_SHARDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const shard of shards)
    if (!INDEX_PATH.test(shard)) throw new Error(`CLAIMS_SEARCH_SHARDS: «${shard}» is not the path of a Pagefind index on this site, like /s/2025/pagefind/`);
  // The site's own index is loaded anyway: merging it again would count every result twice.
  return shards.filter((s) => s !== '/pagefind/');
}
