/** RSS feed of new and updated reviews (@astrojs/rss): one item a reviewed claim, dated by its last change. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from '../loaders/site-data.ts';
import { strings } from '../i18n/index.ts';
import { feedItems } from '../lib/render/feed.ts';

export const GET: APIRoute = async (context) => {
  const { t } = strings('ar');
  const claims = (await getCollection('claims')).map((c) => c.data);
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: context.site!,
    customData: '<language>ar</language>',
    items: feedItems(claims, (verdict) => t(`verdict.${verdict}`)),
  });
};
