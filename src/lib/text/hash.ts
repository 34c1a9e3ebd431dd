import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string, cut to `length` characters: used for content-derived ids. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}
