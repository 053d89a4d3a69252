/**
 * Splits a build into phases from the arrival time of marker lines in its log. Astro prints some
 * per-phase timings itself, but not all, and rounds them; the arrival times cover every phase with
 * one clock, so the phases add up to the whole build.
 */
import type { LogLine } from './build-site.ts';

export interface Phase {
	name: string;
	seconds: number;
}

/** Each phase ends at the first line (after the previous phase's end) that matches its marker. */
const markers: Array<{ name: string; end: RegExp }> = [
	{ name: 'content check', end: /Content check passed/ },
	{ name: 'Astro start + content sync', end: /\[types\] Generated/ },
	{ name: 'Vite bundling', end: /generating static routes/ },
	{ name: 'static route generation', end: /^\S+\s+✓ Completed in/ },
	{ name: 'Pagefind index', end: /Finished building search index/ },
];

export function buildPhases(lines: readonly LogLine[], totalSeconds: number): Phase[] {
	const phases: Phase[] = [];
	let from = 0;
	let index = 0;
	for (const marker of markers) {
		const found = lines.findIndex((line, i) => i >= index && marker.end.test(line.text));
		if (found < 0) continue;
		const at = lines[found]!.at / 1000;
		phases.push({ name: marker.name, seconds: at - from });
		from = at;
		index = found + 1;
	}
	// Sitemap, writing _headers and process exits.
	phases.push({ name: 'sitemap + _headers + exit', seconds: Math.max(0, totalSeconds - from) });
	return phases;
}

/** "static route generation 61 % (40.2 s), Pagefind index 20 % (13.1 s), …", largest first. */
export function describePhases(phases: readonly Phase[], limit = 3): string {
	const total = phases.reduce((sum, p) => sum + p.seconds, 0);
	return [...phases]
		.sort((a, b) => b.seconds - a.seconds)
		.slice(0, limit)
		.map((p) => `${p.name} ${Math.round((100 * p.seconds) / total)} % (${p.seconds.toFixed(1)} s)`)
		.join(', ');
}

/** Pages Astro says it built ("57 page(s) built in 4.89s"). */
export function pagesBuilt(lines: readonly LogLine[]): number | undefined {
	for (const line of lines) {
		const match = /(\d+) page\(s\) built in/.exec(line.text);
		if (match) return Number(match[1]);
	}
	return undefined;
}
