/**
 * Search as a reader meets it, through Pagefind's own JavaScript API in Chromium: what the first
 * query downloads (the library, its WebAssembly, index chunks and result fragments) and how long a
 * query takes once the index is loaded.
 */
import type { Browser, Page } from 'playwright-core';
import type { SiteServer } from './site-server.ts';
import { median, repeat } from './stats.ts';

/** How many results a reader sees first; their data (title, URL, excerpt) is loaded with the query. */
const shownResults = 5;

/** Imports Pagefind into the page once (as window.__pf); the string keeps any transform away from it. */
const importPagefind = `(async () => {
	window.__pf ??= await import(location.origin + '/pagefind/pagefind.js');
	await window.__pf.init();
})()`;

/** Runs one query and loads the shown results' data; resolves to the milliseconds it took. */
const timedQuery = (query: string) => `(async () => {
	const started = performance.now();
	const search = await window.__pf.search(${JSON.stringify(query)});
	await Promise.all(search.results.slice(0, ${shownResults}).map((r) => r.data()));
	return performance.now() - started;
})()`;

/** Bytes sent under /pagefind/ since the last reset, once the traffic has stopped. */
async function pagefindBytes(page: Page, server: SiteServer): Promise<number> {
	// The worker's last fetches can finish just after the promise resolves in the page.
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	return server
		.served()
		.filter((s) => s.path.startsWith('/pagefind/'))
		.reduce((sum, s) => sum + s.bytes, 0);
}

export interface SearchBytes {
	firstQueryBytes: number;
	secondQueryBytes: number;
	/** The files the first query fetched, for the report's notes. */
	firstQueryFiles: number;
}

/** One fresh browser context (empty cache): open the home page, run two different queries. */
async function searchBytesOnce(browser: Browser, server: SiteServer, first: string, second: string): Promise<SearchBytes> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		server.reset();
		await page.evaluate(importPagefind);
		await page.evaluate(timedQuery(first));
		const firstQueryBytes = await pagefindBytes(page, server);
		const firstQueryFiles = server.served().filter((s) => s.path.startsWith('/pagefind/')).length;
		server.reset();
		await page.evaluate(timedQuery(second));
		return { firstQueryBytes, secondQueryBytes: await pagefindBytes(page, server), firstQueryFiles };
	} finally {
		await context.close();
	}
}

export async function searchBytes(browser: Browser, server: SiteServer, first: string, second: string, rounds: number): Promise<SearchBytes> {
	const runs = await repeat(rounds, () => searchBytesOnce(browser, server, first, second));
	return {
		firstQueryBytes: median(runs.map((r) => r.firstQueryBytes)),
		secondQueryBytes: median(runs.map((r) => r.secondQueryBytes)),
		firstQueryFiles: median(runs.map((r) => r.firstQueryFiles)),
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
export async function searchLatency(browser: Browser, server: SiteServer, queries: readonly string[], rounds: number): Promise<SearchLatency> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await page.evaluate(importPagefind);
		const cold: number[] = [];
		for (const query of queries) cold.push((await page.evaluate(timedQuery(query))) as number);
		const perQuery: number[][] = queries.map(() => []);
		for (let round = 0; round < rounds; round++) {
			for (const [i, query] of queries.entries()) perQuery[i]!.push((await page.evaluate(timedQuery(query))) as number);
		}
		return {
			warmMedianMs: median(perQuery.flat()),
			warmWorstMs: Math.max(...perQuery.map((times) => median(times))),
			coldMedianMs: median(cold),
			queries: queries.length,
		};
	} finally {
		await context.close();
	}
}
