import { createHash } from 'node:crypto';

/** A page's incremental-build key: a hash of everything it renders from data (src/lib/render/changed-pages.ts). */
export const cacheKey = (props: unknown): string => createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 32);

const digests = new WeakMap<object, string>();
/** `cacheKey` of an object shared by many pages (an article and its claims' pages), computed once per object. */
export function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = cacheKey(value);
    digests.set(value, digest);
  }
  return digest;
}
