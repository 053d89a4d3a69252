import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';
import { decodeQr } from './support/qr.ts';

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

	it('prints without the site around it, with figures, steps, dosage and a QR code, on one A4 and one Letter page', async () => {
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
			'.kb-qr',
			'.kb-log',
		]) {
			expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
		}
		const color = await page.locator('h1').evaluate((h) => getComputedStyle(h).color);
		expect(color).toBe('rgb(0, 0, 0)');
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
	});

	it('prints a QR code that decodes to the page’s own address', async () => {
		const { page } = await openPage(browser(), { media: 'print' });
		await page.goto(`${baseURL()}/exercises/glute-bridge/`);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		const png = await page.locator('.kb-qr').screenshot({ scale: 'device' });
		expect(await decodeQr(png)).toEqual([canonical]);
		expect(canonical).toMatch(/\/exercises\/glute-bridge\/$/);
	});

	it('passes an axe scan', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		expect(await wcagViolations(page)).toEqual([]);
	});
});

describe('the home programme', () => {
	const example = '?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s';

	it('renders a programme link as a handout, in order, with the clinician’s doses and a QR code of the link', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/programme/${example}&n=Twice+daily+please`);
		const items = page.locator('[data-handout-list] > [data-programme-item]');
		await items.first().waitFor();
		expect(
			await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programmeItem)),
		).toEqual(['bird-dog', 'glute-bridge', 'piriformis-stretch']);
		const doses = await page.locator('[data-handout-list] [data-dose-words]').allTextContents();
		// A link written before doses could carry a hold: bird dog and glute bridge keep their usual holds (content).
		expect(doses).toEqual([
			'3 sets of 10 repetitions, holding each for 5–10 seconds, each side',
			'3 sets of 8–12 repetitions, holding each for 2–5 seconds',
			'3 sets, holding for 30 seconds',
		]);
		await expect(page.locator('[data-handout-note]').textContent()).resolves.toBe(
			'Twice daily please',
		);
		expect(await page.locator('[data-handout-list] [data-figures] svg').count()).toBe(6);
		expect(await page.locator('[data-builder]').isVisible()).toBe(false);
		const png = await page.locator('[data-handout-qr] svg').screenshot({ scale: 'device' });
		expect(await decodeQr(png)).toEqual([page.url()]);
		expect(errors).toEqual([]);
	});

	it('keeps each exercise’s usual dose, hold included, when the link gives none, and reads a dose with a hold', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(
			`${baseURL()}/exercises/programme/?e=piriformis-stretch,bird-dog,glute-bridge:3x10x5s`,
		);
		await page.locator('[data-programme-item]').first().waitFor();
		const doses = await page.locator('[data-handout-list] [data-dose-words]').allTextContents();
		// Usual doses from content/exercises/piriformis-stretch.mdx and bird-dog.mdx; the third from the link.
		expect(doses).toEqual([
			'1 set of 2–3 repetitions, holding each for 20–30 seconds',
			'2–3 sets of 6–10 repetitions, holding each for 5–10 seconds, each side',
			'3 sets of 10 repetitions, holding each for 5 seconds',
		]);
		// Only the dose the link set is marked as the clinician's.
		expect(
			await page.locator('[data-handout-list] [data-dose-words][data-clinician-dose]').count(),
		).toBe(1);
		expect(errors).toEqual([]);
	});

	it('shows the builder again, filled from the link, when the reader asks to change the programme', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/programme/?e=glute-bridge:3x8-12&n=Daily`);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('kb-programme-builder').isVisible()).toBe(false);
		await page.locator('[data-edit]').click();
		expect(await page.locator('kb-programme-builder').isVisible()).toBe(true);
		expect(await page.locator('[data-handout]').isVisible()).toBe(false);
		expect(await page.locator('input[data-include="glute-bridge"]').isChecked()).toBe(true);
		expect(await page.locator('input[data-dose="glute-bridge"]').inputValue()).toBe('3x8-12');
		expect(await page.locator('[data-link]').inputValue()).toBe(
			`${baseURL()}/exercises/programme/?e=glute-bridge:3x8-12&n=Daily`,
		);
	});

	it('builds the expected link from the keyboard alone', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/programme/`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
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
		expect(link).toBe(
			`${baseURL()}/exercises/programme/?e=glute-bridge:3x8-12,bird-dog:3x10&n=Stop+if+it+hurts`,
		);
		// Following the link shows that programme.
		await page.goto(link);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('[data-programme-item]').count()).toBe(2);
	});

	it('skips unknown ids and malformed doses with a visible notice, and nothing hostile runs', async () => {
		const { page, errors, dialogs } = await openPage(browser());
		await page.goto(
			`${baseURL()}/exercises/programme/?e=bird-dog:3x10,<img src=x onerror=alert(1)>:3x10,glute-bridge:lots,__proto__&n=<script>alert(1)</script>`,
		);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('[data-programme-item]').count()).toBe(1);
		const notices = page.locator('[data-notices]');
		await expect(notices.isVisible()).resolves.toBe(true);
		expect(await notices.locator('p').count()).toBe(3);
		await expect(page.locator('[data-handout-note]').textContent()).resolves.toBe(
			'<script>alert(1)</script>',
		);
		expect(await page.locator('[data-handout] script, [data-notices] img').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('passes an axe scan as a builder and as a handout', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/programme/`);
		expect(await wcagViolations(page)).toEqual([]);
		await page.goto(`${baseURL()}/exercises/programme/${example}`);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await wcagViolations(page)).toEqual([]);
	});
});
