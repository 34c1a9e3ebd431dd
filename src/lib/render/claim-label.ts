/**
 * A claim's label in the reader's language: the editors' English label on English pages when
 * content/claim-labels.yaml has one, otherwise the label in the language the claim was said in.
 */
import type { Claim } from '../schemas/claim.ts';

export interface ShownLabel {
  text: string;
  /** Language tag of `text`, for `lang` on the element that shows it. */
  lang: string;
  dir: 'rtl' | 'ltr' | 'auto';
  /** True when the page language has no label of its own and the original is shown. */
  original: boolean;
}

/**
 * `pageLang`: the interface language of the page; `contentLang`: the language the claim was
 * said in (the article's `lang`, or CONTENT_LANG of src/i18n, which src/lib does not import).
 */
export function claimLabel(claim: Pick<Claim, 'label' | 'labelEn'>, pageLang: string, contentLang: string): ShownLabel {
  if (pageLang === 'en' && claim.labelEn) return { text: claim.labelEn, lang: 'en', dir: 'ltr', original: false };
  return { text: claim.label, lang: contentLang, dir: contentLang === 'ar' ? 'rtl' : 'auto', original: pageLang !== contentLang };
}
