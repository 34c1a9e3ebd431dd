/**
 * schema.org ClaimReview for a reviewed claim, typed with schema-dts. Only reviewed claims
 * get one: an unreviewed claim has no rating to give, and none is made up.
 */
import type { ClaimReview, WithContext } from 'schema-dts';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import { BEST_RATING, RATING, WORST_RATING } from '../schemas/review.ts';
import { SITE_NAME } from '../site.ts';
import { absoluteUrl, articleUrl, claimUrl, personUrl } from '../urls.ts';

interface Options {
  claim: Claim;
  article: ArticleRecord;
  /** Absolute address of the site's root: `https://example.org/`. */
  site: string;
  /** Puts a site path in the page's language (`/en/…`); the exports keep the plain paths. */
  localize?: (path: string) => string;
}

export function claimReviewJsonLd({ claim, article, site, localize = (path) => path }: Options): WithContext<ClaimReview> | undefined {
  const review = claim.review;
  if (!review) return undefined;
  const rating = RATING[review.verdict];
  const at = (path: string) => absoluteUrl(localize(path), site);
  const appearance = {
    '@type': 'CreativeWork' as const,
    headline: article.title.text,
    url: article.meta.url ?? at(articleUrl(article.id)),
    inLanguage: article.lang,
    ...(article.meta.published && { datePublished: article.meta.published }),
    ...(article.meta.author && { author: { '@type': 'Person' as const, name: article.meta.author } }),
    ...(article.meta.outlet && { publisher: { '@type': 'Organization' as const, name: article.meta.outlet } }),
  };
  const author = claim.speaker
    ? {
        // A body that speaks has an entry too (kind: institution).
        '@type': claim.attribution === 'institution' ? ('Organization' as const) : ('Person' as const),
        name: claim.speaker.name,
        ...(claim.speaker.role && { jobTitle: claim.speaker.role }),
        url: at(personUrl(claim.speaker.id)),
      }
    : // The outlet speaks, in its own voice or citing a source it does not name ("observers",
      // "2025 reports"): such words are never an author. Unknown outlet, no author.
      article.meta.outlet
      ? { '@type': 'Organization' as const, name: article.meta.outlet }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: at(claimUrl(claim.id)),
    claimReviewed: claim.text,
    datePublished: review.reviewed,
    inLanguage: 'ar',
    author: { '@type': 'Organization', name: SITE_NAME.ar, alternateName: SITE_NAME.en, url: absoluteUrl('/', site) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: rating.name,
      ratingExplanation: review.summary,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(author && { author }),
      appearance,
      firstAppearance: appearance,
      ...(article.meta.published && { datePublished: article.meta.published }),
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export const jsonLdText = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
