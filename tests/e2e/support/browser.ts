/**
 * What every browser test file shares: one Chromium per file (`useBrowser`), pages that record
 * console errors, uncaught errors, dialogs and every request to another origin (`openPage`), the
 * site's sitemap, and the site's search dialog opened the way a reader opens it (./search-dialog.ts). The browser, the
 * Pagefind query and the axe configuration come from scripts/lib, which the benchmark uses too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from '../../../scripts/lib/chromium.ts';

export { wcagViolations } from '../../../scripts/lib/axe.ts';
export { searchUrls } from '../../../scripts/lib/pagefind.ts';
export { askDialog, openSearchDialog } from './search-dialog.ts';

/** The address of the site the global setup serves (tests/e2e/support/global-setup.ts). */
export const baseURL = () => inject('baseURL');

/** One Chromium per test file, started before its first test and closed after its last. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): the browser exists only inside a test');
		return browser;
	};
}

export interface WatchedPage {
	page: Page;
	errors: string[];
	foreignRequests: string[];
	dialogs: string[];
	/** Content Security Policy violations reported by the page (directive and blocked URI). */
	cspViolations: () => Promise<string[]>;
}

/** Opens a page, in a fresh context, that records errors, dialogs and requests that leave `origin` (the test site by default). */
export async function openPage(
	browser: Browser,
	options: { media?: 'print' | 'screen'; origin?: string; reducedMotion?: 'reduce' } = {},
): Promise<WatchedPage> {
	const context = await browser.newContext(
		options.reducedMotion ? { reducedMotion: options.reducedMotion } : {},
	);
	const page = await context.newPage();
	if (options.media) await page.emulateMedia({ media: options.media });
	const origin = options.origin ?? new URL(baseURL()).origin;
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
		cspViolations: () => page.evaluate<string[]>('window.__cspViolations || []'),
	};
	page.on('console', (msg) => {
		// Failed loads are recorded with their URL by the response handler below.
		if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
			watched.errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => watched.errors.push(`pageerror: ${error.message}`));
	page.on('dialog', async (dialog) => {
		watched.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	page.on('response', (response) => {
		if (response.status() >= 400)
			watched.errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			watched.foreignRequests.push(url);
	});
	return watched;
}

/** Every page URL the sitemap lists, as paths on the test server. */
export async function sitemapPaths(): Promise<string[]> {
	const index = await (await fetch(`${baseURL()}/sitemap-0.xml`)).text();
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
