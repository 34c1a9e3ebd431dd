/**
 * People on English pages have English names: the editors' `name_en`, else a transliteration
 * marked as such; a person named in claims they did not make lists those claims ("mentioned
 * in"); a person's page gives their statements in full, not the short labels.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { runPipeline } from '../../src/lib/pipeline.ts';
import { page, textOf } from '../helpers/html.ts';
import { ROOT } from '../helpers/seeds.ts';

const siteDir = inject('siteDir');
const data = runPipeline({ seedsDir: inject('seedsDir'), contentDir: inject('contentDir'), root: ROOT });
const editorNames = new Map(
  (parse(readFileSync(join(inject('contentDir'), 'people.yaml'), 'utf8')) as { id: string; name_en?: string }[]).map((p) => [p.id, p.name_en]),
);
const ARABIC = /[\u0600-\u06FF]/;
const en = strings('en');

describe('people on English pages', () => {
  it('/en/people/ names everyone in Latin letters: the editors’ English name, or a transliteration marked as one', () => {
    const { document } = page(siteDir, 'en/people/index.html');
    const items = [...document.querySelectorAll('[data-person]')];
    expect(items.map((li) => li.getAttribute('data-person')).sort()).toEqual(data.people.map((p) => p.id).sort());
    let marked = 0;
    for (const li of items) {
      const id = li.getAttribute('data-person')!;
      const link = li.querySelector('a')!;
      const name = textOf(link.querySelector('[lang]'));
      expect(name, id).not.toMatch(ARABIC);
      expect(link.querySelector('[lang]')!.getAttribute('lang'), id).toBe('en');
      const mark = link.querySelector('[data-transliterated]');
      if (editorNames.get(id)) {
        expect(name, id).toBe(editorNames.get(id));
        expect(mark, id).toBeNull();
      } else {
        expect(textOf(mark), id).toBe(`(${en.t('person.transliterated')})`);
        marked++;
      }
    }
    // The seeds' speakers found in the text have no English name yet.
    expect(marked).toBeGreaterThan(0);
  });

  it('the editors’ English names of the seed people are used: Khalifa Haftar, Asim Munir, Shehbaz Sharif', () => {
    for (const [id, name] of [
      ['khalifa-haftar', 'Khalifa Haftar'],
      ['asim-munir', 'Asim Munir'],
      ['shehbaz-sharif', 'Shehbaz Sharif'],
    ]) {
      const { document } = page(siteDir, `en/people/${id}/index.html`);
      expect(textOf(document.querySelector('h1'))).toBe(name);
      expect(document.querySelector('p[data-transliterated]')).toBeNull();
    }
  });

  it('a person with no English name: transliterated heading, the note saying so, the Arabic name beside it', () => {
    const person = data.people.find((p) => p.id === 'mhmd-alslak')!;
    const { document } = page(siteDir, 'en/people/mhmd-alslak/index.html');
    const h1 = document.querySelector('h1')!;
    expect(textOf(h1)).toBe('Mohammed al-Salak');
    expect(h1.getAttribute('lang')).toBe('en');
    expect(textOf(document.querySelector('p[data-transliterated]'))).toBe(en.t('person.transliteratedNote'));
    expect(textOf(document.querySelector('h1 + p'))).toBe(person.name);
    // Arabic pages show the name as written, with no note.
    const ar = page(siteDir, 'people/mhmd-alslak/index.html').document;
    expect(textOf(ar.querySelector('h1'))).toBe(person.name);
    expect(ar.querySelector('[data-transliterated]')).toBeNull();
  });

  it('speakers in claim lists carry their English or marked transliterated name on English pages', () => {
    const speakerLinks = ['en/claims/index.html', 'en/claims/page/2/index.html'].flatMap((file) => [
      ...page(siteDir, file).document.querySelectorAll('[data-claim] a[href^="/en/people/"]'),
    ]);
    expect(speakerLinks.length).toBeGreaterThan(5);
    for (const a of speakerLinks) {
      expect(textOf(a.querySelector('[lang="en"]')), a.getAttribute('href')!).not.toMatch(ARABIC);
      const id = a.getAttribute('href')!.split('/')[3]!;
      expect(Boolean(a.querySelector('[data-transliterated]')), id).toBe(!editorNames.get(id));
    }
  });
});

describe('a person’s page', () => {
  it('lists the claims that name them without their speaking: Khalifa Haftar made none and is named in several', () => {
    const named = data.claims.filter((c) => c.entities.some((e) => e.id === 'khalifa-haftar') && c.speaker?.id !== 'khalifa-haftar');
    expect(named.length).toBeGreaterThan(3);
    for (const file of ['people/khalifa-haftar/index.html', 'en/people/khalifa-haftar/index.html']) {
      const { document } = page(siteDir, file);
      const section = document.querySelector('[data-person-mentioned]')!;
      expect([...section.querySelectorAll('[data-claim]')].map((li) => li.getAttribute('data-claim'))).toEqual(named.map((c) => c.id));
      expect(document.querySelectorAll('[data-person-said] [data-claim]')).toHaveLength(0);
    }
    // Shehbaz Sharif, named once in the seeds, likewise.
    const sharif = page(siteDir, 'en/people/shehbaz-sharif/index.html').document;
    expect(sharif.querySelectorAll('[data-person-mentioned] [data-claim]').length).toBeGreaterThan(0);
  });

  it('gives each statement in full, the claim’s text rather than its label', () => {
    const person = data.people.find((p) => p.id === 'mhmd-alslak')!;
    const { document } = page(siteDir, 'people/mhmd-alslak/index.html');
    const items = [...document.querySelectorAll('[data-person-said] [data-claim]')];
    expect(items.map((li) => li.getAttribute('data-claim'))).toEqual(person.claimIds);
    for (const li of items) {
      const claim = data.claims.find((c) => c.id === li.getAttribute('data-claim'))!;
      expect(textOf(li.querySelector('a[href^="/claims/"]'))).toBe(textOf({ textContent: claim.text }));
    }
    // At least one of them is longer than its label: the label is not what is shown.
    expect(person.claimIds.some((id) => data.claims.find((c) => c.id === id)!.label !== data.claims.find((c) => c.id === id)!.text)).toBe(true);
  });

  it('the people list and the home page say how many claims name each person', () => {
    const { document } = page(siteDir, 'en/people/index.html');
    const li = document.querySelector('[data-person="khalifa-haftar"]')!;
    const haftar = data.people.find((p) => p.id === 'khalifa-haftar')!;
    expect(textOf(li)).toContain(en.t('people.mentions', { claims: en.plural('claims.count', haftar.mentionIds.length) }));
    const home = page(siteDir, 'en/index.html').document;
    expect(textOf(home.querySelector('[data-top-people]'))).toContain('Khalifa Haftar');
  });
});
