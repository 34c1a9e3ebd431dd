/**
 * The one way the pipeline reads an input file (a seed, a sidecar, a review, a file of
 * content/ and the ledger, a page given to `claims import`): `check`, the build, the dev
 * server and `import` all come here. An input must be a regular file: a symbolic link, a folder, a device or a
 * FIFO is refused (a link in seeds/ would publish any file of the build machine; a FIFO
 * would hang the reader), so is a file of the project whose real path lies outside it, and
 * so is a file above the size limit. The file is opened once and read once.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { problems, type Problem } from './problems.ts';
import { decodeUtf8 } from './text/utf8.ts';

/** The size limit in megabytes when CLAIMS_MAX_INPUT_MB is not set: a long article is 100 KB. */
export const DEFAULT_MAX_INPUT_MB = 4;

/** The size limit in bytes: CLAIMS_MAX_INPUT_MB (a positive number of megabytes), else the default. */
export function maxInputBytes(): number {
  const mb = Number(process.env.CLAIMS_MAX_INPUT_MB);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_INPUT_MB) * 1024 * 1024);
}

export type InputRead = { ok: true; bytes: Buffer } | { ok: false; missing: true } | { ok: false; missing: false; problem: Problem };

export interface ReadInputOptions {
  /** The path shown in messages (`seeds/a.txt`). */
  file: string;
  /**
   * The project folder: a path inside it must really lie inside it once links are resolved
   * (a linked seeds/ or content/reviews/ folder is refused). A path outside it (a folder given
   * with --seeds) is only held to being a regular file.
   */
  root?: string;
  /** Defaults to `maxInputBytes()`. */
  maxBytes?: number;
}

const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

/** What a non-regular file is, for the message. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

const fail = (problem: Problem): { ok: false; missing: false; problem: Problem } => ({ ok: false, missing: false, problem });

// O_NOFOLLOW refuses a link put in place after the lstat; O_NONBLOCK keeps a FIFO from hanging open().
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The checks of `readInputFile` without the reading: for files another reader opens (the
 * pages of content/pages/, which Astro's glob loader reads), so `check` and the build refuse them.
 */
export function checkInputFile(path: string, options: ReadInputOptions): { ok: true; size: number } | Exclude<InputRead, { ok: true }> {
  const { file } = options;
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true };
    return fail(problems.inputUnreadable(file, code ?? String(error)));
  }
  const kind = kindOf(stats);
  if (kind) return fail(problems.notARegularFile(file, kind));
  if (options.root && isInside(resolve(options.root), resolve(path))) {
    let real: string;
    let realRoot: string;
    try {
      real = realpathSync(path);
      realRoot = realpathSync(options.root);
    } catch (error) {
      return fail(problems.inputUnreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
    if (!isInside(realRoot, real)) return fail(problems.outsideProject(file, real));
  }
  const max = options.maxBytes ?? maxInputBytes();
  if (stats.size > max) return fail(problems.fileTooLarge(file, stats.size, max));
  return { ok: true, size: stats.size };
}

export function readInputFile(path: string, options: ReadInputOptions): InputRead {
  const { file } = options;
  const max = options.maxBytes ?? maxInputBytes();
  const checked = checkInputFile(path, options);
  if (!checked.ok) return checked;

  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ELOOP' ? problems.notARegularFile(file, 'a symbolic link') : problems.inputUnreadable(file, code ?? String(error)));
  }
  try {
    const opened = fstatSync(fd);
    const openedKind = kindOf(opened);
    if (openedKind) return fail(problems.notARegularFile(file, openedKind));
    // Read at most one byte past the limit: a file that grew since the lstat is still bounded.
    const buffer = Buffer.alloc(Math.min(opened.size, max) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) return fail(problems.fileTooLarge(file, length, max));
    if (length === buffer.length) return fail(problems.inputUnreadable(file, 'it grew while it was being read'));
    return { ok: true, bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

export type TextInputRead = { ok: true; text: string } | { ok: false; missing: true } | { ok: false; missing: false; problem: Problem };

/** An editor's YAML or Markdown file (sidecar, review, file of content/): read as above, then strict UTF-8. */
export function readTextInput(path: string, options: ReadInputOptions): TextInputRead {
  const read = readInputFile(path, options);
  if (!read.ok) return read;
  const decoded = decodeUtf8(read.bytes);
  return decoded.ok ? decoded : fail(problems.unknownEncoding(options.file, decoded.line, decoded.column, false));
}

/**
 * The names in an input folder (seeds/, content/reviews/), sorted, or undefined when it does
 * not exist, or a problem when it is not a folder. A linked folder is listed: each file in it
 * is then held to `readInputFile`'s rules.
 */
export function listInputFolder(dir: string, shown: string): { ok: true; names: string[] | undefined } | { ok: false; problem: Problem } {
  const stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) return { ok: true, names: undefined };
  if (!stats.isDirectory()) return { ok: false, problem: problems.notAFolder(shown) };
  return { ok: true, names: readdirSync(dir).sort() };
}
