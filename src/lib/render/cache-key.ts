import { createHash } from 'node:crypto';

/** A page's incremental-build key: a hash of everything it renders from data. */
export const cacheKey = (props: unknown): string => createHash('sha256').update(JSON.stringify(props)).digest('hex').slice(0, 32);
