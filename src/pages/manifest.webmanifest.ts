/** `/manifest.webmanifest`: the web app manifest, its name and description from the site's strings. */
import type { APIRoute } from 'astro';
import { strings } from '../i18n/index.ts';

export const GET: APIRoute = () => {
  const { t } = strings('ar');
  const manifest = {
    name: t('site.name'),
    short_name: 'الادعاءات',
    description: t('site.tagline'),
    lang: 'ar',
    dir: 'rtl',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#155e63',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'content-type': 'application/manifest+json' } });
};
