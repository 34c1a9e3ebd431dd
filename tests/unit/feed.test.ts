/** The reviews' RSS feed (issue 15, item 8): a summary reaches feed readers as plain text, never as markup. */
import { getRssString } from '@astrojs/rss';
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { feedItems } from '../../src/lib/render/feed.ts';
import type { Claim } from '../../src/lib/schemas/claim.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';

const reviewed = seedsPipeline().claims.find((c) => c.review)!;
const SUMMARY = 'الرقم <b>مضخّم</b> & غير دقيق <img src=x onerror="alert(1)"> «كما قيل»';
const hostile: Claim = { ...reviewed, review: { ...reviewed.review!, summary: SUMMARY } };

/** The description of the one item, as a feed reader gets it: XML decoded, then read as HTML. */
async function readerView(claims: Claim[]) {
  const xml = await getRssString({ title: 't', description: 'd', site: 'https://example.org', items: feedItems(claims, (v) => `حكم ${v}`) });
  const decoded = new DOMParser().parseFromString(xml, 'text/xml').querySelector('item description')!.textContent ?? '';
  const shown = parseHTML(`<!doctype html><html><body><div>${decoded}</div></body></html>`).document.querySelector('div')!;
  return { xml, shown };
}

describe('the reviews feed', () => {
  it('gives a summary with markup as text: no element in what a reader renders', async () => {
    const { xml, shown } = await readerView([hostile]);
    expect(xml).not.toMatch(/&lt;b&gt;|<b>/);
    expect(shown.children).toHaveLength(0);
    expect(shown.textContent).toBe(SUMMARY);
  });

  it('one item a reviewed claim, titled with its verdict, linking to the claim page', () => {
    const items = feedItems(seedsPipeline().claims, (v) => `حكم ${v}`);
    expect(items).toHaveLength(seedsPipeline().claims.filter((c) => c.review).length);
    expect(items.find((i) => i.link === `/claims/${reviewed.id}/`)).toMatchObject({ title: `حكم ${reviewed.review!.verdict}: ${reviewed.label}` });
  });
});
