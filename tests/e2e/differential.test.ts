import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { postTestProbability } from '../../src/lib/diagnostics/odds.ts';
import { frontmatter } from '../support/differential-content.ts';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

/** The address as the page itself sees it: Playwright's page.url() can lag behind history.replaceState. */
const currentUrl = async (page: Page) => new URL(String(await page.evaluate('location.href')));

const ready = (page: Page) => page.locator('kb-differential[data-ready]').waitFor();

async function ranking(page: Page) {
	await ready(page);
	const items = page.locator('[data-differential-results] > [data-condition]');
	return Promise.all(
		(await items.all()).map(async (item) => ({
			id: (await item.getAttribute('data-condition'))!,
			probability: Number(await item.getAttribute('data-probability')),
			rank: Number(await item.getAttribute('data-rank')),
			shown: (await item.locator('.kb-dx-pct').textContent())!,
		})),
	);
}

const probabilityOf = async (page: Page, id: string) =>
	(await ranking(page)).find((r) => r.id === id)!.probability;

const answer = (page: Page, finding: string, value: 'present' | 'absent' | '') =>
	page.locator(`input[data-finding="${finding}"][value="${value}"]`);

/**
 * LR+ of a test from its content file, by hand: sensitivity ÷ (1 − specificity) of the study the
 * helper uses (`differential.study`, or the only study).
 */
function contentLrPositive(test: string): number {
	const { data } = frontmatter(`content/clinical-tests/${test}.mdx`) as {
		data: {
			accuracy: Array<{
				id: string;
				sensitivity: { value: number };
				specificity: { value: number };
			}>;
			differential?: { study: string };
		};
	};
	const study = data.accuracy.find(
		(s) => s.id === (data.differential?.study ?? data.accuracy[0]!.id),
	)!;
	return study.sensitivity.value / (1 - study.specificity.value);
}

const settingFile = (setting: string) =>
	parse(readFileSync(`content/differential/settings/${setting}.yaml`, 'utf8')) as {
		priors: Array<{ condition: string; probability: number; basis: string }>;
		other: { probability: number };
	};

/** A condition's (or something else's) prior in a setting, read from its content file. */
function contentPrior(setting: string, id: string): number {
	const data = settingFile(setting);
	return id === 'other'
		? data.other.probability
		: data.priors.find((p) => p.condition === id)!.probability;
}

const contentBasis = (setting: string, id: string) =>
	settingFile(setting).priors.find((p) => p.condition === id)!.basis;

const priorField = (page: Page, id: string) => page.locator(`input[data-prior="${id}"]`);
const priorRow = (page: Page, id: string) => page.locator(`[data-prior-row="${id}"]`);

const RUNNER = '?f=sit-bone-pain,worse-sitting,worse-uphill-running&s=sports';
const PUDENDAL =
	'?f=perineal-pain,worse-sitting,eased-sitting-on-toilet,burning-pain&s=buttock-dominant';

describe('the differential helper', () => {
	it('shows no list, no share and no test until something is chosen', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await ready(page);
		expect(await page.locator('[data-empty]').isVisible()).toBe(true);
		expect(await page.locator('[data-differential-results] > *').count()).toBe(0);
		expect(await page.locator('[data-other]').isVisible()).toBe(false);
		expect(await page.locator('[data-next-test]').textContent()).toBe('');
		expect(await page.locator('[data-summary]').isVisible()).toBe(false);
		// The reminder stays on the page whatever is chosen.
		expect(await page.locator('.kb-dx-reminder').textContent()).toMatch(/not a diagnosis/);
		expect(errors).toEqual([]);
	});

	it('ranks a runner with whole percentages, ties as ties, and a something-else share that completes 100 %', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		const ranked = await ranking(page);
		expect(ranked[0]!.id).toBe('proximal-hamstring-tendinopathy');
		for (let i = 1; i < ranked.length; i++)
			expect(ranked[i - 1]!.probability).toBeGreaterThanOrEqual(ranked[i]!.probability);
		for (const r of ranked) expect(r.shown).toMatch(/^(<1|>99|\d{1,2})%$/);
		// Lines that print the same percentage share a rank; a different percentage never does.
		for (const a of ranked)
			for (const b of ranked) expect(a.shown === b.shown).toBe(a.rank === b.rank);
		const other = (await page.locator('[data-other]').textContent())!;
		const otherPercent = Number(/(\d+)%/.exec(other)![1]);
		const total = ranked.reduce((s, r) => s + r.probability, 0);
		expect(Math.abs(1 - total - otherPercent / 100)).toBeLessThanOrEqual(0.005);
		expect(errors).toEqual([]);
	});

	it('moves the runner’s hamstring group exactly as the test page’s calculator does from the probability it shows', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		const before = await ranking(page);
		await page.locator('input[data-test="modified-bent-knee-stretch-test"][value="pos"]').check();
		await page.locator('[data-test-done="modified-bent-knee-stretch-test"]').waitFor();
		const link = page.locator('[data-test-done="modified-bent-knee-stretch-test"] a');
		const target = new URL((await link.getAttribute('href'))!, baseURL());
		expect(target.pathname).toBe('/tests/modified-bent-knee-stretch-test/');
		expect(target.hash).toBe('#calculator');
		const pre = Number(target.searchParams.get('pre')) / 100;
		// The test is also positive in ischiogluteal bursitis (its content says so): the two move together,
		// and the pre-test shown is their combined probability before the result.
		const group = ['proximal-hamstring-tendinopathy', 'ischiogluteal-bursitis'];
		const sum = (rows: Awaited<ReturnType<typeof ranking>>) =>
			rows.filter((r) => group.includes(r.id)).reduce((s, r) => s + r.probability, 0);
		expect(Math.abs(sum(before) - pre)).toBeLessThanOrEqual(0.0005);
		const lr = contentLrPositive('modified-bent-knee-stretch-test');
		const odds = (pre / (1 - pre)) * lr;
		const expected = odds / (1 + odds);
		expect(Math.abs(sum(await ranking(page)) - expected)).toBeLessThan(0.001);
		expect((await page.locator('[data-test-done]').textContent())!).toContain(
			`${Math.round(expected * 100)}%`,
		);
		expect(errors).toEqual([]);
	});

	it('names the next best test in words, with its calculator link', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		await ready(page);
		const next = page.locator('[data-next-test]');
		expect(await next.textContent()).toMatch(
			/A positive result would raise .+ to about \d+%; a negative one would lower it to about \d+%\./,
		);
		expect(await next.locator('a[href*="#calculator"]').getAttribute('href')).toMatch(
			/^\/tests\/[a-z-]+\/\?pre=\d+(\.\d)?#calculator$/,
		);
	});

	it('lowers pudendal neuralgia for saddle numbness and shows the alert without moving the control in use', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${PUDENDAL}`);
		const before = await probabilityOf(page, 'pudendal-neuralgia');
		const yes = answer(page, 'saddle-numbness', 'present');
		await yes.scrollIntoViewIfNeeded();
		const box = await yes.boundingBox();
		await yes.focus();
		await page.keyboard.press('Space');
		const alert = page.locator('[data-red-flag][role="alert"]');
		await alert.waitFor();
		expect(await alert.textContent()).toMatch(/emergency/i);
		expect(await alert.locator('a[href$="/red-flags/"]').count()).toBe(1);
		expect(await page.evaluate('document.activeElement?.dataset.finding')).toBe('saddle-numbness');
		expect((await yes.boundingBox())!.y).toBeCloseTo(box!.y, 0);
		// The alert comes before the list in reading order.
		const resultsBox = await page.locator('[data-differential-results]').boundingBox();
		expect((await alert.boundingBox())!.y).toBeLessThan(resultsBox!.y);
		expect(await probabilityOf(page, 'pudendal-neuralgia')).toBeLessThan(before);
		expect((await currentUrl(page)).searchParams.get('f')).toContain('saddle-numbness');
		expect(errors).toEqual([]);
	});

	it('keeps old links: ?f=, ?pos= and ?neg= choose the same findings and results, and the address is left alone', async () => {
		const { page, errors } = await openPage(browser());
		const query =
			'?f=worse-sitting,eased-sitting-on-toilet&pos=modified-bent-knee-stretch-test&neg=straight-leg-raise-test';
		await page.goto(`${baseURL()}/differential/${query}`);
		await ready(page);
		expect(await answer(page, 'worse-sitting', 'present').isChecked()).toBe(true);
		expect(await answer(page, 'eased-sitting-on-toilet', 'present').isChecked()).toBe(true);
		expect(
			await page
				.locator('input[data-test="modified-bent-knee-stretch-test"][value="pos"]')
				.isChecked(),
		).toBe(true);
		expect(
			await page.locator('input[data-test="straight-leg-raise-test"][value="neg"]').isChecked(),
		).toBe(true);
		expect((await ranking(page)).length).toBeGreaterThan(3);
		expect((await currentUrl(page)).search).toBe(query);
		expect(errors).toEqual([]);
	});

	it('writes absent findings and the setting to the URL without adding history entries, and a reload restores them', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await ready(page);
		const historyLength = await page.evaluate('history.length');
		await answer(page, 'worse-sitting', 'present').check();
		await answer(page, 'pain-below-knee', 'absent').check();
		await page.locator('input[name="s"][value="sports"]').check();
		const url = await currentUrl(page);
		expect(url.searchParams.get('f')).toBe('worse-sitting');
		expect(url.searchParams.get('no')).toBe('pain-below-knee');
		expect(url.searchParams.get('s')).toBe('sports');
		expect(await page.evaluate('history.length')).toBe(historyLength);
		const after = await ranking(page);
		await page.reload();
		expect(await ranking(page)).toEqual(after);
		expect(await page.locator('input[name="s"][value="sports"]').isChecked()).toBe(true);
	});

	it('marks every warning sign absent with “None of these”', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await ready(page);
		await page.locator('[data-none]').check();
		const flags = await page.locator('input[data-red-flag-option][value="absent"]').count();
		expect(await page.locator('input[data-red-flag-option][value="absent"]:checked').count()).toBe(
			flags,
		);
		expect((await currentUrl(page)).searchParams.get('no')!.split(',')).toHaveLength(flags);
		await answer(page, 'saddle-numbness', 'present').check();
		expect(await page.locator('[data-none]').isChecked()).toBe(false);
	});

	it.each([
		['a script tag', '?f=<script>alert(1)</script>'],
		[
			'encoded markup with event handlers',
			'?f=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&no=%22%3E%3Csvg%20onload%3Dalert(1)%3E&s=%3Cb%3E',
		],
		[
			'prototype property names',
			'?f=__proto__,constructor,toString&pos=hasOwnProperty&neg=__proto__&prior=__proto__:5',
		],
		['malformed percent-encoding', '?f=%E0%A4%A&pos=%&neg=%%%&no=%'],
		['a 5,000-character id', `?f=${'a'.repeat(5000)}`],
		['a javascript: URL and array syntax', '?f=javascript:alert(1)&f[]=x&pos[toString]=1'],
		[
			'unknown ids and an unknown setting',
			'?f=worse-sitting,no-such-finding&s=mars&pos=no-such-test',
		],
		[
			'huge and impossible priors and repeats',
			`?f=${Array(300).fill('worse-sitting').join(',')}&prior=pudendal-neuralgia:99999,other:1e308,lumbar-radiculopathy:99.99`,
		],
		['a finding both present and absent', '?f=worse-sitting&no=worse-sitting,sit-bone-pain'],
	])('stays safe and whole with %s in the query', async (_label, query) => {
		const { page, errors, dialogs } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${query}`);
		const ranked = await ranking(page);
		for (const r of ranked) {
			expect(r.probability).toBeGreaterThanOrEqual(0);
			expect(r.probability).toBeLessThanOrEqual(1);
		}
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
		expect(
			await page.locator('[data-notices] script, [data-notices] img, [data-notices] svg').count(),
		).toBe(0);
		expect(await page.locator('kb-differential[data-broken]').count()).toBe(0);
	});

	it('lets the reader set a prior on the page: the list moves by the prior odds, the link carries it, reset clears it', async () => {
		const { page, errors } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		const before = await ranking(page);
		const id = 'proximal-hamstring-tendinopathy';
		const published = contentPrior('sports', id);
		await page.locator('[data-priors] > summary').click();
		const field = priorField(page, id);
		expect(Number(await field.inputValue())).toBeCloseTo(published * 100, 9);
		expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

		await field.fill('40');
		await field.press('Tab');
		// Only the prior changes, and the other lines keep their proportions: the condition's odds move by
		// the ratio of the new prior odds to the published ones, and the rest share what is left.
		const old = before.find((r) => r.id === id)!.probability;
		const odds = (old / (1 - old)) * (0.4 / 0.6 / (published / (1 - published)));
		const expected = odds / (1 + odds);
		const after = await ranking(page);
		const mine = after.find((r) => r.id === id)!;
		expect(Math.abs(mine.probability - expected)).toBeLessThan(0.001);
		expect(mine.shown).toBe(`${Math.round(expected * 100)}%`);
		for (const r of before.filter((r) => r.id !== id))
			expect(
				Math.abs(
					after.find((a) => a.id === r.id)!.probability -
						(r.probability * (1 - expected)) / (1 - old),
				),
			).toBeLessThan(0.001);
		// "Published" only where the content cites a source for the figure.
		const word = contentBasis('sports', id) === 'published' ? 'published' : 'default';
		expect(await page.locator(`[data-condition="${id}"] .kb-dx-why`).textContent()).toContain(
			`Your prior: 40% in this setting, ${word} ${Math.round(published * 100)}%.`,
		);
		expect(await priorRow(page, id).getAttribute('data-overridden')).toBe('');
		expect(await page.locator('[data-prior-count]').textContent()).toBe(' (1 set by you)');
		expect((await currentUrl(page)).searchParams.get('prior')).toBe(`${id}:40`);

		await page.reload();
		expect(await ranking(page)).toEqual(after);
		expect(await priorField(page, id).inputValue()).toBe('40');

		await page.locator('[data-priors] > summary').click();
		await page.locator('[data-prior-reset]').click();
		expect((await currentUrl(page)).searchParams.has('prior')).toBe(false);
		expect(await ranking(page)).toEqual(before);
		expect(Number(await priorField(page, id).inputValue())).toBeCloseTo(published * 100, 9);
		expect(await page.locator('[data-prior-count]').textContent()).toBe('');
		expect(errors).toEqual([]);
	});

	it('steps a prior with the arrow keys and edits a sub-cause as its share of the family', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${PUDENDAL}`);
		await ready(page);
		await page.locator('[data-priors] > summary').focus();
		await page.keyboard.press('Enter');
		const field = priorField(page, 'pudendal-neuralgia');
		await field.focus();
		await page.keyboard.press('ArrowUp');
		const stepped = Number(
			((contentPrior('buttock-dominant', 'pudendal-neuralgia') * 1000 + 1) / 10).toFixed(1),
		);
		expect((await currentUrl(page)).searchParams.get('prior')).toBe(
			`pudendal-neuralgia:${stepped}`,
		);
		const share = priorField(page, 'piriformis-syndrome');
		expect(
			await page.locator('label[for="kb-dx-prior-piriformis-syndrome"]').textContent(),
		).toMatch(/as a share of Deep gluteal syndrome/i);
		await share.fill('80');
		await share.press('Tab');
		expect((await currentUrl(page)).searchParams.get('prior')).toBe(
			`pudendal-neuralgia:${stepped},piriformis-syndrome:80`,
		);
	});

	it('keeps the reader’s prior when the setting changes, and shows the new setting’s elsewhere', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${RUNNER}&prior=proximal-hamstring-tendinopathy:30`);
		await ready(page);
		await page.locator('input[name="s"][value="leg-dominant"]').check();
		expect(await priorField(page, 'proximal-hamstring-tendinopathy').inputValue()).toBe('30');
		expect(Number(await priorField(page, 'lumbar-radiculopathy').inputValue())).toBeCloseTo(
			contentPrior('leg-dominant', 'lumbar-radiculopathy') * 100,
			9,
		);
		const url = await currentUrl(page);
		expect(url.searchParams.get('s')).toBe('leg-dominant');
		expect(url.searchParams.get('prior')).toBe('proximal-hamstring-tendinopathy:30');
	});

	it('says next to the field why a prior cannot be used, and leaves the list and the link as they were', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		await ready(page);
		await page.locator('[data-priors] > summary').click();
		const other = priorField(page, 'other');
		await other.fill('70');
		await other.press('Tab');
		const kept = await ranking(page);
		const field = priorField(page, 'proximal-hamstring-tendinopathy');
		const problem = priorRow(page, 'proximal-hamstring-tendinopathy').locator(
			'[data-prior-problem]',
		);
		for (const [typed, reason] of [
			['40', /add up to 110\s%/],
			['0', /above 0 and below 100/],
			['100', /above 0 and below 100/],
		] as const) {
			await field.fill(typed);
			await field.press('Tab');
			expect(await problem.textContent()).toMatch(reason);
			expect(await problem.isVisible()).toBe(true);
			expect(await field.getAttribute('aria-invalid')).toBe('true');
			expect((await currentUrl(page)).searchParams.get('prior')).toBe('other:70');
			expect(await ranking(page)).toEqual(kept);
		}
		await field.fill('');
		await field.press('Tab');
		expect(await problem.isVisible()).toBe(false);
		expect(await field.getAttribute('aria-invalid')).toBeNull();
		expect(errors).toEqual([]);
	});

	it('survives a stale or impossible prior= in the link, and the fields still work', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(
			`${baseURL()}/differential/?f=worse-sitting&prior=no-such-condition:5,lumbar-radiculopathy:0,other:50,pudendal-neuralgia:60,x:<b>`,
		);
		await ready(page);
		expect(await page.locator('[data-notices]').isVisible()).toBe(true);
		expect(await page.locator('[data-prior-count]').textContent()).toBe('');
		// Every field shows the published value of the default setting.
		const setting = await page.locator('input[name="s"]:checked').getAttribute('value');
		for (const id of ['lumbar-radiculopathy', 'other', 'pudendal-neuralgia'])
			expect(Number(await priorField(page, id).inputValue())).toBeCloseTo(
				contentPrior(setting!, id) * 100,
				9,
			);
		await page.locator('[data-priors] > summary').click();
		await priorField(page, 'pudendal-neuralgia').fill('2');
		await priorField(page, 'pudendal-neuralgia').press('Tab');
		expect((await currentUrl(page)).searchParams.get('prior')).toBe('pudendal-neuralgia:2');
		expect(await page.locator('kb-differential[data-broken]').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('never lets the result bar cover the control that has focus', async () => {
		const { page } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL()}/differential/${RUNNER}`);
		await ready(page);
		await page.locator('input[name="s"]:checked').focus();
		const hidden: string[] = [];
		for (let stop = 0; stop < 200; stop++) {
			const state = await page.evaluate(() => {
				const active = document.activeElement as HTMLElement | null;
				if (!active?.closest('form.kb-dx-form')) return null;
				const bar = document.querySelector<HTMLElement>('[data-summary]')!.getBoundingClientRect();
				const own = active.getBoundingClientRect();
				const covered = !(own.bottom <= bar.top || own.top >= bar.bottom);
				return { covered, name: `${active.getAttribute('name')}=${active.getAttribute('value')}` };
			});
			if (!state) break;
			if (state.covered) hidden.push(state.name);
			await page.keyboard.press('Tab');
		}
		expect(hidden).toEqual([]);
	});

	it('keeps the fixed result bar to a quarter of the screen on a phone and at 200 % zoom', async () => {
		const { page } = await openPage(browser());
		for (const [width, height] of [
			[390, 844],
			[640, 450],
		] as const) {
			await page.setViewportSize({ width, height });
			await page.goto(`${baseURL()}/differential/${RUNNER}`);
			await ready(page);
			const bar = page.locator('[data-summary]');
			const sticky = (await bar.evaluate((e) => getComputedStyle(e).position)) === 'sticky';
			if (sticky) expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(height / 4);
		}
	});

	it.each(['light', 'dark'] as const)(
		'passes an axe scan (WCAG 2.2 A and AA) with a case, a red flag and the working open, in %s mode',
		async (scheme) => {
			const { page } = await openPage(browser());
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(
				`${baseURL()}/differential/?f=saddle-numbness,worse-sitting&no=pain-below-knee&pos=modified-bent-knee-stretch-test&prior=proximal-hamstring-tendinopathy:20`,
			);
			await ranking(page);
			// The prior fields open, one set by the reader and one refused with its reason.
			await page.locator('[data-priors] > summary').click();
			await priorField(page, 'other').fill('150');
			await priorField(page, 'other').press('Tab');
			await page
				.locator('.kb-dx-why')
				.first()
				.evaluate((e) => ((e as HTMLDetailsElement).open = true));
			expect(await wcagViolations(page)).toEqual([]);
		},
		180_000,
	);
});

describe('the published cases', () => {
	it('lists at least 30 cases with figures that count them', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/cases/`);
		const rows = await page.locator('tr[data-case]').count();
		expect(rows).toBeGreaterThanOrEqual(30);
		expect(Number(await page.locator('[data-cases]').textContent())).toBe(rows);
		const top1 = Number(await page.locator('[data-top1]').textContent());
		const top3 = Number(await page.locator('[data-top3]').textContent());
		expect(top1).toBeLessThanOrEqual(top3);
		expect(top3).toBeLessThanOrEqual(rows);
		expect(errors).toEqual([]);
	});

	it('opens a case in the helper with the case’s findings and setting', async () => {
		const { page, errors } = await openPage(browser());
		const id = 'back-pain-with-urinary-retention';
		const data = parse(readFileSync(`content/cases/${id}.yaml`, 'utf8')) as {
			setting: string;
			findings: { present: string[]; absent?: string[] };
		};
		await page.goto(`${baseURL()}/cases/${id}/`);
		await page.locator('a[data-case-helper]').click();
		await ready(page);
		expect(await page.locator(`input[name="s"][value="${data.setting}"]`).isChecked()).toBe(true);
		for (const f of data.findings.present)
			expect(await answer(page, f, 'present').isChecked(), f).toBe(true);
		for (const f of data.findings.absent ?? [])
			expect(await answer(page, f, 'absent').isChecked(), f).toBe(true);
		expect(errors).toEqual([]);
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
