/**
 * The system Chromium, shared by the browser tests, the benchmark and the screenshot checks. npm
 * cannot download browsers in this environment; Debian's `chromium` package provides one
 * (CHROMIUM_PATH, see config/env.ts), and without the background-networking flags it keeps trying
 * (and failing) to reach Google's hosts.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { env } from '../../config/env.ts';

export const chromiumPath = env.CHROMIUM_PATH;

export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** A headless Chromium with those flags. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

/** Runs `use` in a fresh browser context (empty cache, no cookies) and closes the context afterwards. */
export async function withFreshContext<T>(
	browser: Browser,
	use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
	const context = await browser.newContext();
	try {
		return await use(context);
	} finally {
		await context.close();
	}
}
