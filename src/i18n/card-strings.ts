/** The interface strings a social card shows (src/lib/render/social-card.ts), in one language. */
import type { CardStrings } from '../lib/render/social-card.ts';
import { strings, type UiLang } from './index.ts';

export function cardStrings(lang: UiLang): CardStrings {
  const { t } = strings(lang);
  return {
    lang,
    siteName: t('site.name'),
    tagline: t('site.tagline'),
    verdict: (verdict) => t(`verdict.${verdict}`),
    unreviewed: t('claim.status.unreviewed'),
  };
}
