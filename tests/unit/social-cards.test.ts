/** Social cards: the content hash names the file, so a card is drawn once and redrawn only when what it shows changes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../scripts/social-card-image.ts';
import { writeSocialCards } from '../../scripts/social-cards.ts';
import { cardStrings } from '../../src/i18n/card-strings.ts';
import { claimCard, siteCard } from '../../src/lib/render/social-card.ts';

const label = 'وزير الخارجية: الاتفاقية «ستدخل حيز التنفيذ» في 2026';
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('social cards', () => {
  it('draws a card once, copies it from the cache after, and draws again when the verdict changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    const [out, cache] = [join(dir, 'out'), join(dir, 'cache')];
    const reviewed = claimCard({ label, review: { verdict: 'misleading' } as never }, 'ar', cardStrings('ar'));
    expect(await writeSocialCards([reviewed], out, cache)).toMatchObject({ count: 1, drawn: 1, reused: 0 });
    expect(await writeSocialCards([reviewed], out, cache)).toMatchObject({ count: 1, drawn: 0, reused: 1 });

    const changed = claimCard({ label, review: { verdict: 'false' } as never }, 'ar', cardStrings('ar'));
    expect(changed.path).not.toBe(reviewed.path);
    expect(await writeSocialCards([reviewed, changed], out, cache)).toMatchObject({ count: 2, drawn: 1, reused: 1 });

    const png = readFileSync(join(out, changed.path));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(60 * 1024);
  });

  it('says in its alt text what it shows, in the page language', () => {
    expect(claimCard({ label, review: { verdict: 'false' } as never }, 'ar', cardStrings('ar')).alt).toBe(`${label} — خاطئ`);
    const unreviewed = claimCard({ label, labelEn: 'The agreement takes effect in 2026' }, 'ar', cardStrings('en'));
    expect(unreviewed.alt).toBe('The agreement takes effect in 2026 — Not yet reviewed');
    expect(unreviewed.spec.titleDir).toBe('ltr');
    expect(claimCard({ label }, 'ar', cardStrings('en')).spec.titleDir).toBe('rtl');
    expect(siteCard(cardStrings('en')).path).not.toBe(siteCard(cardStrings('ar')).path);
  });

  it('wraps a long label into lines and ends a cut one with an ellipsis', () => {
    const long = Array.from({ length: 60 }, () => 'الاتفاقية').join(' ');
    const { lines, cut } = wrapLines(long, 1072, 52, 4);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/ …$/);
    expect(wrapLines('قصير', 1072, 52, 4)).toEqual({ lines: ['قصير'], cut: false });
  });
});
