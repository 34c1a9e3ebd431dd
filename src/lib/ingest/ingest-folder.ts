/**
 * Reads seeds from disk: every `*.txt` of a folder (with its `*.yaml` sidecar), or a list of
 * files. Problems of one file never hide another's: all are collected and returned together.
 */
import { lstatSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { problems, type Problem } from '../problems.ts';
import { listInputFolder, readInputFile, readTextInput } from '../read-input.ts';
import type { Article } from '../schemas/article.ts';
import { ingestSeed } from './ingest.ts';

export interface FolderResult {
  articles: Article[];
  problems: Problem[];
}

const shownFrom = (root: string) => (path: string) => relative(root, path) || path;

/**
 * @param dir the seeds folder
 * @param root paths in messages are shown relative to this folder (the project root)
 */
export function ingestFolder(dir: string, root = process.cwd()): FolderResult {
  const shown = shownFrom(root);
  const listed = listInputFolder(dir, shown(dir));
  if (!listed.ok) return { articles: [], problems: [listed.problem] };
  if (!listed.names) return { articles: [], problems: [problems.seedsDirMissing(shown(dir))] };
  const names = listed.names;
  const texts = names.filter((n) => n.toLowerCase().endsWith('.txt'));
  const found: Problem[] = [];
  if (texts.length === 0) found.push(problems.noSeeds(shown(dir)));
  for (const yaml of names.filter((n) => /\.ya?ml$/i.test(n))) {
    const stem = yaml.replace(/\.ya?ml$/i, '');
    if (!texts.some((t) => t.replace(/\.txt$/i, '') === stem)) found.push(problems.orphanSidecar(shown(join(dir, yaml)), `${stem}.txt`));
  }
  const result = ingestFiles(
    texts.map((n) => join(dir, n)),
    root,
  );
  return { articles: result.articles, problems: [...found, ...result.problems] };
}

/** Ingests the given `.txt` files, each with the sidecar beside it if there is one. */
export function ingestFiles(paths: readonly string[], root = process.cwd()): FolderResult {
  const shown = shownFrom(root);
  const found: Problem[] = [];
  const articles: Article[] = [];
  const byHash = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const path of paths) {
    const file = shown(path);
    const seed = readInputFile(path, { file, root });
    if (!seed.ok) {
      found.push(seed.missing ? problems.seedMissing(file) : seed.problem);
      continue;
    }
    const sidecar = readSidecar(path, shown, root);
    if (!sidecar.ok) {
      found.push(sidecar.problem);
      continue;
    }
    const result = ingestSeed({
      file,
      // Readers see `seeds/<name>.txt` wherever the folder lives on the build machine.
      source: `${basename(dirname(path))}/${basename(path)}`,
      bytes: seed.bytes,
      ...(sidecar.sidecar && { sidecar: sidecar.sidecar }),
    });
    found.push(...result.problems);
    const article = result.article;
    if (!article) continue;
    const sameText = byHash.get(article.contentHash);
    const sameId = byId.get(article.id);
    if (sameText) found.push(problems.duplicateSeed(file, sameText));
    else if (sameId) found.push(problems.duplicateId(file, sameId, article.id));
    else {
      byHash.set(article.contentHash, file);
      byId.set(article.id, file);
      articles.push(article);
    }
  }
  return { articles, problems: found };
}

/** The `.yaml` (or `.yml`) beside a seed, if there is one, read and decoded as strict UTF-8. */
function readSidecar(
  seedPath: string,
  shown: (path: string) => string,
  root: string,
): { ok: true; sidecar?: { file: string; text: string } } | { ok: false; problem: Problem } {
  const stem = seedPath.replace(/\.txt$/i, '');
  // lstat, not existsSync: a sidecar that is a link or a folder is refused, not skipped.
  const path = [`${stem}.yaml`, `${stem}.yml`].find((p) => lstatSync(p, { throwIfNoEntry: false }));
  if (path === undefined) return { ok: true };
  const file = shown(path);
  const read = readTextInput(path, { file, root });
  if (!read.ok) return read.missing ? { ok: true } : read;
  return { ok: true, sidecar: { file, text: read.text } };
}
