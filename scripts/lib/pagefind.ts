/**
 * Pagefind's own JavaScript API, run inside a page, for the browser tests and the benchmark. The
 * scripts are strings so that no bundler or test transform ever touches them; the library is
 * imported once per page (as window.__pf) from the site's own /pagefind/ folder.
 */
import type { Page } from 'playwright-core';
import { normaliseBase } from '../../src/lib/url.ts';

/** Imports and starts Pagefind in the page (once). `base` is the site's base path ("/" or "/kb/"). */
export function importPagefind(page: Page, base = '/'): Promise<unknown> {
	return page.evaluate(`(async () => {
		window.__pf ??= await import(location.origin + ${JSON.stringify(`${normaliseBase(base)}pagefind/pagefind.js`)});
		await window.__pf.init();
	})()`);
}

/** Runs one query and loads the first `limit` results' data; resolves to their URLs, best first, and the milliseconds it took. */
export async function search(
	page: Page,
	query: string,
	limit = 5,
): Promise<{ urls: string[]; ms: number }> {
	return page.evaluate<{ urls: string[]; ms: number }>(`(async () => {
		const started = performance.now();
		const search = await window.__pf.search(${JSON.stringify(query)});
		const data = await Promise.all(search.results.slice(0, ${limit}).map((r) => r.data()));
		return { urls: data.map((d) => d.url), ms: performance.now() - started };
	})()`);
}

/** Result URLs for a query, best first (imports Pagefind if needed). */
export async function searchUrls(page: Page, query: string, limit = 5): Promise<string[]> {
	await importPagefind(page);
	return (await search(page, query, limit)).urls;
}
