/** RSS feed of new and updated reviews (@astrojs/rss): one item a reviewed claim, dated by its last change. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { strings } from '../i18n/index.ts';
import { lastChanged } from '../lib/render/corrections.ts';
import { claimUrl } from '../lib/urls.ts';

export const GET: APIRoute = async (context) => {
  const { t } = strings('ar');
  const reviewed = (await getCollection('claims')).map((c) => c.data).filter((c) => c.review);
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: context.site!,
    customData: '<language>ar</language>',
    items: reviewed
      .sort((a, b) => lastChanged(b).localeCompare(lastChanged(a)))
      .map((claim) => ({
        title: `${t(`verdict.${claim.review!.verdict}`)}: ${claim.label}`,
        link: claimUrl(claim.id),
        pubDate: new Date(`${lastChanged(claim)}T00:00:00Z`),
        description: claim.review!.summary,
        categories: [t(`verdict.${claim.review!.verdict}`)],
      })),
  });
};
