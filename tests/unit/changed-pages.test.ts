/**
 * Rebuilding only what changed: a page is left out of a build when its key and its file are those
 * of the previous build (src/lib/render/changed-pages.ts), then linked from the previous site
 * (scripts/page-reuse.ts). tests/site/incremental-build.test.ts checks a whole rebuild.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKeys, onlyChanged, outputFile, startBuild } from '../../src/lib/render/changed-pages.ts';
import { buildDigest, linkUnchangedPages, readPageKeys, writePageKeys } from '../../scripts/page-reuse.ts';
import { tempDir } from '../helpers/temp.ts';

const write = (dir: string, file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

afterEach(() => startBuild());

describe('outputFile', () => {
  it('fills a route pattern with its params as Astro names the file', () => {
    expect(outputFile('[...lang]/claims/[id]/index', { id: 'x-1a2b3c' })).toBe('claims/x-1a2b3c/index.html');
    expect(outputFile('[...lang]/claims/[id]/index', { id: 'x-1a2b3c', lang: 'en' })).toBe('en/claims/x-1a2b3c/index.html');
    expect(outputFile('[...lang]/[...page]/index', {})).toBe('index.html');
    expect(outputFile('[...lang]/[...page]/index', { lang: 'en', page: 'page/3' })).toBe('en/page/3/index.html');
    expect(outputFile('[...lang]/people/[id]/[...page]/index', { id: 'p', page: undefined })).toBe('people/p/index.html');
    expect(outputFile('articles/[id].json', { id: 'a' })).toBe('articles/a.json');
  });
});

describe('onlyChanged', () => {
  const paths = () => [
    { params: { id: 'a' }, cacheKey: 'key-a' },
    { params: { id: 'b' }, cacheKey: 'key-b2' },
    { params: { id: 'c' }, cacheKey: 'key-c' },
    { params: { id: 'd' } },
  ];

  it('without a previous build, renders every page and records every key', () => {
    startBuild();
    expect(onlyChanged('x/[id]/index', paths())).toHaveLength(4);
    expect(buildKeys()).toEqual({ keys: { 'x/a/index.html': 'key-a', 'x/b/index.html': 'key-b2', 'x/c/index.html': 'key-c' }, unchanged: [], rendered: [] });
  });

  it('leaves out a page whose key and file are those of the previous build; renders a changed key, a missing file and a page without a key', () => {
    const previous = tempDir('changed-pages');
    for (const id of ['a', 'b']) write(previous, `x/${id}/index.html`, id);
    startBuild({ dir: previous, keys: { 'x/a/index.html': 'key-a', 'x/b/index.html': 'key-b1', 'x/c/index.html': 'key-c' } });
    // a: same key, file there. b: key changed. c: same key, but its file is gone. d: no key.
    expect(onlyChanged('x/[id]/index', paths()).map((p) => p.params.id)).toEqual(['b', 'c', 'd']);
    expect(buildKeys().unchanged).toEqual(['x/a/index.html']);
    expect(Object.keys(buildKeys().keys)).toEqual(['x/a/index.html', 'x/b/index.html', 'x/c/index.html']);
    // A second path at the same address is left to the first, as Astro does (it warns of the conflict).
    expect(
      onlyChanged('x/[id]/index', [
        { params: { id: 'a' }, cacheKey: 'key-a' },
        { params: { id: 'a' }, cacheKey: 'other' },
      ]),
    ).toEqual([]);
    expect(buildKeys().keys['x/a/index.html']).toBe('key-a');
    // Astro may ask a route for its paths again: the page is still taken once.
    expect(onlyChanged('x/[id]/index', paths()).map((p) => p.params.id)).toEqual(['b', 'c', 'd']);
    expect(buildKeys().unchanged).toEqual(['x/a/index.html']);
  });
});

describe('page reuse', () => {
  it('links the unchanged pages of the previous site into the new one: the same file, not a copy', () => {
    const dir = tempDir('page-reuse');
    const [from, to] = [join(dir, 'old'), join(dir, 'new')];
    write(from, 'claims/a/index.html', 'page a');
    write(from, 'articles/b.json', '{}');
    linkUnchangedPages(from, to, ['claims/a/index.html', 'articles/b.json']);
    expect(readFileSync(join(to, 'claims/a/index.html'), 'utf8')).toBe('page a');
    expect(statSync(join(to, 'claims/a/index.html')).ino).toBe(statSync(join(from, 'claims/a/index.html')).ino);
    expect(readFileSync(join(to, 'articles/b.json'), 'utf8')).toBe('{}');
  });

  it('keeps the keys for the next build, and gives them back only to a build of the same code and settings', () => {
    const dir = tempDir('page-keys');
    const digest = buildDigest({ SITE_URL: 'https://example.org/' });
    writePageKeys(dir, digest, { 'claims/a/index.html': 'k' });
    expect(readPageKeys(dir, digest)).toEqual({ 'claims/a/index.html': 'k' });
    expect(readPageKeys(dir, buildDigest({ SITE_URL: 'https://example.net/' }))).toBeUndefined();
    expect(readPageKeys(join(dir, 'none'), digest)).toBeUndefined();
    // What only changes how the build runs leaves the digest as it is.
    expect(buildDigest({ SITE_URL: 'https://example.org/', CLAIMS_BUILD_WAIT: '5' })).toBe(digest);
    expect(buildDigest({ SITE_URL: 'https://example.org/', CLAIMS_PAGE_SIZE: '5' })).not.toBe(digest);
  });
});
