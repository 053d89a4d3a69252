import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser } from './support/browser.ts';
import { askDialog, openSearchDialog } from './support/search-dialog.ts';

const browser = useBrowser();

describe('search by symptom, in the reader’s own words (the search dialog, top 3)', () => {
	it(
		'answers each phrase with one of its pages in the top 3, in one page',
		{ timeout: 180_000 },
		async () => {
			const { page, errors } = await openPage(browser());
			await page.goto(`${baseURL()}/`);
			await openSearchDialog(page);
			const cases: Array<[string, string[]]> = [
				['pain sitting on bike saddle', ['/conditions/pudendal-neuralgia/']],
				['sit bone pain', ['/conditions/proximal-hamstring-tendinopathy/']],
				['lesser trochanter', ['/conditions/ischiofemoral-impingement/']],
				[
					'pins and needles down the leg',
					['/conditions/sciatica/', '/conditions/lumbar-radiculopathy/'],
				],
				['nerve glide', ['/exercises/sciatic-nerve-glide/']],
				['slump', ['/tests/slump-test/']],
				['bird dog', ['/exercises/bird-dog/']],
				// Our own additions: clinicians' shorthand and patients' words.
				['FADIR', ['/tests/fadir-test/']],
				['Alcock', ['/conditions/pudendal-neuralgia/']],
				['numb bum', ['/red-flags/', '/conditions/cauda-equina-syndrome/']],
				['leg pain walking better sitting', ['/conditions/lumbar-spinal-stenosis/']],
				['hamstring tendon sit bone runner', ['/conditions/proximal-hamstring-tendinopathy/']],
			];
			const misses: string[] = [];
			for (const [query, expected] of cases) {
				const top3 = (await askDialog(page, query)).urls.slice(0, 3);
				if (!top3.some((url) => expected.includes(url)))
					misses.push(`“${query}”: ${top3.join(', ')}`);
			}
			expect(misses).toEqual([]);
			expect(errors).toEqual([]);
		},
	);
});

describe('the search dialog', () => {
	it(
		'loads nothing heavy until opened, then shows urgent advice first, kinds, a correction and a kind filter; a keyboard user reaches a result; it stays on the site',
		{ timeout: 180_000 },
		async () => {
			const { page, errors, foreignRequests } = await openPage(browser());
			const requested: string[] = [];
			page.on('request', (r) => requested.push(new URL(r.url()).pathname));
			await page.goto(`${baseURL()}/conditions/`);
			await page.waitForLoadState('load');
			await page.waitForTimeout(500); // idle time in which Starlight used to load its search UI
			expect(
				requested.filter((p) => p.startsWith('/pagefind/') || p.endsWith('search-data.json')),
			).toEqual([]);
			await openSearchDialog(page);

			// A red flag in everyday words: the advice comes before the results, with its link.
			const urgent = await askDialog(page, 'numb down below and cant pee');
			expect(urgent.urgentLinks).toEqual(
				expect.arrayContaining(['saddle-numbness', 'bladder-bowel-change']),
			);
			expect(
				await page.evaluate(() => {
					const root = document.querySelector('kb-search')!;
					const advice = root.querySelector('[data-urgent]')!;
					const results = root.querySelector('[data-results]')!;
					return advice.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
				}),
			).toBeTruthy();

			// A misspelt word the index does not know is corrected, and the correction is offered.
			const typo = await askDialog(page, 'piriformsi');
			expect(typo.status).toContain('piriformis');
			expect(typo.urls.slice(0, 3)).toContain('/conditions/piriformis-syndrome/');

			// Each result shows its kind; a condition shows its plain summary.
			const first = page.locator('kb-search [data-results] li').first();
			await expect(first.locator('.kb-search-kind').textContent()).resolves.toMatch(
				/^(Condition|Clinical test|Exercise|Guide|Published case)$/,
			);

			// The kind filter keeps only that kind.
			await askDialog(page, 'sitting');
			// Open on a wide screen (this one), collapsed on a phone: open it if it is not.
			const filters = page.locator('kb-search [data-filters]');
			if (!(await filters.evaluate((d) => (d as HTMLDetailsElement).open)))
				await filters.locator('summary').click();
			await page.locator('kb-search input[name="kind"][value="Exercise"]').check();
			await page.waitForFunction(() => {
				const kinds = [...document.querySelectorAll('kb-search [data-results] .kb-search-kind')];
				return kinds.length > 0 && kinds.every((k) => k.textContent === 'Exercise');
			});
			await page.locator('kb-search input[name="kind"][value="Exercise"]').uncheck();
			// Unticked, every kind is back (the list is redrawn; wait for it before tabbing into it).
			await page.waitForFunction(() =>
				[...document.querySelectorAll('kb-search [data-results] .kb-search-kind')].some(
					(k) => k.textContent !== 'Exercise',
				),
			);

			// Keyboard: from the input, Tab reaches a result link and Enter follows it. A new query, so
			// that askDialog waits for its own answer (asking "sitting" again would return at once,
			// while the repeated search could still redraw the list under the keyboard).
			await askDialog(page, 'hamstring');
			expect(await page.locator('kb-search [data-results] a').count()).toBeGreaterThan(0);
			await page.locator('kb-search [data-input]').focus();
			let reached = false;
			for (let i = 0; i < 20 && !reached; i++) {
				await page.keyboard.press('Tab');
				reached = await page.evaluate(
					() => document.activeElement?.closest('[data-results]') !== null,
				);
			}
			expect(reached).toBe(true);
			await Promise.all([
				page.waitForURL(/\/(conditions|tests|exercises)\/[a-z-]+\/$|\/[a-z-]+\/$/),
				page.keyboard.press('Enter'),
			]);
			expect(errors).toEqual([]);
			expect(foreignRequests).toEqual([]);
		},
	);
});
