/**
 * Chromium for the browser tests: the system's /usr/bin/chromium driven by playwright-core, with the
 * flags this sandbox needs. Each page records console errors, uncaught errors and every request to an
 * origin other than the site's, so any test can assert that none happened.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.mjs';

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

export const baseURL = () => inject('baseURL');

export interface WatchedPage {
	page: Page;
	errors: string[];
	foreignRequests: string[];
	dialogs: string[];
	/** Content Security Policy violations reported by the page (directive and blocked URI). */
	cspViolations: () => Promise<string[]>;
}

/** Opens a page that records errors, dialogs and requests that leave the site. */
export async function openPage(browser: Browser, options: { media?: 'print' | 'screen' } = {}): Promise<WatchedPage> {
	const context = await browser.newContext();
	const page = await context.newPage();
	if (options.media) await page.emulateMedia({ media: options.media });
	const origin = new URL(baseURL()).origin;
	// Injected by the test driver (not subject to the page's CSP) before any page script runs.
	await page.addInitScript(`
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
		});
	`);
	const watched: WatchedPage = {
		page,
		errors: [],
		foreignRequests: [],
		dialogs: [],
		cspViolations: () => page.evaluate('window.__cspViolations || []') as Promise<string[]>,
	};
	page.on('console', (msg) => {
		// Failed loads are recorded with their URL by the response handler below.
		if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) watched.errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
	page.on('dialog', async (dialog) => {
		watched.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	page.on('response', (response) => {
		if (response.status() >= 400) watched.errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
	});
	return watched;
}

/** Every page URL the sitemap lists, as paths on the test server. */
export async function sitemapPaths(): Promise<string[]> {
	const index = await (await fetch(`${baseURL()}/sitemap-0.xml`)).text();
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/**
 * Runs a query through Pagefind's own JavaScript API in the page and returns result URLs, best
 * first. The script is passed as a string so the test runner's transforms never touch it.
 */
export async function searchUrls(page: Page, query: string, limit = 5): Promise<string[]> {
	return page.evaluate(`(async () => {
		const pagefind = await import(location.origin + '/pagefind/pagefind.js');
		await pagefind.init();
		const search = await pagefind.search(${JSON.stringify(query)});
		const top = await Promise.all(search.results.slice(0, ${limit}).map((r) => r.data()));
		return top.map((d) => d.url);
	})()`);
}

/**
 * Opens Starlight's search dialog the way a reader does (the search button) once its script has
 * loaded, and returns the search input after Pagefind's UI has put it in the dialog.
 */
export async function openSearch(page: Page) {
	await page.waitForLoadState('load');
	await page.waitForFunction(() => customElements.get('site-search') !== undefined);
	await page.locator('site-search button[data-open-modal]').first().click();
	const input = page.locator('#starlight__search input.pagefind-ui__search-input').first();
	await input.waitFor({ state: 'visible' });
	return input;
}
