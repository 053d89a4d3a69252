/**
 * The JavaScript a page really loads in Chromium: every .js file the server sends while the page
 * loads and settles (static imports, dynamic imports, module preloads), each gzipped as a static
 * host would send it. Inline scripts travel inside the HTML and are counted there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { withFreshContext } from '../lib/chromium.ts';
import type { SiteServer } from './site-server.ts';
import { gzipBytes, median, repeat } from './stats.ts';

export interface ScriptFile {
	path: string;
	gzipBytes: number;
	source: string;
}

export interface PageScripts {
	path: string;
	files: ScriptFile[];
	totalGzip: number;
}

/** Loads `path` in a fresh browser context (empty cache) and lists the JavaScript files it fetched. */
async function loadOnce(
	browser: Browser,
	server: SiteServer,
	siteDir: string,
	path: string,
): Promise<PageScripts> {
	return withFreshContext(browser, async (context) => {
		const page = await context.newPage();
		server.reset();
		// networkidle: lazy imports started by page scripts have finished too.
		await page.goto(server.origin + path, { waitUntil: 'networkidle' });
		const paths = [
			...new Set(
				server
					.served()
					.map((s) => s.path)
					.filter((p) => /\.m?js$/.test(p)),
			),
		].sort();
		const files = paths.map((p) => {
			const source = readFileSync(join(siteDir, p), 'utf8');
			return { path: p, gzipBytes: gzipBytes(source), source };
		});
		return { path, files, totalGzip: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
	});
}

/** Loads the page `rounds` times; returns the round whose total is the median. */
export async function pageScripts(
	browser: Browser,
	server: SiteServer,
	siteDir: string,
	path: string,
	rounds: number,
): Promise<PageScripts> {
	const runs = await repeat(rounds, () => loadOnce(browser, server, siteDir, path));
	const mid = median(runs.map((r) => r.totalGzip));
	return runs.reduce((best, r) =>
		Math.abs(r.totalGzip - mid) < Math.abs(best.totalGzip - mid) ? r : best,
	);
}

/** The loaded file that registers a custom element, e.g. customElements.define('kb-differential', …). */
export function chunkDefining(
	scripts: Pick<PageScripts, 'files'>,
	element: string,
): ScriptFile | undefined {
	return scripts.files.find((f) => definesElement(f.source, element));
}

/**
 * Whether minified source registers `element`: a direct customElements.define('kb-x', …) call, or an
 * element class whose `static define(tag = 'kb-x', …)` default names it (src/components/*\/kb-*.ts).
 */
export function definesElement(source: string, element: string): boolean {
	const tag = `["'\`]${element}["'\`]`;
	return (
		new RegExp(`customElements\\.define\\(\\s*${tag}`).test(source) ||
		new RegExp(`static define\\(\\s*\\w+\\s*=\\s*${tag}`).test(source)
	);
}
