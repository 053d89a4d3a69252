import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launch, openPage } from './browser.ts';
import { decodeQr } from './qr.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const axeViolations = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);

/** Pages in a PDF Chromium printed (it writes one `/Type /Page` object per page). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('an exercise page', () => {
	it('shows its start and end figures with alt text', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		const figures = page.locator('[data-figures] svg[role="img"]');
		expect(await figures.count()).toBe(2);
		for (const svg of await figures.all()) {
			const titleId = await svg.getAttribute('aria-labelledby');
			expect((await page.locator(`[id="${titleId}"]`).textContent())?.length).toBeGreaterThan(20);
		}
		expect(errors).toEqual([]);
	});

	it('prints without the site around it, with figures, steps, dosage and a QR code, on one A4 and one Letter page', async () => {
		const { page } = await openPage(browser, { media: 'print' });
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		for (const hidden of ['site-search', '.sidebar-pane', 'header.header', 'starlight-theme-select', '.right-sidebar-container']) {
			expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
		}
		for (const shown of ['[data-figures] svg >> nth=1', '.kb-steps', '[data-dosage]', '.kb-qr', '.kb-log']) {
			expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
		}
		const color = await page.locator('h1').evaluate((h) => getComputedStyle(h).color);
		expect(color).toBe('rgb(0, 0, 0)');
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
	});

	it('prints a QR code that decodes to the page’s own address', async () => {
		const { page } = await openPage(browser, { media: 'print' });
		await page.goto(`${baseURL()}/exercises/glute-bridge/`);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		const png = await page.locator('.kb-qr').screenshot({ scale: 'device' });
		expect(await decodeQr(png)).toEqual([canonical]);
		expect(canonical).toMatch(/\/exercises\/glute-bridge\/$/);
	});

	it('passes an axe scan', async () => {
		const { page } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		expect(await axeViolations(page)).toEqual([]);
	});
});

describe('the home programme', () => {
	const example = '?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s';

	it('renders a programme link as a handout, in order, with the clinician’s doses and a QR code of the link', async () => {
		const { page, errors } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/programme/${example}&n=Twice+daily+please`);
		const items = page.locator('[data-handout-list] > [data-programme-item]');
		await items.first().waitFor();
		expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programmeItem))).toEqual(['bird-dog', 'glute-bridge', 'piriformis-stretch']);
		const doses = await page.locator('[data-handout-list] [data-dose-words]').allTextContents();
		expect(doses[0]).toMatch(/^3 sets of 10 repetitions/);
		expect(doses[1]).toMatch(/^3 sets of 8–12 repetitions/);
		expect(doses[2]).toMatch(/^3 sets, holding for 30 seconds/);
		await expect(page.locator('[data-handout-note]').textContent()).resolves.toBe('Twice daily please');
		expect(await page.locator('[data-handout-list] [data-figures] svg').count()).toBe(6);
		expect(await page.locator('[data-builder]').isVisible()).toBe(false);
		const png = await page.locator('[data-handout-qr] svg').screenshot({ scale: 'device' });
		expect(await decodeQr(png)).toEqual([page.url()]);
		expect(errors).toEqual([]);
	});

	it('builds the expected link from the keyboard alone', async () => {
		const { page } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/programme/`);
		await page.locator('kb-programme[data-ready]').waitFor();
		await page.locator('input[data-include="glute-bridge"]').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab'); // to glute bridge's dose field
		await page.keyboard.press('Control+a');
		await page.keyboard.type('3x8-12');
		await page.locator('input[data-include="bird-dog"]').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Control+a');
		await page.keyboard.type('3x10');
		await page.locator('#pb-note').focus();
		await page.keyboard.type('Stop if it hurts');
		const link = await page.locator('[data-link]').inputValue();
		expect(link).toBe(`${baseURL()}/exercises/programme/?e=glute-bridge:3x8-12,bird-dog:3x10&n=Stop+if+it+hurts`);
		// Following the link shows that programme.
		await page.goto(link);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('[data-programme-item]').count()).toBe(2);
	});

	it('skips unknown ids and malformed doses with a visible notice, and nothing hostile runs', async () => {
		const { page, errors, dialogs } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/programme/?e=bird-dog:3x10,<img src=x onerror=alert(1)>:3x10,glute-bridge:lots,__proto__&n=<script>alert(1)</script>`);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('[data-programme-item]').count()).toBe(1);
		const notices = page.locator('[data-notices]');
		await expect(notices.isVisible()).resolves.toBe(true);
		expect(await notices.locator('p').count()).toBe(3);
		await expect(page.locator('[data-handout-note]').textContent()).resolves.toBe('<script>alert(1)</script>');
		expect(await page.locator('[data-handout] script, [data-notices] img').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('passes an axe scan as a builder and as a handout', async () => {
		const { page } = await openPage(browser);
		await page.goto(`${baseURL()}/exercises/programme/`);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${baseURL()}/exercises/programme/${example}`);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});
});
