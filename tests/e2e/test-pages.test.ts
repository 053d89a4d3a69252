/**
 * Clinical-test pages, the tests index and the red-flags page as a reader meets them: the bottom line
 * and the urgent help in the first screen of a phone, likelihood ratios with intervals, the forest
 * plot, the calculator filled from `?pre=` (as the differential helper links to it), and bad `?pre=`
 * values that must change nothing. Expected numbers come from content and the formulas written out
 * here, not from the site's own code.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../config/content-root.ts';
import { readContentFile } from '../../src/lib/build/content-files.ts';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

interface Study {
	id: string;
	sensitivity: { value: number };
	specificity: { value: number };
	counts?: {
		truePositive: number;
		falsePositive: number;
		falseNegative: number;
		trueNegative: number;
	};
}

/** A test's accuracy studies as its content file writes them. */
function studiesOf(testId: string): Study[] {
	const { data } = readContentFile(join(contentRoot, 'clinical-tests', `${testId}.mdx`));
	return (data as { accuracy?: Study[] }).accuracy ?? [];
}

async function phonePage(path: string) {
	const watched = await openPage(browser());
	await watched.page.setViewportSize({ width: 390, height: 844 });
	await watched.page.goto(`${baseURL()}${path}`);
	return watched;
}

/** Whether the element's top edge is inside the first 844 px of the page, and its bottom too when `whole`. */
async function inFirstScreen(page: Page, selector: string, whole = false): Promise<boolean> {
	const box = await page.locator(selector).first().boundingBox();
	if (!box) return false;
	return box.y >= 0 && (whole ? box.y + box.height : box.y + 40) <= 844;
}

const noHorizontalScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('a test page with published counts', () => {
	const testId = 'seated-piriformis-stretch-test';
	const study = studiesOf(testId).find((s) => s.id === 'martin-2014')!;

	it('prints each likelihood ratio with its 95 % interval from the counts (log method)', async () => {
		const { page, errors } = await phonePage(`/tests/${testId}/`);
		const c = study.counts!;
		const withCondition = c.truePositive + c.falseNegative;
		const without = c.falsePositive + c.trueNegative;
		const z = 1.959964;
		const expected = (ratio: number, se: number) => [
			ratio * Math.exp(-z * se),
			ratio * Math.exp(z * se),
		];
		const positive = expected(
			c.truePositive / withCondition / (c.falsePositive / without),
			Math.sqrt(1 / c.truePositive - 1 / withCondition + 1 / c.falsePositive - 1 / without),
		);
		const negative = expected(
			c.falseNegative / withCondition / (c.trueNegative / without),
			Math.sqrt(1 / c.falseNegative - 1 / withCondition + 1 / c.trueNegative - 1 / without),
		);
		const row = page.locator(`[data-accuracy-study="${study.id}"]`);
		const bounds = async (figure: string) =>
			((await row.locator(`[data-figure="${figure}"]`).textContent()) ?? '')
				.match(/95% CI ([\d.]+)–([\d.]+)/)!
				.slice(1)
				.map(Number);
		const [pl, pu] = await bounds('lr-positive-ci');
		const [nl, nu] = await bounds('lr-negative-ci');
		// Printed to one decimal from 1 up, two below.
		expect(pl).toBeCloseTo(positive[0]!, 2);
		expect(pu).toBeCloseTo(positive[1]!, 1);
		expect(nl).toBeCloseTo(negative[0]!, 2);
		expect(nu).toBeCloseTo(negative[1]!, 2);
		expect(errors).toEqual([]);
	});

	it('shows its bottom line in the first screen of a phone, with the evidence behind it', async () => {
		const { page } = await phonePage(`/tests/${testId}/`);
		expect(await inFirstScreen(page, '[data-test-bottom-line]')).toBe(true);
		await expect(page.locator('[data-evidence-facts]').textContent()).resolves.toMatch(
			/1 study \(2 analyses\), 33 people; best LR\+ 5\.2 \(95% CI/,
		);
		expect(await noHorizontalScroll(page)).toBe(true);
	});
});

describe('a test page whose study published its ratios’ intervals but not its counts', () => {
	it('shows the published intervals, and says where they come from', async () => {
		const testId = 'edinburgh-claudication-questionnaire';
		const { data } = readContentFile(join(contentRoot, 'clinical-tests', `${testId}.mdx`));
		const study = (
			data as {
				accuracy: Array<{
					id: string;
					counts?: unknown;
					likelihoodRatioCis: { positive: [number, number]; negative: [number, number] };
				}>;
			}
		).accuracy.find((s) => s.id === 'boylan-2021')!;
		expect(study.counts).toBeUndefined();
		const { page, errors } = await phonePage(`/tests/${testId}/`);
		const section = page.locator('[data-accuracy-study="boylan-2021"]');
		const bounds = async (name: string) =>
			((await section.getAttribute(`data-${name}`)) ?? '').split(' ').map(Number);
		expect(await bounds('lr-positive-ci')).toEqual(study.likelihoodRatioCis.positive);
		expect(await bounds('lr-negative-ci')).toEqual(study.likelihoodRatioCis.negative);
		expect(await section.locator('[data-figure="lr-positive-ci"]').textContent()).toMatch(
			/^\(95% CI \d/,
		);
		const note = await section.locator('.kb-study__note').textContent();
		expect(note).toContain('the ones the paper published');
		expect(note).not.toContain('log method');
		expect(errors).toEqual([]);
	});
});

describe('the forest plot', () => {
	it('draws one row per study when a test has several, and none for a single study', async () => {
		const { page } = await phonePage('/tests/straight-leg-raise-test/');
		const plot = page.locator('[data-forest-plot] svg[role="img"]');
		expect(await plot.count()).toBe(1);
		const studies = studiesOf('straight-leg-raise-test');
		expect(studies.length).toBeGreaterThan(1);
		expect(await page.locator('[data-forest-row]').count()).toBe(studies.length);
		// The picture says its numbers in words for screen readers.
		await expect(plot.locator('desc').textContent()).resolves.toMatch(/sensitivity \d+%/);
		await page.goto(`${baseURL()}/tests/modified-bent-knee-stretch-test/`);
		expect(await page.locator('[data-forest-plot]').count()).toBe(0);
	});
});

describe('the post-test calculator', () => {
	const testId = 'modified-bent-knee-stretch-test';
	const [study] = studiesOf(testId);
	const lrPositive = study!.sensitivity.value / (1 - study!.specificity.value);
	const lrNegative = (1 - study!.sensitivity.value) / study!.specificity.value;
	const after = (pre: number, lr: number) => {
		const odds = (pre / (1 - pre)) * lr;
		return `${Math.round((100 * odds) / (1 + odds))}%`;
	};

	it('takes ?pre=30 from the link the differential helper writes', async () => {
		const { page, errors } = await phonePage(`/tests/${testId}/?pre=30#calculator`);
		const calculator = page.locator('kb-posttest').first();
		await expect(calculator.locator('input').inputValue()).resolves.toBe('30');
		await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe(
			after(0.3, lrPositive),
		);
		await expect(calculator.locator('[data-after-negative]').textContent()).resolves.toBe(
			after(0.3, lrNegative),
		);
		// The anchor lands on the calculator's section.
		expect(await page.locator('h2#calculator').count()).toBe(1);
		expect(errors).toEqual([]);
	});

	// One page visits every value in turn: each visit is a full page load, so a busy machine needs time.
	it(
		'ignores hostile or impossible ?pre= values and still works',
		{ timeout: 180_000 },
		async () => {
			const { page, errors, dialogs } = await phonePage(`/tests/${testId}/`);
			for (const pre of ['abc', '0', '100', '-5', '1e1', '%3Cimg%20src=x%3E', '30&pre=40']) {
				await page.goto(`${baseURL()}/tests/${testId}/?pre=${pre}`);
				const calculator = page.locator('kb-posttest').first();
				await expect(calculator.locator('input').inputValue(), pre).resolves.toBe('');
				await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe('—');
				expect(await page.locator('img[src="x"]').count()).toBe(0);
				await calculator.locator('input').fill('20');
				await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe(
					after(0.2, lrPositive),
				);
			}
			expect(errors).toEqual([]);
			expect(dialogs).toEqual([]);
		},
	);

	// The accessibility scan at the end is slow on a busy machine.
	it(
		'clears its results at 0 % and 100 % and says why, and starts from a setting prior',
		{ timeout: 120_000 },
		async () => {
			const { page } = await phonePage(`/tests/${testId}/`);
			const calculator = page.locator('kb-posttest').first();
			const input = calculator.locator('input');
			await input.fill('40');
			await input.fill('100');
			await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe('—');
			await expect(calculator.locator('[data-output]').textContent()).resolves.toMatch(
				/no test result can change it/,
			);
			const prior = calculator.locator('button[data-pre]').first();
			const percent = Number(await prior.getAttribute('data-pre'));
			await prior.click();
			await expect(input.inputValue()).resolves.toBe(String(percent));
			await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe(
				after(percent / 100, lrPositive),
			);
			expect(await wcagViolations(page)).toEqual([]);
		},
	);
});

describe('the tests index', () => {
	it(
		'places every study in ROC space, each point linked to its test, and tells why some have no figures',
		{ timeout: 120_000 },
		async () => {
			const { page } = await phonePage('/tests/');
			const points = page.locator('[data-roc-chart] svg a');
			expect(await points.count()).toBeGreaterThan(10);
			for (const href of await points.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
				expect(href).toMatch(/\/tests\/[a-z0-9-]+\/$/);
			const table = (await page.locator('table').textContent()) ?? '';
			expect(table).toContain('No published accuracy study');
			expect(table).toContain('No accuracy figures entered');
			expect(await noHorizontalScroll(page)).toBe(true);
			expect(await wcagViolations(page)).toEqual([]);
		},
	);
});

describe('the first screen on a phone', () => {
	it('offers tappable 999 and 111 calls at the top of the red-flags page', async () => {
		const { page } = await phonePage('/red-flags/');
		expect(await inFirstScreen(page, 'a[href="tel:999"]', true)).toBe(true);
		expect(await inFirstScreen(page, 'a[href="tel:111"]', true)).toBe(true);
		await expect(page.locator('[data-call-now]').textContent()).resolves.toMatch(
			/Outside the UK, call your local emergency number/,
		);
		// The clinical terms sit behind a disclosure, closed at first.
		expect(await page.locator('[data-call-now] details').getAttribute('open')).toBeNull();
		expect(await noHorizontalScroll(page)).toBe(true);
	});

	it('shows a condition page’s summary and its own red flags before any scrolling', async () => {
		const { page } = await phonePage('/conditions/piriformis-syndrome/');
		expect(await inFirstScreen(page, '.kb-summary', true)).toBe(true);
		expect(await inFirstScreen(page, '[data-urgent-help] li', true)).toBe(true);
		const { data } = readContentFile(join(contentRoot, 'conditions', 'piriformis-syndrome.mdx'));
		const own = (data as { redFlags: string[] }).redFlags;
		const first = await page
			.locator('[data-urgent-help] > div [data-red-flag-item]')
			.evaluateAll((items) => items.map((i) => i.getAttribute('data-red-flag-item')));
		// What shows before the disclosure is this condition's own flags.
		expect(first.length).toBeGreaterThan(0);
		for (const id of first) expect(own).toContain(id);
		expect(await noHorizontalScroll(page)).toBe(true);
	});
});
