/**
 * The accessibility bar every page must clear (WCAG 2.2 A and AA), the only copy of this list: the
 * browser tests' axe scans use it, and so would any other audit.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Each violation on the page as "rule-id: selector, …", so a failing test says what to fix.
 *
 * Legacy mode runs axe in the page itself. The default mode also opens a blank page to merge
 * per-frame results, which made each scan 1.4 to 2 times slower here; the site has no frames, and a page that
 * gains one fails here rather than being scanned without it.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
	const frames = page.frames().length;
	if (frames > 1)
		return [
			`frames: this scan covers the top document only, and the page has ${frames - 1} frame(s)`,
		];
	const { violations } = await new AxeBuilder({ page })
		.withTags(wcagTags)
		.setLegacyMode(true)
		.analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
