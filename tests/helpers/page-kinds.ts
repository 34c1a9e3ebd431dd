/** One page of every kind the site has, at its Arabic address (the English one is /en + it). */
import { localePath } from '../../src/i18n/index.ts';
import { articleUrl, claimUrl, personUrl } from '../../src/lib/urls.ts';
import { REVIEWED_CLAIM } from '../../scripts/page-kinds.ts';

/** A reviewed claim of the seeds (content/reviews/), and one with no review and no English label. */
export { REVIEWED_CLAIM };
export const UNREVIEWED_CLAIM = 'lybya-tht-qyada-almshyr-khlyfa-e1a782';

export const PAGE_KINDS = {
  home: '/',
  article: articleUrl('003_099b512de9b6ebb4'),
  claim: claimUrl(REVIEWED_CLAIM),
  'unreviewed claim': claimUrl(UNREVIEWED_CLAIM),
  person: personUrl('asim-munir'),
  people: '/people/',
  claims: '/claims/',
  // A list's second page: the pagination nav with previous and current links.
  'claims, page 2': '/claims/page/2/',
  search: '/search/?q=%D8%A8%D9%88%D8%B1%D8%A7%D8%B5',
  'fact-checks': '/fact-checks/',
  data: '/data/',
  methodology: '/methodology/',
  corrections: '/corrections/',
  '404': '/no/such/page/',
} as const;

/** The address of a page in a language: Arabic at the root, English under /en/. */
export const inLang = (path: string, lang: 'ar' | 'en') => localePath(lang, path);

/**
 * Kinds with no English page: an unreviewed claim has only its Arabic page (src/lib/urls.ts,
 * claimHasEnglishPage); its English address is a redirect to it.
 */
export const ARABIC_ONLY: ReadonlySet<string> = new Set(['unreviewed claim']);

/** Every page kind in every language it has a page in. */
export const pageCases = () =>
  Object.entries(PAGE_KINDS).flatMap(([kind, path]) =>
    (['ar', 'en'] as const).filter((lang) => lang === 'ar' || !ARABIC_ONLY.has(kind)).map((lang) => ({ kind, lang, path: inLang(path, lang) })),
  );
