// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { inSitemap } from './src/lib/sitemap-skip.ts';

// The site is fully static: no server code, nothing loaded from another origin.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages only render what src/lib/pipeline.ts wrote; dev should not reach the network.
  devToolbar: { enabled: false },
  // /sitemap-index.xml for search engines; the 404 page and redirect pages are not pages to index.
  integrations: [sitemap({ filter: inSitemap, i18n: { defaultLocale: 'ar', locales: { ar: 'ar', en: 'en' } } })],
  // Arabic at /, English under /en/ (src/pages/[...lang]/ renders every page in both;
  // src/i18n/ holds the interface strings).
  i18n: { locales: ['ar', 'en'], defaultLocale: 'ar', routing: { prefixDefaultLocale: false } },
  // Pages whose data did not change are not rendered again (their getStaticPaths give a
  // cacheKey: a hash of exactly the props they render). docs/architecture.md#build.
  experimental: { incrementalBuild: true },
  // Scripts and assets are always files of their own, never inlined: a strict
  // Content-Security-Policy (script-src 'self') can then cover every page.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
