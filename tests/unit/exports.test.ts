/** The data exports (src/lib/export/) on the real seeds: JSON Schemas, null verdicts, CSV safety. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildClaimReviewExport } from '../../src/lib/export/claimreview.ts';
import { buildClaimExport, buildClaimsExport, exportDate } from '../../src/lib/export/claims.ts';
import { BOM, buildClaimsCsv, CSV_COLUMNS, csvCell } from '../../src/lib/export/csv.ts';
import { claimReviewExportSchema } from '../../src/lib/export/claimreview-schema.ts';
import { claimsExportSchema, type ExportClaim } from '../../src/lib/export/claims-schema.ts';
import { claimJsonSchema, claimReviewJsonSchema, claimsJsonSchema } from '../../src/lib/export/schemas.ts';
import { seedsPipeline } from '../helpers/pipeline.ts';

const SITE = 'https://claims.example.org/';
const result = seedsPipeline();
const input = { claims: result.claims, articles: result.articles, site: SITE };
const generated = exportDate(result.claims, result.articles);
const claimsExport = buildClaimsExport(input, generated);
const reviewsExport = buildClaimReviewExport(input, generated);

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addSchema(claimJsonSchema(SITE));
  ajv.addSchema(claimsJsonSchema(SITE));
  ajv.addSchema(claimReviewJsonSchema(SITE));
  return (id: string, data: unknown) => {
    const validate = ajv.getSchema(`${SITE}schemas/${id}`)!;
    const ok = validate(data);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
const validate = validator();

interface ObjectSchema {
  description?: string;
  properties?: Record<string, ObjectSchema>;
  anyOf?: ObjectSchema[];
}
/** The properties of an object schema, or of the object branch of a nullable one. */
const fields = (schema: ObjectSchema): Record<string, ObjectSchema> => schema.properties ?? schema.anyOf!.find((s) => s.properties)!.properties!;

/** RFC 4180: quoted cells may hold commas, CR, LF and doubled quotes; rows end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r' || ch === '"') throw new Error(`bare ${JSON.stringify(ch)} outside quotes at ${i}`);
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last row does not end in CRLF');
  return rows;
}

describe('claims.json', () => {
  it('validates against /schemas/claims.v1.json', () => {
    expect(claimsExport.claims.length).toBe(result.claims.length);
    expect(validate('claims.v1.json', claimsExport)).toEqual([]);
    expect(claimsExport).toMatchObject({ version: 1, site: SITE, $schema: `${SITE}schemas/claims.v1.json` });
  });

  it('documents every field it writes in the schema', () => {
    const claim = fields((claimJsonSchema(SITE).$defs as { claim: ObjectSchema }).claim);
    for (const c of claimsExport.claims) {
      expect(Object.keys(c).sort()).toEqual(Object.keys(claim).sort());
      expect(Object.keys(c.article).sort()).toEqual(Object.keys(fields(claim['article']!)).sort());
      expect(Object.keys(c.anchor).sort()).toEqual(Object.keys(fields(claim['anchor']!)).sort());
      if (c.speaker) expect(Object.keys(c.speaker).sort()).toEqual(Object.keys(fields(claim['speaker']!)).sort());
    }
    expect(Object.values(claim).every((f) => typeof f.description === 'string')).toBe(true);
  });

  it('the zod schemas the types come from accept the built files as they are', () => {
    expect(claimsExportSchema(SITE).parse(claimsExport)).toEqual(claimsExport);
    expect(claimReviewExportSchema(SITE).parse(reviewsExport)).toEqual(reviewsExport);
  });

  it('the schema is open to added fields but refuses a wrong schema address, a non-web address and a bad date', () => {
    const first = claimsExport.claims[0]!;
    expect(validate('claims.v1.json', { ...claimsExport, extra: 1, claims: [{ ...first, extra: 1 }] })).toEqual([]);
    expect(validate('claims.v1.json', { ...claimsExport, $schema: 'https://elsewhere.example/schemas/claims.v1.json' })).not.toEqual([]);
    expect(validate('claims.v1.json', { ...claimsExport, claims: [{ ...first, url: 'javascript:alert(1)' }] })).not.toEqual([]);
    expect(validate('claims.v1.json', { ...claimsExport, generated: '30/11/2026' })).not.toEqual([]);
    expect(validate('claims.v1.json', { ...claimsExport, claims: [{ ...first, checkworthiness: 2 }] })).not.toEqual([]);
  });

  it('gives unreviewed claims verdict null and no review, never an invented one', () => {
    const unreviewed = claimsExport.claims.filter((c) => !result.claims.find((r) => r.id === c.id)!.review);
    expect(unreviewed.length).toBeGreaterThan(10);
    for (const c of unreviewed) expect(c).toMatchObject({ verdict: null, summary: null, reviewer: null, reviewed: null, sources: [], updates: [] });
    const reviewed = claimsExport.claims.filter((c) => c.verdict !== null);
    expect(reviewed.length).toBe(result.claims.filter((c) => c.review).length);
    for (const c of reviewed) expect(c.verdict).toBe(result.claims.find((r) => r.id === c.id)!.review!.verdict);
  });

  it('the schema refuses a verdict on a claim with no review data, and a made-up verdict', () => {
    const unreviewed = claimsExport.claims.find((c) => c.verdict === null)!;
    expect(validate('claims.v1.json', { ...claimsExport, claims: [{ ...unreviewed, summary: 'x' }] })).not.toEqual([]);
    expect(validate('claims.v1.json', { ...claimsExport, claims: [{ ...unreviewed, verdict: 'true' }] })).not.toEqual([]);
  });

  it('keeps the anchor: start..end of the article text is the selector’s exact words', () => {
    for (const c of claimsExport.claims) {
      const article = result.articles.find((a) => a.id === c.article.id)!;
      expect(article.text.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.selector.exact);
      expect(c.url).toBe(`${SITE}claims/${c.id}/`);
    }
  });

  it('is dated from the data, not the clock, and CLAIMS_BUILD_DATE overrides it', () => {
    const reviewDates = result.claims.flatMap((c) => (c.review ? [c.review.reviewed, ...c.review.updates.map((u) => u.date)] : []));
    expect(generated).toBe(reviewDates.sort().at(-1));
    expect(exportDate(result.claims, result.articles, '2030-01-02')).toBe('2030-01-02');
    expect(() => exportDate(result.claims, result.articles, 'yesterday')).toThrow(/CLAIMS_BUILD_DATE/);
    expect(exportDate([], [])).toBeNull();
    expect(JSON.stringify(buildClaimsExport(input, exportDate(result.claims, result.articles)))).toBe(JSON.stringify(claimsExport));
  });
});

describe('claims/<id>.json', () => {
  it('is one element of claims.json plus version, and validates against claim.v1.json', () => {
    for (const c of result.claims) {
      const one = buildClaimExport(c, result.articles.find((a) => a.id === c.articleId)!, SITE);
      expect(validate('claim.v1.json', one)).toEqual([]);
      const { $schema, version, ...rest } = one;
      expect(version).toBe(1);
      expect($schema).toBe(`${SITE}schemas/claim.v1.json`);
      expect(rest).toEqual(claimsExport.claims.find((e) => e.id === c.id));
    }
  });
});

describe('claimreview.json', () => {
  it('has one ClaimReview per reviewed claim and validates', () => {
    expect(reviewsExport.claimReviews.length).toBe(result.claims.filter((c) => c.review).length);
    expect(reviewsExport.claimReviews.length).toBeGreaterThanOrEqual(8);
    expect(validate('claimreview.v1.json', reviewsExport)).toEqual([]);
  });

  it('refuses a rating off the scale and a review without its claim', () => {
    const first = claimReviewExportSchema(SITE).parse(reviewsExport).claimReviews[0]!;
    const rated = (ratingValue: number) => ({ ...reviewsExport, claimReviews: [{ ...first, reviewRating: { ...first.reviewRating, ratingValue } }] });
    expect(validate('claimreview.v1.json', rated(-1))).toEqual([]);
    expect(validate('claimreview.v1.json', rated(3))).not.toEqual([]);
    const { itemReviewed: _, ...withoutClaim } = first;
    expect(validate('claimreview.v1.json', { ...reviewsExport, claimReviews: [withoutClaim] })).not.toEqual([]);
  });
});

describe('claims.csv', () => {
  const csv = buildClaimsCsv(claimsExport.claims);
  const rows = parseCsv(csv.slice(1));

  it('starts with the BOM and the documented header', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.name));
    expect(rows[0]!.slice(0, 3)).toEqual(['id', 'url', 'article_id']);
  });

  it('parses back to one row per claim, Arabic intact', () => {
    expect(rows.length).toBe(claimsExport.claims.length + 1);
    const col = (name: string) => rows[0]!.indexOf(name);
    claimsExport.claims.forEach((claim, i) => {
      const row = rows[i + 1]!;
      expect(row.length).toBe(CSV_COLUMNS.length);
      expect(row[col('id')]).toBe(claim.id);
      expect(row[col('text')]).toBe(claim.text);
      expect(row[col('label')]).toBe(claim.label);
      expect(row[col('article_title')]).toBe(claim.article.title);
      expect(row[col('verdict')]).toBe(claim.verdict ?? '');
      expect(row[col('source_urls')]).toBe(claim.sources.map((s) => s.url).join(' | '));
    });
    expect(rows.some((r) => /[\u0600-\u06ff]/.test(r[col('text')]!))).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const base = claimsExport.claims[0]!;
    const hostile: ExportClaim = {
      ...base,
      text: '=HYPERLINK("http://evil.example","x")',
      label: '+1',
      source: '-1',
      summary: '@x',
      labelEn: '\t=1+1',
      reviewer: '\r=1',
      speaker: { id: 'x', name: '＝1+1', role: 'a, "b"\nc', url: `${SITE}people/x/` },
      updates: [{ date: '2026-01-01', note: 'a | b' }],
    };
    const [header, row] = parseCsv(buildClaimsCsv([hostile]).slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('text')).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(cell('label')).toBe("'+1");
    expect(cell('source')).toBe("'-1");
    expect(cell('summary')).toBe("'@x");
    expect(cell('label_en')).toBe("'\t=1+1");
    expect(cell('reviewer')).toBe("'\r=1");
    expect(cell('speaker_name')).toBe("'＝1+1");
    expect(cell('speaker_role')).toBe('a, "b"\nc');
    expect(cell('updates')).toBe('2026-01-01: a ¦ b');
    for (const c of row!) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell('fine')).toBe('fine');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
