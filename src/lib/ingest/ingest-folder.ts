/**
 * Reads every `*.txt` of a seeds folder (with its `*.yaml` sidecar) and ingests it.
 * Problems of one file never hide another's: all are collected and returned together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { problems, type Problem } from '../problems.ts';
import type { Article } from '../schemas/article.ts';
import { ingestSeed } from './ingest.ts';

export interface FolderResult {
  articles: Article[];
  problems: Problem[];
}

/**
 * @param dir the seeds folder
 * @param root paths in messages are shown relative to this folder (the project root)
 */
export function ingestFolder(dir: string, root = process.cwd()): FolderResult {
  const shown = (path: string) => relative(root, path) || path;
  if (!existsSync(dir)) return { articles: [], problems: [problems.seedsDirMissing(shown(dir))] };

  const names = readdirSync(dir).sort();
  const texts = names.filter((n) => n.toLowerCase().endsWith('.txt'));
  const found: Problem[] = [];
  if (texts.length === 0) found.push(problems.noSeeds(shown(dir)));

  for (const yaml of names.filter((n) => /\.ya?ml$/i.test(n))) {
    const stem = yaml.replace(/\.ya?ml$/i, '');
    if (!texts.some((t) => t.replace(/\.txt$/i, '') === stem)) found.push(problems.orphanSidecar(shown(join(dir, yaml)), `${stem}.txt`));
  }

  const articles: Article[] = [];
  const byHash = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const name of texts) {
    const file = shown(join(dir, name));
    const stem = name.replace(/\.txt$/i, '');
    const sidecarName = [`${stem}.yaml`, `${stem}.yml`].find((n) => names.includes(n));
    const result = ingestSeed({
      file,
      // Readers see `seeds/<name>.txt` wherever the folder lives on the build machine.
      source: `${basename(dir)}/${name}`,
      bytes: readFileSync(join(dir, name)),
      ...(sidecarName && { sidecar: { file: shown(join(dir, sidecarName)), text: readFileSync(join(dir, sidecarName), 'utf8') } }),
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
