/**
 * Gzipped HTML of entity pages, straight from the build output. A page's HTML should fit in the
 * first TCP round trip (about 14 KB), and the largest page is the one that decides that.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../config/content-root.ts';
import { listContentFiles } from '../../src/lib/build/content-files.ts';
import { entityCollections } from '../../src/schemas/index.ts';
import { plainReference } from '../../src/lib/content/plain-reference.ts';
import { gzipBytes, median, repeat } from './stats.ts';

export interface PageSize {
	/** URL path, e.g. /conditions/sciatica/. */
	path: string;
	htmlBytes: number;
	gzipBytes: number;
}

/** The collection behind each URL section (tests/ pages come from the clinical-tests collection). */
const collectionOf = {
	conditions: 'conditions',
	tests: 'clinical-tests',
	exercises: 'exercises',
} as const;
export type Section = keyof typeof collectionOf;

/**
 * Every entity page under /<section>/<id>/: one per content file, so pages that share the section
 * but are not entities (the section index, /exercises/programme/) are left out.
 */
export function entityPages(siteDir: string, section: Section): string[] {
	const collection = entityCollections(plainReference)[collectionOf[section]];
	const ids = new Set(
		listContentFiles(contentRoot, collection.dir, [collection.extension]).map((f) => f.id),
	);
	const dir = join(siteDir, section);
	return readdirSync(dir, { withFileTypes: true })
		.filter(
			(entry) =>
				entry.isDirectory() &&
				ids.has(entry.name) &&
				existsSync(join(dir, entry.name, 'index.html')),
		)
		.map((entry) => `/${section}/${entry.name}/`)
		.sort();
}

export function htmlOf(siteDir: string, path: string): string {
	return readFileSync(join(siteDir, path, 'index.html'), 'utf8');
}

/** Sizes of every entity page in a section, gzipped `rounds` times each (median), largest first. */
export async function sectionSizes(
	siteDir: string,
	section: Section,
	rounds: number,
): Promise<PageSize[]> {
	const sizes: PageSize[] = [];
	for (const path of entityPages(siteDir, section)) {
		const html = htmlOf(siteDir, path);
		sizes.push({
			path,
			htmlBytes: Buffer.byteLength(html),
			// gzip is deterministic; repeated only so that every figure in the table is a median.
			gzipBytes: median(await repeat(rounds, () => gzipBytes(html))),
		});
	}
	return sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Parts of a Starlight page whose weight is worth knowing when a page is over budget. */
const pageParts: Array<[string, RegExp]> = [
	['article (<main>)', /<main[\s\S]*?<\/main>/g],
	['<head>', /<head[\s\S]*?<\/head>/g],
	['sidebar', /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/g],
	['inline scripts', /<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g],
	['inline SVG icons', /<svg[\s\S]*?<\/svg>/g],
	['JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
];

/**
 * How many gzipped bytes each part costs: the page's gzipped size minus that of the page without
 * the part (parts overlap, e.g. <head> holds scripts and JSON-LD, so the costs do not add up).
 */
export function gzipCostOfParts(html: string): string {
	const whole = gzipBytes(html);
	return pageParts
		.map(
			([name, pattern]) =>
				`${name} ${((whole - gzipBytes(html.replace(pattern, ''))) / 1024).toFixed(1)}`,
		)
		.join(', ');
}
