/**
 * Accessibility of every page in the sitemap, each scanned once with axe (WCAG 2.2 A and AA). Its own
 * file so the sweep, the longest browser test, runs beside the other files instead of after them.
 */
import { describe, expect, it } from 'vitest';
import { baseURL, openPage, sitemapPaths, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

describe('accessibility', () => {
	it('finds no WCAG 2.2 A or AA violation on any page in the sitemap', async () => {
		const paths = await sitemapPaths();
		expect(paths.length).toBeGreaterThan(50);
		const failures: string[] = [];
		// Three tabs take pages from one queue: axe waits on the page as much as on the processor, so
		// this roughly halves the sweep on two cores. Each page is still scanned exactly once.
		const queue = [...paths];
		// Figures hold still (reduced motion) so the tabs spend the processor on axe, not on animation;
		// the moving figures are scanned in motion by the exercise and test-page files.
		const tab = async () => {
			const { page } = await openPage(browser(), { reducedMotion: 'reduce' });
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await page.goto(`${baseURL()}${path}`);
				for (const violation of await wcagViolations(page)) failures.push(`${path} ${violation}`);
			}
		};
		await Promise.all([tab(), tab(), tab()]);
		expect(failures.sort()).toEqual([]);
		// About 180 pages, a few seconds each, while other browser-test files share two cores: the
		// bound is generous so a busy machine fails only on a real violation.
	}, 900_000);
});
