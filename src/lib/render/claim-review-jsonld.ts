/**
 * schema.org ClaimReview for a reviewed claim, typed with schema-dts. Only reviewed claims
 * get one: an unreviewed claim has no rating to give, and none is made up.
 */
import type { ClaimReview, WithContext } from 'schema-dts';
import type { ArticleRecord } from '../schemas/article.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/review.ts';

/** The scale of docs/reviews.md: −1 means "not on the scale" (unverifiable, opinion). */
export const RATING: Record<Verdict, { value: number; name: string }> = {
  accurate: { value: 5, name: 'Accurate' },
  'mostly-accurate': { value: 4, name: 'Mostly accurate' },
  misleading: { value: 2, name: 'Misleading' },
  false: { value: 1, name: 'False' },
  unverifiable: { value: -1, name: 'Unverifiable' },
  opinion: { value: -1, name: 'Opinion, not checkable' },
};

export const SITE_ORGANISATION = { name: 'متتبّع الادعاءات', alternateName: 'Claims Tracker' } as const;

interface Options {
  claim: Claim;
  article: ArticleRecord;
  /** Absolute URLs of the claim page and of the site. */
  claimUrl: string;
  siteUrl: string;
  articleUrl: string;
  speakerUrl?: string;
}

export function claimReviewJsonLd({ claim, article, claimUrl, siteUrl, articleUrl, speakerUrl }: Options): WithContext<ClaimReview> | undefined {
  const review = claim.review;
  if (!review) return undefined;
  const rating = RATING[review.verdict];
  const appearance = {
    '@type': 'CreativeWork' as const,
    headline: article.title.text,
    url: article.meta.url ?? articleUrl,
    inLanguage: article.lang,
    ...(article.meta.published && { datePublished: article.meta.published }),
    ...(article.meta.author && { author: { '@type': 'Person' as const, name: article.meta.author } }),
    ...(article.meta.outlet && { publisher: { '@type': 'Organization' as const, name: article.meta.outlet } }),
  };
  const author = claim.speaker
    ? { '@type': 'Person' as const, name: claim.speaker.name, ...(claim.speaker.role && { jobTitle: claim.speaker.role }), ...(speakerUrl && { url: speakerUrl }) }
    : claim.attribution === 'outlet' && article.meta.outlet
      ? { '@type': 'Organization' as const, name: article.meta.outlet }
      : claim.source
        ? { '@type': 'Organization' as const, name: claim.source }
        : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimUrl,
    claimReviewed: claim.text,
    datePublished: review.reviewed,
    inLanguage: 'ar',
    author: { '@type': 'Organization', name: SITE_ORGANISATION.name, alternateName: SITE_ORGANISATION.alternateName, url: siteUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 5,
      worstRating: 1,
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
