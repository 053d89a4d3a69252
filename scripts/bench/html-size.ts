/**
 * Gzipped HTML of entity pages, straight from the build output. A page's HTML should fit in the
 * first TCP round trip (about 14 KB), and the largest page is the one that decides that.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, median, repeat } from './stats.ts';

export interface PageSize {
	/** URL path, e.g. /conditions/sciatica/. */
	path: string;
	htmlBytes: number;
	gzipBytes: number;
}

/** Every page under /<section>/<id>/ (the section's own index page is not an entity page). */
export function entityPages(siteDir: string, section: string): string[] {
	const dir = join(siteDir, section);
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
		.map((entry) => `/${section}/${entry.name}/`)
		.sort();
}

export function htmlOf(siteDir: string, path: string): string {
	return readFileSync(join(siteDir, path, 'index.html'), 'utf8');
}

/** Sizes of every entity page in a section, gzipped `rounds` times each (median), largest first. */
export async function sectionSizes(siteDir: string, section: string, rounds: number): Promise<PageSize[]> {
	const sizes: PageSize[] = [];
	for (const path of entityPages(siteDir, section)) {
		const html = htmlOf(siteDir, path);
		sizes.push({
			path,
			htmlBytes: Buffer.byteLength(html),
			// gzip is deterministic; the repeats are there because the brief asks every figure to be repeated.
			gzipBytes: median(await repeat(rounds, () => gzipBytes(html))),
		});
	}
	return sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
}
