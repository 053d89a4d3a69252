/**
 * The site's search dialog (<kb-search>, src/components/search) driven as a reader drives it: open it
 * with the button, type a query, wait until the element says it has drawn the answer to that query,
 * and read what it shows. The query-set test and the dialog test share it.
 */
import type { Page } from 'playwright-core';

export interface DialogAnswer {
	/** Result paths, best first, as far as the first page of results goes. */
	urls: string[];
	/** The urgent advice shown above the results (the red-flag labels' text). */
	urgent: string;
	/** Whether the red-flag advice for each red-flag id links to its place on the red-flags page. */
	urgentLinks: string[];
	status: string;
}

/** Opens the dialog (its script loaded) and returns the query input. */
export async function openSearchDialog(page: Page) {
	await page.waitForLoadState('load');
	await page.waitForFunction(() => customElements.get('kb-search') !== undefined);
	await page.locator('kb-search button[data-open-modal]').first().click();
	const input = page.locator('kb-search [data-input]');
	await input.waitFor({ state: 'visible' });
	return input;
}

/** Types a query into the open dialog and reads the answer once it is drawn. */
export async function askDialog(page: Page, query: string): Promise<DialogAnswer> {
	await page.locator('kb-search [data-input]').fill(query);
	await page.waitForFunction(
		(q) => document.querySelector('kb-search')?.dataset.searched === q,
		query,
	);
	return page.evaluate(() => {
		const root = document.querySelector('kb-search')!;
		const urgent = root.querySelector<HTMLElement>('[data-urgent]')!;
		return {
			urls: [...root.querySelectorAll<HTMLAnchorElement>('[data-results] a')].map(
				(a) => new URL(a.href).pathname,
			),
			urgent: urgent.hidden ? '' : (urgent.textContent ?? ''),
			urgentLinks: urgent.hidden
				? []
				: [...urgent.querySelectorAll<HTMLAnchorElement>('a')].map((a) =>
						new URL(a.href).hash.slice(1),
					),
			status: root.querySelector('[data-status]')?.textContent ?? '',
		};
	});
}
