/**
 * Page weight at any archive size (issue 17, item 4): every claim page's HTML under 30 KB and
 * every article page's under 60 KB, on the site of the other tests and on a corpus where one wire
 * story is copied by many outlets (tests/helpers/many-copies.ts). There a claim page shows at
 * most LINKS_SHOWN links of each kind and links to its group page (/reports/<group>/), whose
 * pages list every report and every opposing view; the JSON export keeps every link.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveFolder } from '../../scripts/static-server.ts';
import { CLASS_SHARE_LIMITS, claimAndArticlePages, classShare, PAGE_LIMITS } from '../../scripts/page-limits.ts';
import { LINKS_SHOWN } from '../../src/lib/link/link-groups.ts';
import { axeViolations, launchChromium } from '../helpers/browser.ts';
import { page, textOf } from '../helpers/html.ts';
import { WIRE_READING, WIRE_REPORT, writeManyCopies } from '../helpers/many-copies.ts';
import { ROOT } from '../helpers/seeds.ts';
import { tempDir } from '../helpers/temp.ts';

/** Copies of the wire story; with pages of PAGE_SIZE entries, each group page runs to two pages. */
const COPIES = 8;
const PAGE_SIZE = 5;

function expectUnderLimits(siteDir: string) {
  const sizes = claimAndArticlePages(siteDir);
  expect(sizes.filter((s) => s.kind === 'claim').length).toBeGreaterThan(30);
  expect(sizes.filter((s) => s.kind === 'article').length).toBeGreaterThan(1);
  expect(sizes.filter((s) => s.bytes >= PAGE_LIMITS[s.kind])).toEqual([]);
}

/** Class attributes do not grow back into long utility lists (src/styles/global.css names them). */
function expectShortClasses(siteDir: string) {
  const shares = claimAndArticlePages(siteDir).map((s) => ({ ...s, share: classShare(readFileSync(join(siteDir, s.file), 'utf8')) }));
  expect(shares.filter((s) => s.kind === 'claim' && s.share > 0.05).length).toBeGreaterThan(30);
  expect(shares.filter((s) => s.share > CLASS_SHARE_LIMITS[s.kind]).map((s) => `${s.file}: ${(100 * s.share).toFixed(1)} %`)).toEqual([]);
}
const percent = (share: number) => `${Math.round(100 * share)} %`;
const { claim: claimShare, article: articleShare } = CLASS_SHARE_LIMITS;
const SHARES = `class attributes take at most ${percent(claimShare)} of a claim page's HTML and ${percent(articleShare)} of an article page's`;

describe('the site of the other tests', () => {
  it('every claim page is under 30 KB of HTML and every article page under 60 KB', () => {
    expectUnderLimits(inject('siteDir'));
  });

  it(SHARES, () => {
    expectShortClasses(inject('siteDir'));
  });

  it('no page carries Pagefind attributes: the index is written from the pipeline’s data, not read from pages', () => {
    const siteDir = inject('siteDir');
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((f) => readFileSync(join(siteDir, f), 'utf8').includes('data-pagefind'))).toEqual([]);
  });
});

describe(`one wire story copied by ${COPIES} outlets`, () => {
  const work = tempDir('many-copies');
  const siteDir = join(work, 'dist');
  let server: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    const seeds = writeManyCopies(join(work, 'seeds'), COPIES);
    const ledger = join(work, 'claims.lock.json');
    cpSync(join(ROOT, 'content/claims.lock.json'), ledger);
    const args = ['scripts/build.ts', '--seeds', seeds, '--content', join(ROOT, 'content'), '--out', siteDir, '--ledger', ledger];
    execFileSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, CLAIMS_PAGE_SIZE: String(PAGE_SIZE) }, stdio: ['ignore', 'ignore', 'inherit'] });
    ({ server, url: siteUrl } = await serveFolder(siteDir, 0));
    browser = await launchChromium();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise((done) => server.close(done));
  });

  type ExportedClaim = { id: string; text: string; article: { id: string }; links: Record<'same' | 'opposes', unknown[]> };
  const claimsJson = () => (JSON.parse(readFileSync(join(siteDir, 'data/claims.json'), 'utf8')) as { claims: ExportedClaim[] }).claims;
  /** The claim of seed 003 whose words hold `words`. */
  const seedClaim = (words: string) => claimsJson().find((c) => c.article.id === '003_099b512de9b6ebb4' && c.text.includes(words))!;

  /** A group page and the ones after it (rel=next): the ids each of its lists holds. */
  function walkGroup(first: string) {
    const lists = { reports: [] as string[], opposing: [] as string[] };
    let pages = 0;
    for (let url: string | undefined = first; url; pages++) {
      const { document } = page(siteDir, join(url, 'index.html'));
      for (const list of document.querySelectorAll('[data-group-list]'))
        lists[list.getAttribute('data-group-list') as keyof typeof lists].push(
          ...[...list.querySelectorAll('[data-claim]')].map((li) => li.getAttribute('data-claim')!),
        );
      url = document.querySelector('nav[data-pagination] a[rel="next"]')?.getAttribute('href') ?? undefined;
      if (pages > 20) throw new Error(`${first}: no last page`);
    }
    return { ...lists, pages };
  }

  /** A claim page's list of one kind: the linked claims it shows and its link to the group page. */
  function shown(id: string, type: 'same' | 'opposes', lang: '' | 'en/' = '') {
    const { document } = page(siteDir, `${lang}claims/${id}/index.html`);
    const section = document.querySelector(`section[aria-labelledby="links-${type}"]`)!;
    return {
      ids: [...section.querySelectorAll('li[data-claim]')].map((li) => li.getAttribute('data-claim')!),
      all: section.querySelector(`[data-links-all="${type}"] a`),
    };
  }

  const report = () => seedClaim(WIRE_REPORT);
  const mp = () => seedClaim('ولا تعكس اعترافاً سياسياً');

  it('every claim page is under 30 KB of HTML and every article page under 60 KB', () => {
    expectUnderLimits(siteDir);
  });

  it(SHARES, () => {
    expectShortClasses(siteDir);
  });

  it(`the copied statement's page shows ${LINKS_SHOWN} reports, the earliest, and links to the group page that lists all ${COPIES + 1}`, () => {
    const { ids, all } = shown(report().id, 'same');
    expect(ids).toHaveLength(LINKS_SHOWN);
    expect(textOf(all)).toContain(String(COPIES + 1));
    const group = walkGroup(all!.getAttribute('href')!);
    expect(group.pages).toBe(2);
    expect(group.reports).toHaveLength(COPIES + 1);
    expect(new Set(group.reports).size).toBe(COPIES + 1);
    // The seed (published first) opens the list, and the claim page shows the earliest copies.
    expect(group.reports[0]).toBe(report().id);
    expect(ids).toEqual(group.reports.slice(1, 1 + LINKS_SHOWN));
    for (const id of group.reports) expect(textOf(page(siteDir, `claims/${id}/index.html`).document.querySelector('blockquote'))).toContain(WIRE_REPORT);
    // The group page says where and when each copy appeared: every article here has an outlet and a date.
    const cards = [...page(siteDir, join(all!.getAttribute('href')!, 'index.html')).document.querySelectorAll('[data-group-list] li')];
    expect(cards).toHaveLength(PAGE_SIZE);
    for (const card of cards.slice(1)) expect(textOf(card)).toMatch(/وكالة الاختبار \d+ · \d+ يناير 2026/);
    // A copy's page links to the same group page.
    expect(shown(group.reports.at(-1)!, 'same').all?.getAttribute('href')).toBe(all!.getAttribute('href'));
    // The English page links to the English group page.
    expect(shown(report().id, 'same', 'en/').all?.getAttribute('href')).toBe(`/en${all!.getAttribute('href')}`);
  });

  it(`the MP's page shows ${LINKS_SHOWN} of the ${COPIES + 1} readings it opposes; its group page lists them all`, () => {
    const { ids, all } = shown(mp().id, 'opposes');
    expect(ids).toHaveLength(LINKS_SHOWN);
    const group = walkGroup(all!.getAttribute('href')!);
    expect(group.reports).toEqual([mp().id]);
    expect(group.opposing).toHaveLength(COPIES + 1);
    for (const id of group.opposing) expect(textOf(page(siteDir, `claims/${id}/index.html`).document.querySelector('blockquote'))).toContain(WIRE_READING);
  });

  it('a claim new to the ledger has one file, its Arabic page; a seed claim keeps its published English address', () => {
    const ledger = JSON.parse(readFileSync(join(work, 'claims.lock.json'), 'utf8')) as { claims: Record<string, { en?: false }> };
    const unreviewed = claimsJson().filter((c) => !existsSync(join(siteDir, `claims/${c.id}.json`)));
    const fresh = unreviewed.filter((c) => ledger.claims[c.id]?.en === false);
    const legacy = unreviewed.filter((c) => ledger.claims[c.id] && !('en' in ledger.claims[c.id]!));
    expect(fresh.length).toBeGreaterThan(10);
    expect(legacy.length).toBeGreaterThan(10);
    for (const c of fresh) {
      expect(existsSync(join(siteDir, `claims/${c.id}/index.html`)), c.id).toBe(true);
      expect(existsSync(join(siteDir, `en/claims/${c.id}`)), c.id).toBe(false);
    }
    for (const c of legacy) expect(readFileSync(join(siteDir, `en/claims/${c.id}/index.html`), 'utf8'), c.id).toContain('http-equiv="refresh"');
  });

  it('a claim with few links has no link to a group page, and only groups longer than a claim page shows have one', () => {
    const few = claimsJson().find((c) => c.links.same.length === 1)!;
    expect(shown(few.id, 'same').all).toBeNull();
    // The three groups: the copied report, the MP alone, and the copied reading the MP denies.
    const reading = walkGroup(shown(mp().id, 'opposes').all!.getAttribute('href')!).opposing[0]!;
    const readings = shown(reading, 'same').all!.getAttribute('href')!;
    expect(readdirSync(join(siteDir, 'reports')).sort()).toEqual([report().id, mp().id, readings.split('/')[2]!].sort());
  });

  it('the JSON export keeps every link', () => {
    expect(claimsJson().find((c) => c.id === report().id)!.links.same).toHaveLength(COPIES);
    expect(claimsJson().find((c) => c.id === mp().id)!.links.opposes).toHaveLength(COPIES + 1);
  });

  it('the group pages and the bounded claim pages are valid HTML (vnu) and pass axe, in both languages', { timeout: 180_000 }, async () => {
    const groupFiles = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => /^(en\/)?reports\/.*index\.html$/.test(f));
    expect(groupFiles.length).toBeGreaterThanOrEqual(12);
    const files = [...groupFiles, `claims/${report().id}/index.html`, `en/claims/${mp().id}/index.html`];
    const vnu = spawnSync('java', ['-jar', String(createRequire(import.meta.url)('vnu-jar')), '--errors-only', ...files], { cwd: siteDir, encoding: 'utf8' });
    expect(vnu.stderr).toBe('');
    expect(vnu.status).toBe(0);
    for (const file of [groupFiles.find((f) => f.startsWith('reports/'))!, groupFiles.find((f) => f.startsWith('en/'))!, `claims/${mp().id}/index.html`]) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const tab = await context.newPage();
      await tab.goto(`${siteUrl}/${file.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
      expect(await axeViolations(tab), file).toEqual([]);
      expect(await tab.locator('h1').count()).toBe(1);
      await context.close();
    }
  });

  it('every link on the group pages leads to a page that exists', () => {
    for (const file of readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => /^(en\/)?reports\/.*index\.html$/.test(f))) {
      for (const a of page(siteDir, file).document.querySelectorAll('main a[href^="/"]')) {
        const href = a.getAttribute('href')!.split('#')[0]!;
        expect(existsSync(join(siteDir, href, 'index.html')), `${file}: ${href}`).toBe(true);
      }
    }
  });
});
