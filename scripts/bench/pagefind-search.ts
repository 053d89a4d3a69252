/**
 * Search as a reader meets it, through Pagefind's own JavaScript API in Chromium: what the first
 * query downloads (the library, its WebAssembly, index chunks and result fragments) and how long a
 * query takes once the index is loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { withFreshContext } from '../lib/chromium.ts';
import { importPagefind, search } from '../lib/pagefind.ts';
import type { SiteServer } from './site-server.ts';
import { gzipBytes, median, repeat } from './stats.ts';

/** How many results a reader sees first; their data (title, URL, excerpt) is loaded with the query. */
const shownResults = 5;

/** Runs one query and loads the shown results' data; resolves to the milliseconds it took. */
const timedQuery = async (page: Page, query: string) =>
	(await search(page, query, shownResults)).ms;

interface Downloaded {
	/** Bytes the local server sent (it does not compress, as a plain static folder would not). */
	bytes: number;
	/**
	 * The same files as a compressing host or CDN would send them: Pagefind's index, fragments and
	 * WebAssembly are gzipped already, its JavaScript and JSON are not.
	 */
	compressedBytes: number;
	files: number;
}

/** What was sent under /pagefind/ since the last reset, once the traffic has stopped. */
async function pagefindDownloads(
	page: Page,
	server: SiteServer,
	siteDir: string,
): Promise<Downloaded> {
	// The worker's last fetches can finish just after the promise resolves in the page.
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const served = server.served().filter((s) => s.path.startsWith('/pagefind/'));
	return {
		bytes: served.reduce((sum, s) => sum + s.bytes, 0),
		compressedBytes: served.reduce(
			(sum, s) =>
				sum +
				(/\.(m?js|json)$/.test(s.path) ? gzipBytes(readFileSync(join(siteDir, s.path))) : s.bytes),
			0,
		),
		files: served.length,
	};
}

export interface SearchBytes {
	first: Downloaded;
	second: Downloaded;
}

/** One fresh browser context (empty cache): open the home page, run two different queries. */
async function searchBytesOnce(
	browser: Browser,
	server: SiteServer,
	siteDir: string,
	first: string,
	second: string,
): Promise<SearchBytes> {
	return withFreshContext(browser, async (context) => {
		const page = await context.newPage();
		// Counted from the start of the page load, so anything Starlight's search box fetched from
		// /pagefind/ while idle (and the query then found in the cache) is part of the first search.
		server.reset();
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await importPagefind(page);
		await timedQuery(page, first);
		const firstDownloads = await pagefindDownloads(page, server, siteDir);
		server.reset();
		await timedQuery(page, second);
		return { first: firstDownloads, second: await pagefindDownloads(page, server, siteDir) };
	});
}

const medianDownload = (runs: readonly Downloaded[]): Downloaded => ({
	bytes: median(runs.map((r) => r.bytes)),
	compressedBytes: median(runs.map((r) => r.compressedBytes)),
	files: median(runs.map((r) => r.files)),
});

export async function searchBytes(
	browser: Browser,
	server: SiteServer,
	siteDir: string,
	first: string,
	second: string,
	rounds: number,
): Promise<SearchBytes> {
	const runs = await repeat(rounds, () => searchBytesOnce(browser, server, siteDir, first, second));
	return {
		first: medianDownload(runs.map((r) => r.first)),
		second: medianDownload(runs.map((r) => r.second)),
	};
}

export interface SearchLatency {
	/** Median over every timed query of every warm round. */
	warmMedianMs: number;
	/** Slowest warm query (median over rounds), to show the spread. */
	warmWorstMs: number;
	/** Median of the warm-up pass, which loads the index chunks and fragments as it goes. */
	coldMedianMs: number;
	queries: number;
}

/**
 * Times `pagefind.search(q)` plus loading the first results' data. One warm-up pass over the
 * queries loads every index chunk and fragment they need; then `rounds` timed passes.
 */
export async function searchLatency(
	browser: Browser,
	server: SiteServer,
	queries: readonly string[],
	rounds: number,
): Promise<SearchLatency> {
	return withFreshContext(browser, async (context) => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await importPagefind(page);
		const cold: number[] = [];
		for (const query of queries) cold.push(await timedQuery(page, query));
		const perQuery: number[][] = queries.map(() => []);
		for (let round = 0; round < rounds; round++) {
			for (const [i, query] of queries.entries()) perQuery[i]!.push(await timedQuery(page, query));
		}
		return {
			warmMedianMs: median(perQuery.flat()),
			warmWorstMs: Math.max(...perQuery.map((times) => median(times))),
			coldMedianMs: median(cold),
			queries: queries.length,
		};
	});
}
