/**
 * A claim's label in the reader's language: the editors' English label on English pages when
 * content/claim-labels.yaml has one, otherwise the label in the language the claim was said in.
 */
import { CONTENT_LANG, type UiLang } from '../../i18n/index.ts';
import type { Claim } from '../schemas/claim.ts';

export interface ShownLabel {
  text: string;
  /** Language tag of `text`, for `lang` on the element that shows it. */
  lang: string;
  dir: 'rtl' | 'ltr' | 'auto';
  /** True when the page language has no label of its own and the original is shown. */
  original: boolean;
}

export function claimLabel(claim: Pick<Claim, 'label' | 'labelEn'>, pageLang: UiLang, contentLang: string = CONTENT_LANG): ShownLabel {
  if (pageLang === 'en' && claim.labelEn) return { text: claim.labelEn, lang: 'en', dir: 'ltr', original: false };
  return { text: claim.label, lang: contentLang, dir: contentLang === 'ar' ? 'rtl' : 'auto', original: pageLang !== contentLang };
}
