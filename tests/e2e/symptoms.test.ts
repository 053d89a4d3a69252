/** The patient's symptom route (/symptoms/): body map, combined choices, the URL, red flags first. */
import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

describe('/symptoms/', () => {
	it('restores a choice from the URL, shows red flags before conditions, and writes new choices back', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/symptoms/?a=sit-bone&s=worse-sitting,not-a-finding`);
		await page.locator('kb-symptoms[data-ready]').waitFor({ state: 'attached' });
		expect(await page.locator('input[name="a"][value="sit-bone"]').isChecked()).toBe(true);
		expect(await page.locator('input[name="s"][value="worse-sitting"]').first().isChecked()).toBe(
			true,
		);
		// The sit bone is in the buttock region: its red flags are listed, above the conditions.
		const flags = page.locator('[data-red-flag-list] a');
		expect(await flags.count()).toBeGreaterThan(0);
		expect(
			await page.evaluate(() => {
				const urgent = document.querySelector('[data-red-flags]')!;
				const list = document.querySelector('[data-conditions]')!;
				return (
					!(urgent as HTMLElement).hidden &&
					!!(urgent.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING)
				);
			}),
		).toBe(true);
		const names = await page.locator('[data-conditions] > li > a').allTextContents();
		expect(names).toContain('Proximal hamstring tendinopathy');
		// Each condition shows its plain summary and what it fits.
		await expect(
			page.locator('[data-conditions] > li').first().locator('.kb-sy-matched').textContent(),
		).resolves.toMatch(/^Fits: /);

		// Combining: add "down below" by keyboard; the URL and the red flags follow.
		await page.locator('input[name="a"][value="down-below"]').focus();
		await page.keyboard.press('Space');
		await page.waitForURL(/a=sit-bone,down-below/);
		expect(new URL(page.url()).searchParams.get('s')).toBe('worse-sitting');
		expect(await page.locator('[data-red-flag-list] a[href$="#saddle-numbness"]').count()).toBe(1);
		await expect(page.locator('[data-area-findings="down-below"]').isVisible()).resolves.toBe(true);

		// The picture toggles the same checkbox.
		await page.locator('svg [data-area="back-of-thigh"]').first().click();
		expect(await page.locator('input[name="a"][value="back-of-thigh"]').isChecked()).toBe(true);
		await page.waitForURL(/a=sit-bone,down-below,back-of-thigh/);

		// The clinicians' helper is offered with the same findings, as a secondary link.
		const helper = new URL((await page.locator('a[data-helper]').getAttribute('href'))!, baseURL());
		expect(helper.pathname).toBe('/differential/');
		expect(helper.searchParams.get('f')?.split(',')).toEqual(
			expect.arrayContaining(['sit-bone-pain', 'perineal-pain', 'worse-sitting']),
		);
		expect(await wcagViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('fits a phone without scrolling sideways, and shows nothing to fix before a choice', async () => {
		const { page, errors } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL()}/symptoms/`);
		await page.locator('kb-symptoms[data-ready]').waitFor({ state: 'attached' });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390,
		);
		expect(await page.locator('[data-red-flags]').isHidden()).toBe(true);
		expect(await page.locator('[data-conditions] > li').count()).toBe(0);
		await expect(page.locator('[data-prompt]').textContent()).resolves.toMatch(
			/Choose where it hurts/,
		);
		expect(errors).toEqual([]);
	});
});
