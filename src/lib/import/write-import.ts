/**
 * `npm run claims -- import <file.html...>`: reads saved web pages, turns each into a seed
 * with `importPage`, and writes `seeds/<id>.txt` and `seeds/<id>.yaml`. An existing seed is
 * never overwritten, and a page is written whole or not at all.
 */
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { problems, type Problem } from '../problems.ts';
import { readInputFile } from '../read-input.ts';
import { importPage } from './import-page.ts';

export interface ImportFilesResult {
  /** Paths written, relative to `root` (`.txt` then `.yaml` for each page). */
  written: string[];
  problems: Problem[];
}

const SIDECAR_EXTENSIONS = ['.yaml', '.yml'];

/** `importPage`, with a failure of the HTML parser on a hostile page as a named problem, not a crash. */
function parsePage(file: string, bytes: Uint8Array): ReturnType<typeof importPage> {
  try {
    return importPage({ file, bytes });
  } catch (error) {
    return { problems: [problems.importUnreadable(file, `the HTML parser failed on it (${error instanceof Error ? error.message : String(error)})`)] };
  }
}

/**
 * Imports each page into `seedsDir`. Paths in messages are relative to `root` (the project).
 * A page whose id already has a seed (`.txt`, `.yaml` or `.yml`) gives `import-exists`.
 */
export function importFiles(paths: string[], seedsDir: string, root: string): ImportFilesResult {
  const show = (path: string) => relative(root, path).split('\\').join('/') || path;
  const written: string[] = [];
  const found: Problem[] = [];

  for (const path of paths) {
    const file = show(path);
    // The page may come from anywhere (a downloads folder): it is only held to being a regular file.
    const read = readInputFile(path, { file });
    if (!read.ok) {
      found.push(read.missing ? problems.importUnreadable(file, 'the file does not exist') : read.problem);
      continue;
    }
    const result = parsePage(file, read.bytes);
    found.push(...result.problems);
    if (!result.seed) continue;
    const { id, text, sidecar } = result.seed;

    const txt = join(seedsDir, `${id}.txt`);
    const yaml = join(seedsDir, `${id}.yaml`);
    const existing = [txt, ...SIDECAR_EXTENSIONS.map((ext) => join(seedsDir, `${id}${ext}`))].find((p) => existsSync(p));
    if (existing) {
      found.push(problems.importExists(file, show(existing)));
      continue;
    }

    // Both files go to temporary names first; the `.txt` is then hard-linked into place,
    // which fails rather than overwrites if another process made it meanwhile (where hard
    // links are not supported, it is renamed after one more check).
    const stamp = `${process.pid}-${Date.now()}`;
    const tmpTxt = join(seedsDir, `.${id}.txt.${stamp}.tmp`);
    const tmpYaml = join(seedsDir, `.${id}.yaml.${stamp}.tmp`);
    const hasSidecar = Object.keys(sidecar).length > 0;
    let placed = false;
    try {
      writeFileSync(tmpTxt, text, { flag: 'wx' });
      if (hasSidecar) writeFileSync(tmpYaml, stringify(sidecar, { lineWidth: 0 }), { flag: 'wx' });
      try {
        linkSync(tmpTxt, txt);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' || existsSync(txt)) {
          found.push(problems.importExists(file, show(txt)));
          continue;
        }
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
        renameSync(tmpTxt, txt);
      }
      placed = true;
      if (hasSidecar) renameSync(tmpYaml, yaml);
      written.push(show(txt), ...(hasSidecar ? [show(yaml)] : []));
    } catch (error) {
      found.push(problems.importWriteFailed(file, show(seedsDir), (error as Error).message));
      // Nothing half-written: the .txt made above goes too.
      if (placed) rmSync(txt, { force: true });
    } finally {
      rmSync(tmpTxt, { force: true });
      rmSync(tmpYaml, { force: true });
    }
  }
  return { written, problems: found };
}
