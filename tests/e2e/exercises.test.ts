import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

/** Pages in a PDF Chromium printed (it writes one `/Type /Page` object per page). */
const pdfPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('an exercise page', () => {
	it('shows its start and end figures with alt text', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		const figures = page.locator('[data-figures] svg[role="img"]');
		expect(await figures.count()).toBe(2);
		for (const svg of await figures.all()) {
			const titleId = await svg.getAttribute('aria-labelledby');
			expect((await page.locator(`[id="${titleId}"]`).textContent())?.length).toBeGreaterThan(20);
		}
		expect(errors).toEqual([]);
	});

	it('prints without the site around it, with figures, steps, dosage and the way back to the page, on one A4 and one Letter page', async () => {
		const { page } = await openPage(browser(), { media: 'print' });
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		for (const hidden of [
			'site-search',
			'.sidebar-pane',
			'header.header',
			'starlight-theme-select',
			'.right-sidebar-container',
		]) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		for (const shown of [
			'[data-figures] svg >> nth=1',
			'.kb-steps',
			'[data-dosage]',
			'[data-printed-path]',
			'.kb-log',
		]) {
			expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
		}
		const color = await page.locator('h1').evaluate((h) => getComputedStyle(h).color);
		expect(color).toBe('rgb(0, 0, 0)');
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
	});

	it('never prints localhost: a build without SITE_URL prints the page’s path instead of a QR code', async () => {
		// The browser tests build without SITE_URL (tests/e2e/support/global-setup.ts); a build with
		// one prints a QR code of the canonical address (src/lib/url.ts printedAddress, unit-tested).
		const { page } = await openPage(browser(), { media: 'print' });
		await page.goto(`${baseURL()}/exercises/glute-bridge/`);
		const sheet = page.locator('[data-print-sheet]');
		expect(await sheet.locator('svg').count()).toBe(0);
		expect(await sheet.textContent()).not.toMatch(/localhost|127\.0\.0\.1|https?:/);
		expect(await sheet.locator('[data-printed-path]').textContent()).toContain(
			'/exercises/glute-bridge/',
		);
	});

	it('shows a figure and a Print button on the first screen of a phone, and does not scroll sideways', async () => {
		const { page, errors } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL()}/exercises/piriformis-stretch/`);
		// The first picture (the moving one) starts on the first screen, with most of it showing.
		const figure = page.locator('[data-figures] svg').first();
		const box = await figure.boundingBox();
		expect(box!.y + box!.height / 2).toBeLessThan(844);
		const print = page.locator('kb-print-button button');
		await expect(print.isVisible()).resolves.toBe(true);
		expect((await print.boundingBox())?.y).toBeLessThan(844);
		// The links to diagnoses come after the exercise itself.
		const whoFor = await page.locator('#who-it-is-for').boundingBox();
		const stop = await page.locator('#stop-and-ask').boundingBox();
		expect(whoFor!.y).toBeGreaterThan(stop!.y);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		expect(errors).toEqual([]);
	});

	it('passes an axe scan', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		expect(await wcagViolations(page)).toEqual([]);
	});
});
