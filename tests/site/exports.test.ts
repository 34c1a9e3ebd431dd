/** The data exports in the built site: files exist, parse, and validate against the served schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { claimReviewFeedSchema } from '../../src/lib/export/claimreview-feed-schema.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { claimUrl } from '../../src/lib/urls.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const result = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
for (const name of ['claim.v1.json', 'claims.v1.json', 'claimreview.v1.json']) ajv.addSchema(json(`schemas/${name}`));
const errors = (data: { $schema: string }) => {
  const validate = ajv.getSchema(data.$schema);
  if (!validate) return [`no served schema ${data.$schema}`];
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

describe('data exports', () => {
  it('serves the three JSON Schemas, each with $id and descriptions', () => {
    for (const name of ['claim.v1.json', 'claims.v1.json', 'claimreview.v1.json']) {
      const schema = json(`schemas/${name}`);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(new RegExp(`^https?://.+/schemas/${name.replace(/\./g, '\\.')}$`));
      expect(typeof schema.description).toBe('string');
    }
  });

  it('/data/claims.json validates and holds every claim', () => {
    const data = json('data/claims.json');
    expect(errors(data)).toEqual([]);
    expect(data.version).toBe(1);
    expect(data.claims.map((c: { id: string }) => c.id).sort()).toEqual(result.claims.map((c) => c.id).sort());
    for (const c of data.claims) if (!result.claims.find((r) => r.id === c.id)!.review) expect(c.verdict).toBeNull();
  });

  it('/data/claimreview.json validates, one ClaimReview per reviewed claim', () => {
    const data = json('data/claimreview.json');
    expect(errors(data)).toEqual([]);
    expect(data.claimReviews.length).toBe(result.claims.filter((c) => c.review).length);
  });

  it('/data/claimreview-feed.json is a schema.org DataFeed with exactly one ClaimReview per reviewed claim', () => {
    const feed = json('data/claimreview-feed.json');
    const parsed = claimReviewFeedSchema.safeParse(feed);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(feed.url).toBe('http://localhost:4321/data/claimreview-feed.json');
    expect(feed.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const reviewed = result.claims.filter((c) => c.review);
    const items = parsed.data!.dataFeedElement;
    expect(items.length).toBe(reviewed.length);
    // Each reviewed claim once, each item one ClaimReview: the very object of /data/claimreview.json.
    expect(items.map((i) => i.item[0].url).sort()).toEqual(reviewed.map((c) => `http://localhost:4321${claimUrl(c.id)}`).sort());
    const exported = json('data/claimreview.json').claimReviews;
    for (const item of items) {
      const claim = reviewed.find((c) => item.item[0].url.endsWith(claimUrl(c.id)))!;
      expect(item.item).toEqual([exported.find((r: { url: string }) => r.url === item.item[0].url)]);
      expect(item.dateCreated).toBe(claim.review!.reviewed);
      expect(item.dateModified >= item.dateCreated).toBe(true);
    }
  });

  it('/articles/<id>.json holds every claim of its article; /claims/<id>.json exists for every reviewed claim', () => {
    const all = json('data/claims.json');
    const element = (id: string) => all.claims.find((c: { id: string }) => c.id === id);
    for (const article of result.articles) {
      const data = json(`articles/${article.id}.json`);
      expect(errors(data)).toEqual([]);
      expect(data.claims).toEqual(article.claimIds.map(element));
    }
    for (const claim of result.claims) {
      const path = `claims/${claim.id}.json`;
      // One file per article, not per claim: only a reviewed claim has a file of its own.
      expect(existsSync(join(siteDir, path)), path).toBe(Boolean(claim.review));
      if (!claim.review) continue;
      const { $schema, version, ...rest } = json(path);
      expect(errors({ $schema, version, ...rest })).toEqual([]);
      expect(rest).toEqual(element(claim.id));
    }
    expect(result.claims.filter((c) => c.review).length).toBeGreaterThan(0);
  });

  it('/data/claims.csv starts with a UTF-8 BOM and has one row per claim', () => {
    const bytes = readFileSync(join(siteDir, 'data/claims.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('id,url,article_id,')).toBe(true);
    // Every row begins with a claim id; quoted cells may hold line breaks, so count ids.
    const starts = text.split('\r\n').filter((line) => /^[a-z0-9][a-z0-9-]*,https?:\/\//.test(line));
    expect(starts.length).toBe(result.claims.length);
    expect(text).toMatch(/[\u0600-\u06ff]/);
  });

  it('the data page links every export and schema, and the header links the page', () => {
    const { document } = page(siteDir, 'data/index.html');
    for (const href of [
      '/data/claims.json',
      '/data/claims.csv',
      '/data/claimreview.json',
      '/data/claimreview-feed.json',
      '/schemas/claims.v1.json',
      '/schemas/claim.v1.json',
      '/schemas/claimreview.v1.json',
    ])
      expect(document.querySelector(`main a[href="${href}"]`), href).not.toBeNull();
    expect(textOf(document.querySelector('h1'))).toBe('البيانات المفتوحة');
    expect(page(siteDir, 'index.html').document.querySelector('nav a[href="/data/"]')).not.toBeNull();
  });
});
