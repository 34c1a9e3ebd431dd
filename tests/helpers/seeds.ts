import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED_000 = 'seeds/000_bc5bfdee50f0dc2c.txt';
export const SEED_003 = 'seeds/003_099b512de9b6ebb4.txt';

export const readSeed = (file: string): Uint8Array => readFileSync(resolve(ROOT, file));
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Encodes text as Windows-1256 (Node has only the decoder), for the legacy-encoding tests. */
export function encodeWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(
    [...text].map((c) => {
      const byte = table.get(c);
      if (byte === undefined) throw new Error(`${c} has no Windows-1256 byte`);
      return byte;
    }),
  );
}

/** Encodes text as UTF-16 with a byte-order mark. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Uint8Array.from([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
}
