/**
 * Bytes of a saved web page → text. A byte-order mark wins; then the encoding the page
 * declares in `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * (for example windows-1256); else UTF-8. Bytes that are not text are refused.
 */
import { problems, type Problem } from '../problems.ts';

export type DecodedPage = { ok: true; text: string; encoding: string; warnings: Problem[] } | { ok: false; problem: Problem };

/** Browsers look for the declaration in the first 1024 bytes; saved pages may put more before it. */
const PRESCAN_BYTES = 4096;

/** The encoding label the page declares, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in any encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

export function decodePage(bytes: Uint8Array, file: string): DecodedPage {
  if (bytes.length === 0) return { ok: false, problem: problems.importUnreadable(file, 'the file is empty') };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', warnings: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  if (bytes.includes(0)) return { ok: false, problem: problems.importUnreadable(file, 'it holds NUL bytes, so it is not a text (HTML) file') };

  const warnings: Problem[] = [];
  const label = declaredCharset(bytes);
  if (label) {
    let decoder: TextDecoder | undefined;
    try {
      decoder = new TextDecoder(label);
    } catch {
      warnings.push(problems.importUnknownCharset(file, label));
    }
    // A page saved by a browser is re-encoded as UTF-8 but may keep its old declaration;
    // UTF-16 declarations in an ASCII-compatible file are wrong by definition (HTML spec).
    if (decoder && !decoder.encoding.startsWith('utf-16')) {
      if (decoder.encoding !== 'utf-8') {
        const utf8 = tryUtf8(bytes);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is every non-ASCII character.
        if (utf8 !== undefined && /[^\x00-\x7F]/.test(utf8)) return { ok: true, text: utf8, encoding: 'utf-8', warnings };
      }
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding, warnings };
    }
  }
  const text = tryUtf8(bytes);
  if (text === undefined)
    return {
      ok: false,
      problem: problems.importUnreadable(file, 'it is not UTF-8 and declares no other encoding (no <meta charset>)'),
    };
  return { ok: true, text, encoding: 'utf-8', warnings };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
