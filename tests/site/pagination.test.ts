/**
 * Lists that grow with the archive come in pages (src/components/pagination.ts): home
 * (articles), all claims, fact-checks (all and per verdict), people, a person's claims. The
 * site of the other site tests (pages of 20) gives the claims a second page; a build of the same
 * seeds with pages of two (CLAIMS_PAGE_SIZE) gives every kind of list one, in both languages.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveFolder } from '../../scripts/static-server.ts';
import { PAGE_SIZE } from '../../src/components/pagination.ts';
import { localePath, strings } from '../../src/i18n/index.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { VERDICTS } from '../../src/lib/schemas/review.ts';
import { launchChromium } from '../helpers/browser.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const reviewed = data.claims.filter((c) => c.review);
const haftar = data.people.find((p) => p.id === 'khalifa-haftar')!;

/** Every list kind: its first page, the items it must hold in all, and how its items are marked. */
const LISTS = [
  { path: '/', item: '[data-article]', total: data.articles.length },
  { path: '/claims/', item: '[data-claim]', total: data.claims.length },
  { path: '/fact-checks/', item: '[data-claim]', total: reviewed.length },
  { path: '/fact-checks/mostly-accurate/', item: '[data-claim]', total: reviewed.filter((c) => c.review!.verdict === 'mostly-accurate').length },
  { path: '/people/', item: '[data-person]', total: data.people.length },
  { path: '/people/khalifa-haftar/', item: '[data-claim]', total: haftar.claimIds.length + haftar.mentionIds.length },
];

/** The built file of a site address. */
const fileOf = (path: string) => join(path.replace(/^\//, ''), 'index.html');

/** A list's pages, followed through their rel=next links: each page's nav and the ids of its items. */
function walk(siteDir: string, first: string, item: string) {
  const pages = [];
  for (let url: string | undefined = first; url; ) {
    const { document } = page(siteDir, fileOf(url));
    const nav = document.querySelector('nav[data-pagination]');
    // Home's page 1 also shows the latest fact-checks and the most-cited people: count the list itself.
    const scope = item === '[data-article]' ? document.querySelector('ul[aria-labelledby="articles-title"]')! : (document.querySelector('main') ?? document);
    const ids = [...scope.querySelectorAll(item)].map((e) => e.getAttribute(item.slice(1, -1))!);
    pages.push({ url, nav, ids, document });
    url = nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
    if (pages.length > 100) throw new Error(`${first}: no last page`);
  }
  return pages;
}

describe('with pages of PAGE_SIZE (the site of the other tests)', () => {
  const siteDir = inject('siteDir');

  it('the claims list, longer than a page, goes on at /claims/page/2/; shorter lists have one page and no page links', () => {
    expect(PAGE_SIZE).toBe(20);
    expect(data.claims.length).toBeGreaterThan(PAGE_SIZE);
    for (const lang of ['ar', 'en'] as const) {
      const pages = walk(siteDir, localePath(lang, '/claims/'), '[data-claim]');
      expect(pages.map((p) => p.url)).toEqual([localePath(lang, '/claims/'), localePath(lang, '/claims/page/2/')]);
      expect(pages[0]!.ids).toHaveLength(PAGE_SIZE);
      expect(new Set(pages.flatMap((p) => p.ids))).toEqual(new Set(data.claims.map((c) => c.id)));
      for (const list of LISTS.filter((l) => l.total <= PAGE_SIZE)) {
        expect(page(siteDir, fileOf(localePath(lang, list.path))).document.querySelector('nav[data-pagination]'), list.path).toBeNull();
      }
    }
    expect(existsSync(join(siteDir, 'claims/page/3'))).toBe(false);
  });

  it('the all-claims intro states the real counts: claims, articles, reviewed, each verdict', () => {
    for (const lang of ['ar', 'en'] as const) {
      const { t, plural, number } = strings(lang);
      const intro = textOf(page(siteDir, fileOf(localePath(lang, '/claims/'))).document.querySelector('[data-claims-intro]'));
      expect(intro).toContain(
        t('claims.totals', { claims: plural('claims.count', data.claims.length), articles: plural('articles.count', data.articles.length) }),
      );
      expect(reviewed.length).toBeGreaterThan(0);
      expect(intro).not.toContain(t('claims.reviewedNone'));
      expect(intro).toContain(plural('claims.count', reviewed.length));
      for (const v of VERDICTS) {
        const count = reviewed.filter((c) => c.review!.verdict === v).length;
        const said = t('claims.verdictCount', { verdict: t(`verdict.${v}`), count: number(count) });
        if (count > 0) expect(intro, v).toContain(said);
        else expect(intro, v).not.toContain(t(`verdict.${v}`));
      }
    }
    // Arabic plural forms: 11 reviewed is «11 ادعاءً», the seeds' two articles «مقالان».
    const arIntro = textOf(page(siteDir, 'claims/index.html').document.querySelector('[data-claims-intro]'));
    expect(arIntro).toContain(`راجع المحررون ${strings('ar').plural('claims.count', reviewed.length)} منها`);
    expect(arIntro).not.toContain('لم يُراجَع أي منها بعد');
  });
});

describe('with pages of two (CLAIMS_PAGE_SIZE=2)', () => {
  const work = tempDir('pagination');
  const siteDir = join(work, 'dist');
  let server: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const ledger = join(work, 'claims.lock.json');
    cpSync(inject('ledgerFile'), ledger);
    const args = ['scripts/build.ts', '--seeds', inject('seedsDir'), '--content', inject('contentDir'), '--out', siteDir, '--ledger', ledger];
    execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, CLAIMS_PAGE_SIZE: '2' }, stdio: ['ignore', 'ignore', 'inherit'] });
    ({ server, url: siteUrl } = await serveFolder(siteDir, 0));
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  for (const list of LISTS) {
    it(`${list.path}: every item once, across pages linked by an accessible nav (both languages)`, () => {
      expect(list.total, 'the list needs a second page').toBeGreaterThan(2);
      for (const lang of ['ar', 'en'] as const) {
        const { t, number } = strings(lang);
        const first = localePath(lang, list.path);
        const pages = walk(siteDir, first, list.item);
        expect(pages.length).toBe(Math.ceil(list.total / 2));
        expect(pages.flatMap((p) => p.ids)).toHaveLength(list.total);
        expect(new Set(pages.flatMap((p) => p.ids)).size).toBe(list.total);
        pages.forEach((p, i) => {
          expect(p.url).toBe(i === 0 ? first : `${first}page/${i + 1}/`);
          expect(p.ids.length).toBe(i < pages.length - 1 ? 2 : list.total - 2 * i);
          const nav = p.nav!;
          expect(nav.getAttribute('aria-label')).toBe(t('pagination.label'));
          const current = nav.querySelectorAll('[aria-current="page"]');
          expect(current).toHaveLength(1);
          expect(textOf(current[0])).toBe(`${t('pagination.page')} ${number(i + 1)}`);
          expect(current[0]!.getAttribute('href')).toBe(p.url);
          expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(i === 0 ? undefined : pages[i - 1]!.url);
          // A later page says which page it is in its title and heading.
          if (i > 0) expect(textOf(p.document.querySelector('h1'))).toContain(number(i + 1));
        });
      }
    });
  }

  it('in Chromium, "Next" goes to page 2, which marks itself current, and "Previous" comes back', async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(`${siteUrl}/en/people/`);
      const nav = tab.getByRole('navigation', { name: 'Pages' });
      await nav.getByRole('link', { name: 'Next' }).click();
      await tab.waitForURL(`${siteUrl}/en/people/page/2/`);
      expect(await tab.locator('nav[data-pagination] [aria-current="page"]').innerText()).toContain('2');
      expect(await tab.locator('[data-person]').count()).toBe(2);
      await tab.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous' }).click();
      await tab.waitForURL(`${siteUrl}/en/people/`);
    } finally {
      await tab.close();
    }
  });
});
