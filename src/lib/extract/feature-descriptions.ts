/**
 * What each scorer feature means, in the reader's language, for the "why is this a claim"
 * section. The descriptions live with the features (features.ts), because the feature set is
 * data fitted with the model; an unknown name is shown as is.
 */
import { FEATURES } from './features.ts';

const byName = new Map<string, { ar: string; en: string }>(FEATURES.map((f) => [f.name, f]));

export function featureDescription(name: string, lang: 'ar' | 'en'): string {
  return byName.get(name)?.[lang] ?? name;
}
