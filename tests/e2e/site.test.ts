import { describe, expect, it } from 'vitest';
import { baseURL, openPage, searchUrls, sitemapPaths, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('a condition page', () => {
	it('renders its summary, the red-flag box and its references', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/conditions/pudendal-neuralgia/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Pudendal neuralgia');
		await expect(
			page.locator('[data-entity-kind="condition"] .kb-summary').textContent(),
		).resolves.toMatch(/pudendal nerve/i);
		expect(await page.locator('.kb-urgent a[href$="/red-flags/"]').count()).toBe(1);
		expect(await page.locator('.kb-references li').count()).toBeGreaterThan(0);
		expect(await page.locator('.kb-reviewed time').getAttribute('datetime')).toMatch(
			/^\d{4}-\d{2}-\d{2}$/,
		);
		expect(errors).toEqual([]);
	});
});

describe('a clinical-test page', () => {
	it('shows LR+ and LR− that follow from its sensitivity and specificity', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/tests/long-stride-walking-test/`);
		const studies = page.locator('[data-accuracy-study]');
		expect(await studies.count()).toBeGreaterThan(0);
		for (const study of await studies.all()) {
			const sens = Number(await study.getAttribute('data-sensitivity'));
			const spec = Number(await study.getAttribute('data-specificity'));
			const shownPositive = Number(
				await study.locator('[data-figure="lr-positive"]').textContent(),
			);
			const shownNegative = Number(
				await study.locator('[data-figure="lr-negative"]').textContent(),
			);
			// The printed figures are the page's own rounding of sens / (1 − spec) and (1 − sens) / spec.
			expect(shownPositive).toBeCloseTo(sens / (1 - spec), 1);
			expect(shownNegative).toBeCloseTo((1 - sens) / spec, 2);
			const sensText = await study.locator('[data-figure="sensitivity"]').textContent();
			expect(sensText).toContain(`${Math.round(sens * 100)}%`);
		}
	});
});

describe('search', () => {
	it('finds the condition for a symptom in plain words, through Pagefind', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/`);
		const urls = await searchUrls(page, 'pain sitting on bike saddle');
		expect(urls).toContain('/conditions/pudendal-neuralgia/');
	});
});

describe('every page in the sitemap', () => {
	it('loads without errors and without requesting another origin', async () => {
		const paths = await sitemapPaths();
		expect(paths.length).toBeGreaterThan(5);
		const { page, errors, foreignRequests } = await openPage(browser());
		for (const path of paths) {
			const response = await page.goto(`${baseURL()}${path}`);
			expect(response?.status(), path).toBe(200);
		}
		expect(errors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	}, 120_000);
});
