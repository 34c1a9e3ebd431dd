/**
 * The build's social cards (src/lib/render/social-card.ts): one per reviewed claim in each
 * language (the fact-checks people share), and the site's own card for every other page, an
 * unreviewed claim's included (one image per claim would be a third file per claim in a large
 * archive: docs/performance.md), written to `<out>/og/<hash>.png`.
 *
 * A card's file name is the hash of what it shows, so the cache is a folder of those files:
 * a card already drawn by an earlier build is copied from it, and only new or changed cards
 * are drawn (about a tenth of a second each).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cardStrings } from '../src/i18n/card-strings.ts';
import { UI_LANGS } from '../src/i18n/index.ts';
import { claimCard, type SocialCard, siteCard } from '../src/lib/render/social-card.ts';
import type { ArticleRecord } from '../src/lib/schemas/article.ts';
import type { Claim } from '../src/lib/schemas/claim.ts';
import { claimHasEnglishPage } from '../src/lib/urls.ts';
import { drawCard } from './social-card-image.ts';

/** Every card the pages of this site point to: the same calls the pages make. */
export function siteCards(claims: readonly Claim[], articles: readonly Pick<ArticleRecord, 'id' | 'lang'>[]): SocialCard[] {
  const langOf = new Map(articles.map((a) => [a.id, a.lang]));
  return UI_LANGS.flatMap((lang) => {
    const s = cardStrings(lang);
    // The same test as the claim page's (src/components/ClaimView.astro).
    const carded = claims.filter(claimHasEnglishPage);
    return [siteCard(s), ...carded.map((claim) => claimCard(claim, langOf.get(claim.articleId) ?? 'ar', s))];
  });
}

export interface CardsWritten {
  count: number;
  drawn: number;
  reused: number;
  /** Total size of the files, in bytes. */
  bytes: number;
}

/** Writes the cards under `outDir`, drawing only those `cacheDir` does not hold yet. */
export async function writeSocialCards(cards: readonly SocialCard[], outDir: string, cacheDir: string): Promise<CardsWritten> {
  const written: CardsWritten = { count: 0, drawn: 0, reused: 0, bytes: 0 };
  mkdirSync(join(outDir, 'og'), { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  for (const card of new Map(cards.map((c) => [c.path, c])).values()) {
    const { path } = card;
    const cached = join(cacheDir, basename(path));
    if (existsSync(cached)) written.reused++;
    else {
      // Written beside and renamed, so a stopped build never leaves half a card in the cache.
      writeFileSync(`${cached}.tmp-${process.pid}`, await drawCard(card.spec));
      renameSync(`${cached}.tmp-${process.pid}`, cached);
      written.drawn++;
    }
    copyFileSync(cached, join(outDir, path));
    written.count++;
    written.bytes += statSync(cached).size;
  }
  return written;
}
