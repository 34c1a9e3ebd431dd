/** Chromium for the site tests (scripts/chromium.ts) and what they check with it. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export { CHROMIUM, launchChromium } from '../../scripts/chromium.ts';

export const VIEWPORTS = { mobile: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

/**
 * Runs axe-core (@axe-core/playwright, every rule of WCAG 2.2 A and AA and axe's best
 * practices; none disabled) and returns the violations: id, impact, first target.
 */
export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target.join(' '), html: v.nodes[0]?.html.slice(0, 160) }));
}
