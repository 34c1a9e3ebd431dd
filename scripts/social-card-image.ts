/**
 * Draws a social card (src/lib/render/social-card.ts) as a 1200×630 PNG: an SVG of our own,
 * rendered by resvg (@resvg/resvg-js), whose text engine shapes Arabic (rustybuzz) and orders
 * mixed Arabic and Latin text (Unicode bidi). Satori, the usual choice, lays text out itself
 * and does not join Arabic letters (docs/performance.md).
 *
 * The font is the site's, Noto Naskh Arabic, as Google Fonts' static files of the typeface
 * (@expo-google-fonts/noto-naskh-arabic): one file holds Arabic and Latin, as resvg needs.
 * The site's own files are split by script (Arabic, Latin), and resvg's fallback from one
 * font to another gives up on Arabic, whose ligatures change the number of glyphs. Nothing is
 * fetched: the fonts are files of the installed package.
 *
 * resvg does not wrap lines: each line is measured with HarfBuzz (harfbuzzjs) on the same
 * font and drawn as a <text> of its own, isolated in its direction (RLI/LRI … PDI) so that
 * a line of Arabic starts on the right whatever it holds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';
import { CARD_SIZE, type CardSpec, type CardTone } from '../src/lib/render/social-card.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'),
};
const FAMILY = 'Noto Naskh Arabic';

const { width: W, height: H } = CARD_SIZE;
const PAD = 64;
const BAND = 104;
const BRAND = '#155e63';

/** Border, background and text of the verdict badge: the colours of the site's VerdictBadge. */
const TONES: Record<CardTone, { border: string; fill: string; text: string }> = {
  accurate: { border: '#047857', fill: '#ecfdf5', text: '#064e3b' },
  'mostly-accurate': { border: '#0f766e', fill: '#f0fdfa', text: '#134e4a' },
  misleading: { border: '#c2410c', fill: '#fff7ed', text: '#7c2d12' },
  false: { border: '#b91c1c', fill: '#fef2f2', text: '#7f1d1d' },
  unverifiable: { border: '#57534e', fill: '#f5f5f4', text: '#1c1917' },
  opinion: { border: '#4338ca', fill: '#eef2ff', text: '#312e81' },
  unreviewed: { border: '#78716c', fill: '#ffffff', text: '#44403c' },
  site: { border: BRAND, fill: '#ffffff', text: '#292524' },
};

/** HarfBuzz on the card's font, for the width of a line before it is drawn. */
const shapers = new Map<'regular' | 'bold', { font: hb.Font; upem: number }>();
function shaper(weight: 'regular' | 'bold') {
  let s = shapers.get(weight);
  if (!s) {
    const face = new hb.Face(new hb.Blob(readFileSync(FONT_FILES[weight])));
    s = { font: new hb.Font(face), upem: face.upem };
    shapers.set(weight, s);
  }
  return s;
}

/** The width of `text` at size 1 (multiply by the font size): the sum of its glyphs' advances. */
export function textWidth(text: string, weight: 'regular' | 'bold'): number {
  const { font, upem } = shaper(weight);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) / upem;
}

/**
 * Words into lines no wider than `width` at font size `size`; past `maxLines`, the last line
 * ends with an ellipsis. Each word is measured once: Arabic letters join within a word, never
 * across a space, so a line is as wide as its words and spaces.
 */
export function wrapLines(text: string, width: number, size: number, maxLines: number, weight: 'regular' | 'bold' = 'bold'): { lines: string[]; cut: boolean } {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ word, width: textWidth(word, weight) * size }));
  const space = textWidth(' ', weight) * size;
  const ellipsis = textWidth(' …', weight) * size;
  const lines: (typeof words)[] = [];
  let line: typeof words = [];
  let lineWidth = 0;
  for (const w of words) {
    if (line.length > 0 && lineWidth + space + w.width > width) {
      lines.push(line);
      line = [];
    }
    lineWidth = line.length === 0 ? w.width : lineWidth + space + w.width;
    line.push(w);
  }
  if (line.length > 0) lines.push(line);
  const joined = (l: typeof words) => l.map((w) => w.word).join(' ');
  if (lines.length <= maxLines) return { lines: lines.map(joined), cut: false };
  const last = lines[maxLines - 1]!;
  const widthOf = (l: typeof words) => l.reduce((sum, w) => sum + w.width, 0) + space * (l.length - 1);
  while (last.length > 1 && widthOf(last) + ellipsis > width) last.pop();
  return { lines: [...lines.slice(0, maxLines - 1).map(joined), `${joined(last)} …`], cut: true };
}

const escapeXml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One line of text at its start edge: the right one for right-to-left text. */
function line(text: string, y: number, dir: 'rtl' | 'ltr', size: number, weight: 'regular' | 'bold', fill: string, inset = 0): string {
  const x = dir === 'rtl' ? W - PAD - inset : PAD + inset;
  const isolated = `${dir === 'rtl' ? '\u2067' : '\u2066'}${text}\u2069`;
  return (
    `<text x="${x}" y="${y}" font-family="${FAMILY}" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}" ` +
    `text-anchor="${dir === 'rtl' ? 'end' : 'start'}" fill="${fill}">${escapeXml(isolated)}</text>`
  );
}

/** Title sizes tried in turn, largest first; with how many lines fit the space under the badge. */
const TITLE_SIZES = [60, 52, 44];
const TITLE_TOP = 262;
const TITLE_BOTTOM = H - 40;

/** The card as SVG: the site's name on a band, the verdict badge, the label in as large a size as fits. */
export function cardSvg(spec: CardSpec): string {
  const dir = spec.lang === 'ar' ? 'rtl' : 'ltr';
  const tone = TONES[spec.tone];
  const parts = [
    `<rect width="${W}" height="${H}" fill="#fafaf9"/>`,
    `<rect width="${W}" height="${BAND}" fill="${BRAND}"/>`,
    line(spec.site, 68, dir, 40, 'bold', '#ffffff'),
    `<rect y="${H - 16}" width="${W}" height="16" fill="${tone.border}"/>`,
  ];
  if (spec.tone === 'site') {
    parts.push(line(spec.title, 330, spec.titleDir, 84, 'bold', '#1c1917'));
    const tagline = wrapLines(spec.badge, W - 2 * PAD, 40, 2, 'regular').lines;
    for (const [i, l] of tagline.entries()) parts.push(line(l, 430 + i * 64, dir, 40, 'regular', '#44403c'));
  } else {
    const badgeSize = 38;
    const badgeWidth = textWidth(spec.badge, 'bold') * badgeSize + 64;
    const badgeX = dir === 'rtl' ? W - PAD - badgeWidth : PAD;
    parts.push(
      `<rect x="${badgeX}" y="140" width="${badgeWidth}" height="80" rx="12" fill="${tone.fill}" stroke="${tone.border}" stroke-width="5"` +
        `${spec.tone === 'unreviewed' ? ' stroke-dasharray="14 8"' : ''}/>`,
      line(spec.badge, 194, dir, badgeSize, 'bold', tone.text, 32),
    );
    const fit = TITLE_SIZES.map((size) => {
      const lineHeight = Math.round(size * 1.55);
      const maxLines = Math.floor((TITLE_BOTTOM - TITLE_TOP) / lineHeight);
      return { size, lineHeight, ...wrapLines(spec.title, W - 2 * PAD, size, maxLines) };
    });
    const chosen = fit.find((f) => !f.cut) ?? fit[fit.length - 1]!;
    for (const [i, l] of chosen.lines.entries()) {
      parts.push(line(l, TITLE_TOP + chosen.size + i * chosen.lineHeight, spec.titleDir, chosen.size, 'bold', '#1c1917'));
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/**
 * The card as a PNG file's bytes. resvg's own PNG is full colour (about 50 KB, up to 70);
 * a card has a handful of flat colours and their anti-aliased edges, so sharp (libvips, with
 * libimagequant) writes it with a palette of at most 32 colours: 15 to 20 KB, no visible change,
 * in no more time than resvg's own encoder (the quickest quantiser setting; without `quality`
 * sharp would spend three times as long).
 */
export async function drawCard(spec: CardSpec): Promise<Buffer> {
  const resvg = new Resvg(cardSvg(spec), { font: { fontFiles: Object.values(FONT_FILES), loadSystemFonts: false, defaultFontFamily: FAMILY } });
  const image = resvg.render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, quality: 80, colours: 32, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}
