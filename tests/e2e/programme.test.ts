/**
 * The home programme as a patient and a clinician meet it: the handout a link opens (on a phone and
 * on paper), the builder behind `edit=1`, and the templates that start it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';
import { decodeQr, locateQr } from './support/qr.ts';

const browser = useBrowser();
const programmePath = '/exercises/programme/';
const example = '?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s';

/** Six exercises, every optional part, and a note of several sentences: the handout at its longest. */
const longLink =
	'?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s,clamshell,squat:3x10:2/day:rest60,side-step::left' +
	'&i.bird-dog=Keep+your+back+flat+and+move+slowly' +
	'&n=' +
	encodeURIComponent(
		'Do these every morning before work. If the pain in your buttock gets worse for more than a day ' +
			'after the exercises, do fewer repetitions and tell me at your next visit. Bring this sheet ' +
			'with you, and write your pain each morning in the boxes under each exercise.',
	);

const mm = (cssPx: number) => (cssPx * 25.4) / 96;
const scrollWidth = (page: import('playwright-core').Page) =>
	page.evaluate(() => document.documentElement.scrollWidth);

describe('the handout a programme link opens', () => {
	it('shows the patient the programme first, in order, with the clinician’s doses and a QR code of the link', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}${example}&n=Twice+daily+please`);
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
		// The clinician's builder and its instructions are out of the patient's way.
		expect(await page.locator('kb-programme-builder').isVisible()).toBe(false);
		expect(await page.getByText('For clinicians: tick the exercises').isVisible()).toBe(false);
		// The first heading after the page title is the programme's.
		await expect(page.locator('main h2').first().textContent()).resolves.toBe(
			'Your exercise programme',
		);
		const qr = page.locator('[data-handout-qr] svg');
		expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(120);
		expect(await decodeQr(await qr.screenshot({ scale: 'device' }))).toEqual([page.url()]);
		expect(errors).toEqual([]);
	});

	it('keeps each exercise’s usual dose, hold included, when the link gives none', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(
			`${baseURL()}${programmePath}?e=piriformis-stretch,bird-dog,glute-bridge,glute-bridge:3x10x5s`,
		);
		await page.locator('[data-programme-item]').first().waitFor();
		const doses = await page.locator('[data-handout-list] [data-dose-words]').allTextContents();
		// Usual doses from content/exercises/piriformis-stretch.mdx, bird-dog.mdx and glute-bridge.mdx.
		expect(doses).toEqual([
			'1 set of 2–3 repetitions, holding each for 20–30 seconds',
			'2–3 sets of 6–10 repetitions, holding each for 5–10 seconds, each side',
			'2–3 sets of 8–12 repetitions, holding each for 2–5 seconds',
		]);
		expect(await page.locator('[data-notices]').textContent()).toContain(
			'repeat of “glute-bridge”',
		);
		expect(
			await page.locator('[data-handout-list] [data-dose-words][data-clinician-dose]').count(),
		).toBe(0);
		expect(errors).toEqual([]);
	});

	it('prints each exercise’s frequency, rest, side and instruction from the link', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}${longLink}`);
		const squat = page.locator('[data-programme-item="squat"]');
		await squat.waitFor();
		await expect(squat.locator('[data-frequency-words]').textContent()).resolves.toBe(
			'Twice a day',
		);
		await expect(squat.locator('[data-rest-words]').textContent()).resolves.toBe(
			'Rest 1 minute between sets',
		);
		await expect(
			page.locator('[data-programme-item="side-step"] [data-dose-words]').textContent(),
		).resolves.toMatch(/, left side only$/);
		await expect(
			page.locator('[data-programme-item="bird-dog"] [data-instruction]').textContent(),
		).resolves.toBe('Keep your back flat and move slowly');
		expect(await page.locator('[data-programme-item="squat"] [data-instruction]').isVisible()).toBe(
			false,
		);
	});

	it('has a styled Print button, Share where the browser can share, and a small link for the clinician', async () => {
		const { page } = await openPage(browser());
		await page.addInitScript('navigator.share = () => Promise.resolve();');
		await page.goto(`${baseURL()}${programmePath}${example}`);
		await page.locator('[data-programme-item]').first().waitFor();
		const print = page.getByRole('button', { name: 'Print' });
		await expect(print.isVisible()).resolves.toBe(true);
		const background = await print.evaluate((b) => getComputedStyle(b).backgroundColor);
		expect(background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
		await expect(page.getByRole('button', { name: 'Share' }).isVisible()).resolves.toBe(true);
		const edit = page.getByRole('link', { name: 'Clinician: change this programme' });
		expect(new URL((await edit.getAttribute('href'))!, page.url()).searchParams.get('edit')).toBe(
			'1',
		);
		// Without Web Share, no Share button.
		const plain = await openPage(browser());
		await plain.page.addInitScript(
			"Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });",
		);
		await plain.page.goto(`${baseURL()}${programmePath}${example}`);
		await plain.page.locator('[data-programme-item]').first().waitFor();
		expect(await plain.page.locator('[data-share]').isVisible()).toBe(false);
	});

	it('fits a 390 px phone, however long the link and the note', async () => {
		const { page } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL()}${programmePath}${longLink}`);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
		const qr = await page.locator('[data-handout-qr] svg').boundingBox();
		expect(qr!.width).toBeGreaterThanOrEqual(120);
		// Editing the same programme fits too.
		await page.goto(`${baseURL()}${programmePath}${longLink}&edit=1`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
	});

	it('prints a QR code of at least 30 mm that decodes, from the printed pages, to the programme’s link', async () => {
		const { page } = await openPage(browser(), { media: 'print' });
		await page.goto(`${baseURL()}${programmePath}${longLink}`);
		await page.locator('[data-programme-item]').first().waitFor();
		const box = await page.locator('[data-handout-qr] svg').boundingBox();
		expect(mm(box!.width)).toBeGreaterThanOrEqual(30);
		const dir = mkdtempSync(join(tmpdir(), 'kb-handout-'));
		writeFileSync(join(dir, 'handout.pdf'), await page.pdf({ format: 'A4' }));
		const dpi = 200;
		execFileSync('pdftoppm', ['-r', String(dpi), '-png', 'handout.pdf', 'page'], { cwd: dir });
		const found = [];
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
			found.push(...(await locateQr(readFileSync(join(dir, file)))));
		}
		expect(found.map((f) => f.text)).toEqual([page.url()]);
		// The symbol alone (without its quiet zone) measured on paper.
		const symbolMm = (found[0]!.widthPx / dpi) * 25.4;
		expect(symbolMm).toBeGreaterThanOrEqual(25);
	});

	it('prints each exercise with its figures beside the words, two to an A4 page after the first', async () => {
		const { page } = await openPage(browser(), { media: 'print' });
		const five = '?e=piriformis-stretch,glute-bridge,bird-dog,sciatic-nerve-glide,clamshell';
		await page.goto(`${baseURL()}${programmePath}${five}`);
		await page.locator('[data-programme-item]').nth(4).waitFor();
		for (const card of await page.locator('.kb-card').all()) {
			const figures = await card.locator('[data-figures]').boundingBox();
			const words = await card.locator('.kb-card__text').boundingBox();
			expect(figures!.x + figures!.width).toBeLessThanOrEqual(words!.x);
		}
		// The first page also carries the title and the safety line, so it holds one card; five
		// exercises one to a page would take five pages.
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
		expect(pages).toBeLessThanOrEqual(4);
	});

	it('skips unknown ids and malformed doses with a visible notice, and nothing hostile runs', async () => {
		const { page, errors, dialogs } = await openPage(browser());
		await page.goto(
			`${baseURL()}${programmePath}?e=bird-dog:3x10,<img src=x onerror=alert(1)>:3x10,glute-bridge:lots,__proto__&n=<script>alert(1)</script>&i.bird-dog=<img src=x onerror=alert(2)>`,
		);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(await page.locator('[data-programme-item]').count()).toBe(1);
		const notices = page.locator('[data-notices]');
		await expect(notices.isVisible()).resolves.toBe(true);
		expect(await notices.locator('p').count()).toBe(3);
		await expect(page.locator('[data-handout-note]').textContent()).resolves.toBe(
			'<script>alert(1)</script>',
		);
		expect(await page.locator('[data-handout] script, [data-handout] img').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('the programme builder', () => {
	it('opens behind edit=1, filled from the link in its order', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}${longLink}&edit=1`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		expect(await page.locator('[data-handout]').isVisible()).toBe(false);
		expect(await page.locator('kb-programme-builder').isVisible()).toBe(true);
		const chosen = await page
			.locator('[data-chosen] > [data-row]')
			.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.row));
		expect(chosen).toEqual([
			'bird-dog',
			'glute-bridge',
			'piriformis-stretch',
			'clamshell',
			'squat',
			'side-step',
		]);
		const squat = page.locator('[data-row="squat"]');
		expect(await squat.locator('[data-frequency]').inputValue()).toBe('2/day');
		expect(await squat.locator('[data-rest]').inputValue()).toBe('60');
		expect(await page.locator('[data-row="side-step"] [data-side]').inputValue()).toBe('left');
		await expect(
			page.locator('[data-row="side-step"] [data-reading]').textContent(),
		).resolves.toMatch(/, left side only\.$/);
		// The link it rebuilds is the same programme (doses written out), without edit=1.
		const link = new URL(await page.locator('[data-link]').inputValue());
		expect(link.searchParams.get('edit')).toBeNull();
		expect(link.searchParams.get('i.bird-dog')).toBe('Keep your back flat and move slowly');
		expect(link.searchParams.get('e')).toMatch(/^bird-dog:3x10,glute-bridge:3x8-12,/);
		expect(link.searchParams.get('e')).toContain('squat:3x10:2/day:rest60');
	});

	it.each([
		['3 x 30s', '3 sets, holding for 30 seconds', 'piriformis-stretch:3x30s'],
		['3×30s', '3 sets, holding for 30 seconds', 'piriformis-stretch:3x30s'],
		['3x30 sec', '3 sets, holding for 30 seconds', 'piriformis-stretch:3x30s'],
		[
			'3 x 10',
			'3 sets of 10 repetitions, holding each for 20–30 seconds',
			'piriformis-stretch:3x10',
		],
		[
			'3x10x5s',
			'3 sets of 10 repetitions, holding each for 5 seconds',
			'piriformis-stretch:3x10x5s',
		],
		[
			'3 sets of 2',
			'3 sets of 2 repetitions, holding each for 20–30 seconds',
			'piriformis-stretch:3x2',
		],
	])('reads the dose %j as it is typed, in words, and links it', async (typed, words, inLink) => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		await page.locator('input[data-include="piriformis-stretch"]').check();
		await page.locator('[data-row="piriformis-stretch"] [data-dose]').fill(typed);
		await expect(
			page.locator('[data-row="piriformis-stretch"] [data-reading]').textContent(),
		).resolves.toBe(`Reads as: ${words}.`);
		expect(await page.locator('[data-link]').inputValue()).toBe(
			`${baseURL()}${programmePath}?e=${inLink}`,
		);
	});

	it('takes an empty dose as the exercise’s usual one, hold included, and leaves it out of the link', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		await page.locator('input[data-include="piriformis-stretch"]').check();
		await page.locator('[data-row="piriformis-stretch"] [data-dose]').fill('');
		// content/exercises/piriformis-stretch.mdx
		await expect(
			page.locator('[data-row="piriformis-stretch"] [data-reading]').textContent(),
		).resolves.toBe('Usual dose: 1 set of 2–3 repetitions, holding each for 20–30 seconds.');
		expect(await page.locator('[data-link]').inputValue()).toBe(
			`${baseURL()}${programmePath}?e=piriformis-stretch`,
		);
	});

	it('marks a dose it cannot read on its exercise and blocks Copy link until it is fixed', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		await page.locator('input[data-include="glute-bridge"]').check();
		await page.locator('input[data-include="bird-dog"]').check();
		const dose = page.locator('[data-row="bird-dog"] [data-dose]');
		await dose.fill('three tens');
		expect(await dose.getAttribute('aria-invalid')).toBe('true');
		await expect(
			page.locator('[data-row="bird-dog"] [data-reading]').textContent(),
		).resolves.toContain('not one this page can read');
		expect(await page.locator('[data-copy]').isDisabled()).toBe(true);
		expect(await page.locator('[data-link]').inputValue()).toBe('');
		expect(await page.locator('[data-open]').isVisible()).toBe(false);
		await expect(page.locator('[data-builder-error]').textContent()).resolves.toContain('Bird dog');
		await dose.fill('3x10');
		expect(await page.locator('[data-copy]').isDisabled()).toBe(false);
		expect(await page.locator('[data-link]').inputValue()).toContain('bird-dog:3x10');
	});

	it('builds a programme from the keyboard alone: tick, dose, how often, side, instruction, reorder', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		await page.locator('input[data-include="glute-bridge"]').focus();
		await page.keyboard.press('Space');
		await page.locator('input[data-include="bird-dog"]').focus();
		await page.keyboard.press('Space');
		// Move bird dog above glute bridge with its "up" button, from the keyboard.
		await page.getByRole('button', { name: 'Move Bird dog up' }).focus();
		await page.keyboard.press('Enter');
		await expect(
			page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
		).resolves.toBe('Move Bird dog up');
		const bird = page.locator('[data-row="bird-dog"]');
		await bird.locator('[data-dose]').focus();
		await page.keyboard.press('Control+a');
		await page.keyboard.type('3x10x5s');
		await bird.locator('[data-frequency]').selectOption('2/day');
		await bird.locator('[data-side]').selectOption('right');
		await bird.locator('[data-rest]').fill('45');
		await bird.locator('[data-instruction]').fill('Slowly');
		await page.locator('#pb-note').focus();
		await page.keyboard.type('Stop if it hurts');
		const link = await page.locator('[data-link]').inputValue();
		expect(link).toBe(
			`${baseURL()}${programmePath}?e=bird-dog:3x10x5s:2/day:rest45:right,glute-bridge:2-3x8-12x2-5s&i.bird-dog=Slowly&n=Stop+if+it+hurts`,
		);
		// Following the link shows that programme, in that order.
		await page.goto(link);
		await page.locator('[data-programme-item]').first().waitFor();
		expect(
			await page
				.locator('[data-programme-item]')
				.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.programmeItem)),
		).toEqual(['bird-dog', 'glute-bridge']);
	});

	it('offers one template per programme in content, each opening the builder filled', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}${programmePath}`);
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		await page.getByText('Start from a template').click();
		const templates = page.locator('.kb-pb-templates a');
		// content/programmes holds eight templates.
		expect(await templates.count()).toBe(8);
		await page.getByRole('link', { name: /Gluteal tendinopathy, week 1/ }).click();
		await page.locator('kb-programme-builder[data-ready]').waitFor();
		// content/programmes/gluteal-tendinopathy-week-1.yaml
		expect(
			await page
				.locator('[data-chosen] > [data-row]')
				.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.row)),
		).toEqual(['isometric-hip-abduction', 'glute-bridge', 'squat', 'side-step']);
		expect(await page.locator('[data-copy]').isDisabled()).toBe(false);
		expect(
			await page.locator('[data-row="isometric-hip-abduction"] [data-frequency]').inputValue(),
		).toBe('2/day');
		expect(errors).toEqual([]);
	});
});

describe('accessibility', () => {
	// One scan per test: each page is long (every exercise's figures), and the machine may be busy.
	it.each([
		['the empty builder', programmePath, 'kb-programme-builder[data-ready]'],
		['a filled builder', `${programmePath}${longLink}&edit=1`, '[data-chosen] > [data-row]'],
		['a handout', `${programmePath}${longLink}`, '[data-programme-item]'],
	])('passes an axe scan as %s', async (_, path, ready) => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}${path}`);
		await page.locator(ready).first().waitFor();
		expect(await wcagViolations(page)).toEqual([]);
	});
});
