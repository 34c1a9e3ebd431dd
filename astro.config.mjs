// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { recordRenderedPages } from './src/lib/render/changed-pages.ts';
import { siteUrl } from './src/lib/site.ts';

// The pages Astro rendered, for the sitemap that scripts/build.ts writes with the pages it
// took unchanged from the previous site (scripts/sitemap.ts).
/** @type {import('astro').AstroIntegration} */
const renderedPages = {
  name: 'claims-rendered-pages',
  hooks: { 'astro:build:done': ({ pages }) => recordRenderedPages(pages.map((p) => p.pathname)) },
};

// The site is fully static: no server code, nothing loaded from another origin.
export default defineConfig({
  site: siteUrl(),
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages only render what src/lib/pipeline.ts wrote; dev should not reach the network.
  devToolbar: { enabled: false },
  integrations: [renderedPages],
  // Arabic at /, English under /en/ (src/pages/[...lang]/ renders every page in both;
  // src/i18n/ holds the interface strings).
  i18n: { locales: ['ar', 'en'], defaultLocale: 'ar', routing: { prefixDefaultLocale: false } },
  // Scripts and assets are always files of their own, never inlined: a strict
  // Content-Security-Policy (script-src 'self') can then cover every page.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
