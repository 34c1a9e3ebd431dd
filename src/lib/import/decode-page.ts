/**
 * Bytes of a saved web page → text. A byte-order mark wins; then the encoding the page
 * declares in `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * (for example windows-1256); else UTF-8. Bytes that are not text are refused.
 */
import { problems, type Problem } from '../problems.ts';
import { decodeUtf8, isMostlyUtf8 } from '../text/utf8.ts';

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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strictUtf8(bytes, file, []);
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
    // A damaged UTF-8 page (mostly well-formed sequences) is never read in the declared legacy encoding.
    if (decoder && !decoder.encoding.startsWith('utf-16') && decoder.encoding !== 'utf-8' && !isMostlyUtf8(bytes)) {
      return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding, warnings };
    }
  }
  return strictUtf8(bytes, file, warnings, label === undefined ? ' and declares no other encoding (no <meta charset>)' : '');
}

/** UTF-8, declared or assumed: one bad byte is an error with its place, never a U+FFFD in the seed. */
function strictUtf8(bytes: Uint8Array, file: string, warnings: Problem[], why = ''): DecodedPage {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text, encoding: 'utf-8', warnings };
  return {
    ok: false,
    problem: problems.importUnreadable(file, `it is not valid UTF-8 (first bad byte on line ${decoded.line}, byte ${decoded.column})${why}`),
  };
}
