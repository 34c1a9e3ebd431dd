/** Assembling built shards into one folder (scripts/build-shards.ts): pages at their own addresses, each other index under /s/<name>/. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleShards, otherShardIndexes, shardIndexPath } from '../../scripts/build-shards.ts';
import { searchShards } from '../../src/lib/search/shards.ts';
import { tempDir } from '../helpers/temp.ts';

function site(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('assembleShards', () => {
  it('keeps the home shard whole, adds the other shard’s pages at their addresses and its index at /s/<name>/pagefind/', () => {
    const work = tempDir('assemble');
    const a = site(join(work, 'a'), {
      'index.html': 'home of a',
      'claims/one/index.html': 'claim one',
      'pagefind/pagefind-entry.json': '{"a":1}',
      'sw.js': 'worker a',
    });
    const b = site(join(work, 'b'), {
      'index.html': 'home of b',
      'claims/two/index.html': 'claim two',
      'en/articles/x/index.html': 'article x',
      'pagefind/pagefind-entry.json': '{"b":1}',
      'sw.js': 'worker b',
    });
    const out = join(work, 'out');
    const { kept } = assembleShards(
      [
        { name: 'a', dir: a },
        { name: 'b', dir: b },
      ],
      out,
    );
    const read = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(read('index.html')).toBe('home of a');
    expect(read('sw.js')).toBe('worker a');
    expect(read('pagefind/pagefind-entry.json')).toBe('{"a":1}');
    expect(read('claims/one/index.html')).toBe('claim one');
    expect(read('claims/two/index.html')).toBe('claim two');
    expect(read('en/articles/x/index.html')).toBe('article x');
    expect(read(join(shardIndexPath('b'), 'pagefind-entry.json'))).toBe('{"b":1}');
    expect(kept).toEqual(['index.html']);
  });

  it('names every index but the home shard’s for the search page', () => {
    expect(otherShardIndexes(['a', 'b', 'c'])).toBe('/s/b/pagefind/,/s/c/pagefind/');
    expect(otherShardIndexes(['a'])).toBe('');
  });
});

describe('searchShards', () => {
  it('reads the other shards’ index paths, leaving out the site’s own, and refuses anything but a path on this site', () => {
    expect(searchShards({})).toEqual([]);
    expect(searchShards({ CLAIMS_SEARCH_SHARDS: '/s/b/pagefind/, /pagefind/,/s/c/pagefind/' })).toEqual(['/s/b/pagefind/', '/s/c/pagefind/']);
    expect(() => searchShards({ CLAIMS_SEARCH_SHARDS: 'https://elsewhere.example/pagefind/' })).toThrow(/not the path of a Pagefind index/);
    expect(() => searchShards({ CLAIMS_SEARCH_SHARDS: '/s/b/' })).toThrow(/not the path/);
  });
});
