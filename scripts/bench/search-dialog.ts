/**
 * What the site's search dialog (<kb-search>) costs a reader: the JavaScript a page has loaded once
 * idle (none of it the search), what opening the dialog downloads, and what the first sentence typed
 * into it downloads (index chunks and result fragments), each file gzipped as a static host sends it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { withFreshContext } from '../lib/chromium.ts';
import type { SiteServer } from './site-server.ts';
import { gzipBytes } from './stats.ts';

export interface Download {
	files: number;
	gzipBytes: number;
	jsGzipBytes: number;
}

export interface SearchDialogCost {
	/** What the page loaded before anyone touched search (its HTML and CSS too; `jsGzipBytes` is the script). */
	pageJs: Download;
	/** Opening the dialog: the search code, Pagefind, its WebAssembly, /search-data.json. */
	open: Download;
	/** The first query typed into the open dialog. */
	firstQuery: Download;
}

export async function searchDialogCost(
	browser: Browser,
	server: SiteServer,
	siteDir: string,
	path: string,
	query: string,
): Promise<SearchDialogCost> {
	return withFreshContext(browser, async (context) => {
		const page = await context.newPage();
		const take = (): Download => {
			const paths = [...new Set(server.served().map((s) => s.path))];
			server.reset();
			const file = (p: string) =>
				join(siteDir, decodeURIComponent(p.endsWith('/') ? `${p}index.html` : p));
			const sized = paths.map((p) => ({ p, bytes: gzipBytes(readFileSync(file(p))) }));
			return {
				files: sized.length,
				gzipBytes: sized.reduce((sum, s) => sum + s.bytes, 0),
				jsGzipBytes: sized.filter((s) => /\.m?js$/.test(s.p)).reduce((sum, s) => sum + s.bytes, 0),
			};
		};
		server.reset();
		await page.goto(server.origin + path, { waitUntil: 'networkidle' });
		await page.evaluate(
			() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))),
		);
		const pageJs = take();
		await page.locator('kb-search button[data-open-modal]').click();
		await page.locator('kb-search[data-loaded]').waitFor({ state: 'attached' });
		const open = take();
		await page.locator('kb-search [data-input]').fill(query);
		await page.waitForFunction(
			(q) => document.querySelector('kb-search')?.dataset.searched === q,
			query,
		);
		await page.waitForLoadState('networkidle');
		return { pageJs, open, firstQuery: take() };
	});
}
