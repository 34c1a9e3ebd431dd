/** Levenshtein distance by diff-match-patch: misspelt keys, nearest ids, re-anchoring quotes. */
import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();

export const editDistance = (a: string, b: string): number => dmp.diff_levenshtein(dmp.diff_main(a, b));
