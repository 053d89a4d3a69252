import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { postTestProbability } from '../../src/lib/diagnostics/odds.ts';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

/** The address as the page itself sees it: Playwright's page.url() can lag behind history.replaceState. */
const currentUrl = async (page: Page) => new URL(String(await page.evaluate('location.href')));

async function ranking(page: Page) {
	const items = page.locator('[data-differential-results] > [data-condition]');
	await items.first().waitFor();
	return Promise.all(
		(await items.all()).map(async (item) => ({
			id: (await item.getAttribute('data-condition'))!,
			probability: Number(await item.getAttribute('data-probability')),
		})),
	);
}

describe('the differential helper through its URL contract', () => {
	it('puts ischiofemoral impingement first after hip surgery with pain on long strides', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/?f=hip-surgery,worse-long-strides`);
		const ranked = await ranking(page);
		expect(ranked[0]!.id).toBe('ischiofemoral-impingement');
		const total = ranked.reduce((sum, r) => sum + r.probability, 0);
		expect(total).toBeCloseTo(1, 6);
		for (let i = 1; i < ranked.length; i++)
			expect(ranked[i - 1]!.probability).toBeGreaterThanOrEqual(ranked[i]!.probability);
		expect(errors).toEqual([]);
	});

	it('puts proximal hamstring tendinopathy first after a positive modified bent-knee stretch test', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/?pos=modified-bent-knee-stretch-test`);
		expect((await ranking(page))[0]!.id).toBe('proximal-hamstring-tendinopathy');
		await expect(
			page.locator('input[data-test="modified-bent-knee-stretch-test"][value="pos"]').isChecked(),
		).resolves.toBe(true);
	});

	it('shows the red-flag alert at once for saddle numbness', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/?f=saddle-numbness`);
		const alert = page.locator('[data-red-flag][role="alert"]');
		await expect(alert.isVisible()).resolves.toBe(true);
		await expect(alert.textContent()).resolves.toMatch(/emergency/i);
		expect(await alert.locator('a[href$="/red-flags/"]').count()).toBe(1);
		// The alert comes before the findings and the ranking in reading order.
		const alertBox = await alert.boundingBox();
		const resultsBox = await page.locator('[data-differential-results]').boundingBox();
		expect(alertBox!.y).toBeLessThan(resultsBox!.y);
	});

	it('updates the URL (without adding history entries) and the ranking when a finding is clicked', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await page.locator('kb-differential[data-ready]').waitFor();
		const before = await ranking(page);
		const historyLength = await page.evaluate('history.length');
		await page.locator('input[name="f"][value="worse-sitting"]').check();
		await page.locator('input[name="f"][value="eased-sitting-on-toilet"]').check();
		expect((await currentUrl(page)).searchParams.get('f')).toBe(
			'worse-sitting,eased-sitting-on-toilet',
		);
		expect(await page.evaluate('history.length')).toBe(historyLength);
		const after = await ranking(page);
		expect(after[0]!.id).toBe('pudendal-neuralgia');
		expect(after).not.toEqual(before);
		// A reload restores the same case from the URL alone.
		await page.reload();
		expect(await ranking(page)).toEqual(after);
	});

	it('works from the keyboard alone', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await page.locator('kb-differential[data-ready]').waitFor();
		await page.locator('input[name="f"][value="sit-bone-pain"]').focus();
		await page.keyboard.press('Space');
		expect(await page.locator('input[name="f"][value="sit-bone-pain"]').isChecked()).toBe(true);
		await page.waitForFunction(
			() => new URLSearchParams(location.search).get('f') === 'sit-bone-pain',
			undefined,
			{ timeout: 5000 },
		);
		expect((await currentUrl(page)).searchParams.get('f')).toBe('sit-bone-pain');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate('document.activeElement && document.activeElement.tagName');
		expect(focused).toBe('INPUT');
	});

	it('ignores unknown, repeated and contradictory ids with a visible notice', async () => {
		const { page } = await openPage(browser());
		await page.goto(
			`${baseURL()}/differential/?f=worse-sitting,not-a-finding,worse-sitting&pos=modified-bent-knee-stretch-test&neg=modified-bent-knee-stretch-test`,
		);
		const notices = page.locator('[data-notices]');
		await expect(notices.isVisible()).resolves.toBe(true);
		const text = await notices.textContent();
		expect(text).toContain('not-a-finding');
		expect(text).toContain('repeat');
		expect(text).toContain('both positive and negative');
		expect((await currentUrl(page)).search).toBe(
			'?f=worse-sitting,not-a-finding,worse-sitting&pos=modified-bent-knee-stretch-test&neg=modified-bent-knee-stretch-test',
		);
	});

	it.each([
		['a script tag', '?f=<script>alert(1)</script>'],
		[
			'encoded markup with event handlers',
			'?f=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&pos=%22%3E%3Csvg%20onload%3Dalert(1)%3E',
		],
		[
			'prototype property names',
			'?f=__proto__,constructor,toString&pos=hasOwnProperty&neg=__proto__',
		],
		['malformed percent-encoding', '?f=%E0%A4%A&pos=%&neg=%%%'],
		['a 5,000-character id', `?f=${'a'.repeat(5000)}`],
		['a javascript: URL and array syntax', '?f=javascript:alert(1)&f[]=x&pos[toString]=1'],
	])('stays safe and whole with %s in the query', async (_label, query) => {
		const { page, errors, dialogs } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${query}`);
		const ranked = await ranking(page);
		expect(ranked.length).toBeGreaterThan(1);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		expect(
			await page.locator('[data-notices] script, [data-notices] img, [data-notices] svg').count(),
		).toBe(0);
	});

	it('passes an axe scan (WCAG 2.2 A and AA) with a case and a red flag chosen', async () => {
		const { page } = await openPage(browser());
		await page.goto(
			`${baseURL()}/differential/?f=saddle-numbness,worse-sitting&pos=modified-bent-knee-stretch-test`,
		);
		await ranking(page);
		expect(await wcagViolations(page)).toEqual([]);
	});
});

describe('the post-test calculator on a test page', () => {
	it('turns a pre-test probability into post-test probabilities with the page’s own LRs', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/tests/modified-bent-knee-stretch-test/`);
		const calculator = page.locator('kb-posttest').first();
		const lrPositive = Number(await calculator.getAttribute('data-lr-positive'));
		const lrNegative = Number(await calculator.getAttribute('data-lr-negative'));
		// The calculator's ratios are the ones the accuracy table prints.
		const study = page.locator('[data-accuracy-study]').first();
		expect(lrPositive).toBeCloseTo(Number(await study.getAttribute('data-lr-positive')), 12);
		const input = calculator.locator('input[type="number"]');
		await input.focus();
		await input.fill('20');
		// Whole percentages, as everywhere on the site (these two are far from 0 and 100 %).
		const expected = (p: number) => `${Math.round(p * 100)}%`;
		await expect(calculator.locator('[data-after-positive]').textContent()).resolves.toBe(
			expected(postTestProbability(0.2, lrPositive)),
		);
		await expect(calculator.locator('[data-after-negative]').textContent()).resolves.toBe(
			expected(postTestProbability(0.2, lrNegative)),
		);
		await expect(calculator.locator('[data-output]').textContent()).resolves.toMatch(
			/^Starting from 20%, a positive result \(LR\+ \d+\.\d, /,
		);
		expect(errors).toEqual([]);
	});
});

describe('an element whose markup lost a required part', () => {
	it('says so to the reader and in the console instead of staying silent', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/tests/modified-bent-knee-stretch-test/`);
		await page.locator('kb-posttest').first().waitFor();
		// A copy of the calculator without its output sentence, connected as a new element.
		await page.evaluate(() => {
			const copy = document.querySelector('kb-posttest')!.cloneNode(true) as HTMLElement;
			copy.querySelector('[data-output]')!.remove();
			copy.id = 'broken-copy';
			document.querySelector('main')!.append(copy);
		});
		const broken = page.locator('#broken-copy');
		expect(await broken.getAttribute('data-broken')).toBe('');
		expect(await broken.locator('.kb-element-error').isVisible()).toBe(true);
		expect(
			await page.locator('kb-posttest:not(#broken-copy) .kb-element-error').first().isVisible(),
		).toBe(false);
		expect(errors.some((e) => e.includes('<kb-posttest> is missing [data-output]'))).toBe(true);
	});
});
