/**
 * Social cards: the image a link to a page shows when shared (og:image, twitter:image).
 * This module says what a card holds and where it lives; scripts/social-card-image.ts draws
 * it and scripts/social-cards.ts writes the site's cards at build time.
 *
 * A card's address is a hash of what it shows (`/og/<hash>.png`): a page and the build, each
 * computing the card on its own, agree on the file without telling each other, a rebuild
 * redraws only the cards whose text changed, and a verdict that changes gives a new address,
 * so sites that cached the old image show the new one.
 */
import { createHash } from 'node:crypto';
import type { Claim } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';
import { claimLabel } from './claim-label.ts';

/** Raise when the drawing changes (scripts/social-card-image.ts): every card is then redrawn. */
export const CARD_TEMPLATE = 1;
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The colour of the verdict band: one per verdict, `unreviewed` for a claim without one. */
export type CardTone = Verdict | 'unreviewed' | 'site';

export interface CardSpec {
  /** The interface language: the side the site name and verdict start from. */
  lang: 'ar' | 'en';
  site: string;
  /** The verdict (or "not yet reviewed"), or the site's tagline on the default card. */
  badge: string;
  tone: CardTone;
  /** The claim's label, or the site's name on the default card. */
  title: string;
  titleDir: 'rtl' | 'ltr';
}

export interface SocialCard {
  spec: CardSpec;
  /** The image's path on the site, `/og/<hash>.png`. */
  path: string;
  /** Its text alternative: what it shows, in words. */
  alt: string;
}

function card(spec: CardSpec, alt: string): SocialCard {
  const hash = createHash('sha256')
    .update(JSON.stringify({ v: CARD_TEMPLATE, ...spec }))
    .digest('hex')
    .slice(0, 20);
  return { spec, path: `/og/${hash}.png`, alt };
}

/** What the card needs from the interface strings of its language (src/lib does not read src/i18n). */
export interface CardStrings {
  lang: 'ar' | 'en';
  siteName: string;
  tagline: string;
  verdict: (verdict: Verdict) => string;
  unreviewed: string;
}

/** A claim page's card: its label and its verdict, or "not yet reviewed". */
export function claimCard(claim: Pick<Claim, 'label' | 'labelEn' | 'review'>, contentLang: string, s: CardStrings): SocialCard {
  const label = claimLabel(claim, s.lang, contentLang);
  const badge = claim.review ? s.verdict(claim.review.verdict) : s.unreviewed;
  const spec: CardSpec = {
    lang: s.lang,
    site: s.siteName,
    badge,
    tone: claim.review?.verdict ?? 'unreviewed',
    title: label.text,
    titleDir: label.dir === 'ltr' || (label.dir === 'auto' && !/[\u0590-\u08ff]/.test(label.text)) ? 'ltr' : 'rtl',
  };
  return card(spec, `${label.text} — ${badge}`);
}

/** The card of every other page: the site's name and what it is for. */
export function siteCard(s: CardStrings): SocialCard {
  const spec: CardSpec = { lang: s.lang, site: s.siteName, badge: s.tagline, tone: 'site', title: s.siteName, titleDir: s.lang === 'ar' ? 'rtl' : 'ltr' };
  return card(spec, `${s.siteName} — ${s.tagline}`);
}
