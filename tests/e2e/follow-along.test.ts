import { describe, expect, it } from 'vitest';
import { baseURL, openPage, useBrowser, wcagViolations } from './support/browser.ts';

const browser = useBrowser();

// The bird dog's usual dose (content/exercises/bird-dog.mdx): 2–3 sets of 6–10 repetitions, each
// held 5–10 seconds, 30–60 seconds' rest; the counter starts at the lower end of each range.
describe('follow-along mode on an exercise page', () => {
	it('counts a hold down, moves the set and rep counter on, says so politely, and stores nothing', async () => {
		const { page, errors, foreignRequests, cspViolations } = await openPage(browser());
		await page.setViewportSize({ width: 390, height: 844 });
		// The fake clock must be in place before the page's scripts read the time.
		await page.clock.install();
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		const storedBefore = await page.evaluate(() => ({ ...localStorage }));

		const element = page.locator('kb-follow-along');
		const panel = element.locator('[data-follow-panel]');
		// Folded away until asked for, so it does not push the page down on a phone.
		expect(await panel.isVisible()).toBe(false);
		await element.getByText('Follow along: timer and counter').click();
		expect(await panel.isVisible()).toBe(true);
		expect(await element.locator('[data-follow-fallback]').isVisible()).toBe(false);

		const clock = element.locator('[data-follow-clock]');
		const position = element.locator('[data-follow-position]');
		const status = element.getByRole('status');
		expect(await position.textContent()).toBe('Set 1 of 2, rep 1 of 6');
		expect(await clock.textContent()).toBe('0:05');

		// Sound and vibration are off until chosen; chosen, the end of a hold plays them without error.
		const beep = element.getByRole('checkbox', { name: 'Beep' });
		const vibrate = element.getByRole('checkbox', { name: 'Vibrate' });
		expect([await beep.isChecked(), await vibrate.isChecked()]).toEqual([false, false]);
		await beep.check();
		await vibrate.check();

		// Keyboard: the big button is a real button, started with the space bar.
		await element.getByRole('button', { name: 'Start', exact: true }).first().focus();
		await page.keyboard.press('Space');
		expect(await status.textContent()).toBe('Set 1 of 2, rep 1 of 6: hold for 5 seconds.');

		await page.clock.runFor(2_000);
		expect(await clock.textContent()).toBe('0:03');
		// Plain seconds are not announced.
		expect(await status.textContent()).toBe('Set 1 of 2, rep 1 of 6: hold for 5 seconds.');

		// Pause stops the clock.
		await element.getByRole('button', { name: 'Pause' }).click();
		expect(await status.textContent()).toBe('Paused.');
		await page.clock.runFor(10_000);
		expect(await clock.textContent()).toBe('0:03');
		await element.locator('[data-follow-toggle]').click();
		await page.clock.runFor(3_000);

		expect(await status.textContent()).toBe('Hold done. Next: Set 1 of 2, rep 2 of 6.');
		expect(await position.textContent()).toBe('Set 1 of 2, rep 2 of 6');
		// Between holds the clock waits for the reader, showing the next hold's length.
		await page.clock.runFor(5_000);
		expect(await clock.textContent()).toBe('0:05');
		await element.getByRole('button', { name: 'Next', exact: true }).click();
		expect(await status.textContent()).toBe('Set 1 of 2, rep 2 of 6: hold for 5 seconds.');

		await element.getByRole('button', { name: 'Reset' }).click();
		expect(await position.textContent()).toBe('Set 1 of 2, rep 1 of 6');

		expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(storedBefore);
		expect(await page.evaluate(() => document.cookie)).toBe('');
		expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
		expect(errors).toEqual([]);
		expect(foreignRequests).toEqual([]);
		expect(await cspViolations()).toEqual([]);
	});

	it('lets the reader choose a dose within the range, and no further', async () => {
		const { page, errors } = await openPage(browser());
		await page.clock.install();
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		const element = page.locator('kb-follow-along');
		await element.getByText('Follow along: timer and counter').click();
		const sets = element.getByLabel('Sets', { exact: true });
		const reps = element.getByLabel('Repetitions in each set');
		const hold = element.getByLabel('Hold each repetition');
		// The content's ranges, lowest first: 2–3 sets, 6–10 repetitions, 5–10 seconds.
		expect(await sets.locator('option').allTextContents()).toEqual(['2', '3']);
		expect(await reps.locator('option').allTextContents()).toEqual(['6', '7', '8', '9', '10']);
		expect(await hold.locator('option').allTextContents()).toEqual([
			'5 seconds',
			'6 seconds',
			'7 seconds',
			'8 seconds',
			'9 seconds',
			'10 seconds',
		]);

		// Half-way through a hold, a new choice starts the counter again on the new plan.
		await element.locator('[data-follow-next]').click();
		await page.clock.runFor(2_000);
		await sets.selectOption('3');
		await reps.selectOption('8');
		await hold.selectOption('10');
		const position = element.locator('[data-follow-position]');
		expect(await position.textContent()).toBe('Set 1 of 3, rep 1 of 8');
		expect(await element.locator('[data-follow-clock]').textContent()).toBe('0:10');
		await element.locator('[data-follow-next]').click();
		expect(await element.getByRole('status').textContent()).toBe(
			'Set 1 of 3, rep 1 of 8: hold for 10 seconds.',
		);
		await page.clock.runFor(10_000);
		expect(await position.textContent()).toBe('Set 1 of 3, rep 2 of 8');
		expect(errors).toEqual([]);
	});

	it('counts repetitions without a hold by Done rep', async () => {
		const { page, errors } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/side-step/`);
		const element = page.locator('kb-follow-along');
		await element.getByText('Follow along: timer and counter').click();
		await element.locator('[data-follow-next]').click();
		expect(await element.locator('[data-follow-next]').textContent()).toBe('Done rep');
		await element.locator('[data-follow-next]').click();
		expect(await element.getByRole('status').textContent()).toMatch(
			/^Set 1 of \d+, rep 2 of \d+\.$/,
		);
		expect(await element.locator('[data-follow-clock]').isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('passes an axe scan with the panel open, and is not printed', async () => {
		const { page } = await openPage(browser());
		await page.goto(`${baseURL()}/exercises/bird-dog/`);
		await page.getByText('Follow along: timer and counter').click();
		await page.locator('kb-follow-along [data-follow-next]').click();
		expect(await wcagViolations(page)).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('kb-follow-along').isVisible()).toBe(false);
	});
});
