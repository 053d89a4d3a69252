/**
 * The accessibility bar every page must clear (WCAG 2.2 A and AA), the only copy of this list: the
 * browser tests' axe scans use it, and so would any other audit.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation on the page as "rule-id: selector, …", so a failing test says what to fix. */
export async function wcagViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
