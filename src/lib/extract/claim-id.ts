/**
 * Claim ids: `<slug>-<hash>`, e.g. `yhtl-almrtba-althanya-ashra-3f9a1c`.
 *   slug — the claim's first words, transliterated (readable, ASCII, URL-safe);
 *   hash — 6 hex digits of SHA-256 over the article id and the claim's *folded* text.
 * Nothing positional goes in, so a paragraph added above, another sentence edited, or a
 * rebuild leaves the id alone; only an edit of the claim's own words changes it (and the
 * ledger of issue #7 then keeps the old URL alive). docs/claims.md explains the scheme.
 */
import { foldArabic } from '../text/arabic-fold.ts';
import { shortHash } from '../text/hash.ts';
import { slugify } from '../text/transliterate.ts';

export function claimId(articleId: string, text: string): string {
  const folded = foldArabic(text)
    .replace(/["«»“”.،,:؛!؟?()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `${slugify(text, 5, 40)}-${shortHash(`${articleId}\n${folded}`, 6)}`;
}
