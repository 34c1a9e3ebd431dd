/**
 * Editors' labels (content/claim-labels.yaml) replace the automatic ones. Returns new claims,
 * and the ids of labels whose claim does not exist, for the pipeline to report.
 */
import type { ClaimLabels } from '../schemas/claim-labels.ts';
import type { Claim } from '../schemas/claim.ts';

export function applyLabels(claims: readonly Claim[], labels: ClaimLabels): { claims: Claim[]; unknown: string[] } {
  const ids = new Set(claims.map((c) => c.id));
  const unknown = Object.keys(labels).filter((id) => !ids.has(id));
  return {
    claims: claims.map((c) => {
      const label = Object.hasOwn(labels, c.id) ? labels[c.id] : undefined;
      if (!label) return c;
      return { ...c, ...(label.ar && { label: label.ar }), ...(label.en && { labelEn: label.en }) };
    }),
    unknown,
  };
}
