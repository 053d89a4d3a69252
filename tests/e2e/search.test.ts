import { describe, expect, it } from 'vitest';
import { baseURL, openPage, openSearch, searchUrls, useBrowser } from './support/browser.ts';

const browser = useBrowser();

describe('search by symptom, in the reader’s own words (Pagefind API, top 3)', () => {
	it.each([
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
	])('“%s”', async (query, expected) => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/`);
		const top3 = await searchUrls(page, query, 3);
		expect(
			top3.some((url) => expected.includes(url)),
			`top 3 for “${query}”: ${top3.join(', ')}`,
		).toBe(true);
	});
});

describe('the search dialog', () => {
	it('opens, shows results with their kind, filters by kind, lets a keyboard user reach a result, and stays on the site', async () => {
		const { page, errors, foreignRequests } = await openPage(browser());
		await page.goto(`${baseURL()}/conditions/`);
		const input = await openSearch(page);
		await input.fill('sitting');
		const results = page.locator('#starlight__search .pagefind-ui__result');
		await results.first().waitFor();
		// Results carry their kind as a tag.
		await expect(
			page.locator('#starlight__search .pagefind-ui__result-tags').first().textContent(),
		).resolves.toMatch(/Condition|Clinical test|Exercise|Guide/);
		// Filtering by kind leaves only that kind.
		// The kind filter sits in a collapsed group: open it as a reader would, then tick "Condition".
		await page.locator('#starlight__search summary', { hasText: /kind/i }).first().click();
		// Pagefind hides the checkbox itself and styles its label, which is what a reader clicks.
		await page.locator('#starlight__search label[for="kind-Condition"]').click();
		expect(
			await page.locator('#starlight__search input[name="kind"][value="Condition"]').isChecked(),
		).toBe(true);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('#starlight__search .pagefind-ui__result')].every((r) =>
				r.textContent?.includes('Condition'),
			),
		);
		const urls = await page
			.locator('#starlight__search .pagefind-ui__result-link')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url.startsWith('/conditions/')).toBe(true);
		// Keyboard: from the input, Tab reaches a result link and Enter follows it.
		await input.focus();
		let reached = false;
		for (let i = 0; i < 40 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() => document.activeElement?.classList.contains('pagefind-ui__result-link') ?? false,
			);
		}
		expect(reached).toBe(true);
		await Promise.all([page.waitForURL(/\/conditions\/[a-z-]+\//), page.keyboard.press('Enter')]);
		expect(errors).toEqual([]);
		expect(foreignRequests).toEqual([]);
	});
});
