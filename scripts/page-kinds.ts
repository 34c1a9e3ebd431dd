/** One page of each kind a built site has (Arabic addresses), for screenshots and page weights. */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { localePath } from '../src/i18n/index.ts';
import { articleUrl, claimUrl, personUrl } from '../src/lib/urls.ts';

/** A reviewed claim of the seeds (content/reviews/): the claim page shown and measured. */
export const REVIEWED_CLAIM = 'hyth-yhtl-almrtba-althanya-ashra-a2e9be';

export function pageKinds(siteDir: string): [kind: string, path: string][] {
  const first = (dir: string) =>
    readdirSync(resolve(siteDir, dir), { withFileTypes: true })
      // Not `page/`: the second page of a long list (…/page/2/).
      .filter((d) => d.isDirectory() && d.name !== 'page')
      .map((d) => d.name)
      .sort()[0];
  // A reviewed claim of the seeds when the build has it, else the first claim.
  const claim = existsSync(resolve(siteDir, 'claims', REVIEWED_CLAIM)) ? REVIEWED_CLAIM : first('claims');
  return [
    ['home', '/'],
    ['article', articleUrl(first('articles')!)],
    ['claim', claimUrl(claim!)],
    ['person', personUrl(first('people')!)],
    ['search', '/search/?q=%D8%A8%D8%A7%D9%83%D8%B3%D8%AA%D8%A7%D9%86'],
    ['fact-checks', '/fact-checks/'],
    ['data', '/data/'],
    ['methodology', '/methodology/'],
    ['404', '/404.html'],
  ];
}

/** The address of a page kind in a language (English under /en/; its 404 is /en/404/). */
export const localized = (kind: string, path: string, lang: 'ar' | 'en') => localePath(lang, kind === '404' && lang !== 'ar' ? '/404/' : path);
