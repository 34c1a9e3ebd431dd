/**
 * The site's name, in one place: page titles and the feed (src/i18n), the ClaimReview author
 * (render/claim-review-jsonld.ts), citations (render/citation.ts) and the web app manifest.
 */
export const SITE_NAME = { ar: 'متتبّع الادعاءات', en: 'Claims Tracker' } as const;

/** The site's root address (SITE_URL; the preview server's by default): canonical URLs, the sitemap. */
export const siteUrl = (): string => process.env.SITE_URL ?? 'http://localhost:4321';
