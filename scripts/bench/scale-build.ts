/**
 * Scale builds: the real content plus N generated condition pages, built in .bench/scale-N/ with
 * its own output and cache folders, measured, then deleted. Also decides whether the largest size
 * fits in the time the benchmark has, and reads the growth rate off the points it built.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, pagesBuilt, type Phase } from './build-phases.ts';
import { buildSite, folderBytes } from './build-site.ts';
import { benchDir, projectRoot } from './config.ts';
import { generateCorpus } from './scale-corpus.ts';

export interface ScalePoint {
	/** Generated condition pages added to the real content. */
	generated: number;
	/** Pages Astro reports building (generated + the real site's). */
	pages: number;
	seconds: number;
	peakRssBytes: number;
	/** Size of the pagefind/ folder. */
	indexBytes: number;
	/** Size of all HTML written, and of the median condition page, to show what each page carries. */
	htmlBytes: number;
	medianConditionPageBytes: number;
	/** Bytes of the sidebar (Starlight's main <nav>) in the median condition page. */
	sidebarBytes: number;
	phases: Phase[];
}

/**
 * Another `astro build` in this project (someone's `npm test` or `npm run build`) shares the
 * project's .astro/ folder, where Astro writes the list of content modules; starting a build from
 * other content at the same moment could make either bundle the other's list. Wait for it to end.
 */
async function waitForOtherAstroBuilds(maxSeconds = 300): Promise<void> {
	const others = () =>
		readdirSync('/proc').filter((pid) => {
			if (!/^\d+$/.test(pid)) return false;
			try {
				const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
				return (
					cmd.some((a) => a.endsWith('/astro') || a.endsWith('astro.js')) &&
					cmd.includes('build') &&
					readlinkSync(`/proc/${pid}/cwd`) === projectRoot
				);
			} catch {
				return false;
			}
		});
	for (let waited = 0; others().length > 0 && waited < maxSeconds; waited += 2) {
		if (waited === 0) console.log('  waiting for another astro build in this project to finish…');
		await new Promise((done) => setTimeout(done, 2000));
	}
}

/** Bytes from Starlight's sidebar <nav aria-label="Main"> to its end (it holds no other <nav>). */
export function sidebarBytes(html: string): number {
	const start = html.search(/<nav[^>]*aria-label="Main"/);
	const end = start < 0 ? -1 : html.indexOf('</nav>', start);
	return end < 0 ? 0 : end - start;
}

function htmlStats(siteDir: string): { total: number; medianCondition: number; sidebar: number } {
	let total = 0;
	const conditions: Array<{ name: string; size: number }> = [];
	for (const name of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.html')) continue;
		const size = statSync(join(siteDir, name)).size;
		total += size;
		if (/^conditions\/[^/]+\/index\.html$/.test(name)) conditions.push({ name, size });
	}
	if (!conditions.length) return { total, medianCondition: 0, sidebar: 0 };
	conditions.sort((a, b) => a.size - b.size);
	const mid = conditions[Math.floor(conditions.length / 2)]!;
	return {
		total,
		medianCondition: mid.size,
		sidebar: sidebarBytes(readFileSync(join(siteDir, mid.name), 'utf8')),
	};
}

export async function scaleBuild(generated: number): Promise<ScalePoint> {
	const corpus = generateCorpus(generated, benchDir);
	try {
		await waitForOtherAstroBuilds();
		const outDir = join(corpus.root, 'site');
		const result = await buildSite({
			outDir,
			cacheDir: join(corpus.root, 'cache'),
			contentDir: corpus.contentDir,
			logFile: join(benchDir, `scale-${generated}.log`),
			clean: true,
		});
		const html = htmlStats(outDir);
		return {
			generated,
			pages: pagesBuilt(result.lines) ?? generated,
			seconds: result.seconds,
			peakRssBytes: result.peakRssBytes,
			indexBytes: folderBytes(join(outDir, 'pagefind')),
			htmlBytes: html.total,
			medianConditionPageBytes: html.medianCondition,
			sidebarBytes: html.sidebar,
			phases: buildPhases(result.lines, result.seconds),
		};
	} finally {
		// Generated pages are not medical content: never leave them around.
		rmSync(corpus.root, { recursive: true, force: true });
	}
}

/**
 * Growth exponent k in time ∝ pages^k between two points, on the time above a fixed base (the
 * real site's build: start-up, bundling, the handful of real pages), so start-up cost does not make
 * growth look flatter than it is. k ≈ 1 is linear, k ≈ 2 quadratic.
 */
export function growthExponent(
	a: { pages: number; seconds: number },
	b: { pages: number; seconds: number },
	baseSeconds: number,
): number {
	const ta = Math.max(a.seconds - baseSeconds, 0.001);
	const tb = Math.max(b.seconds - baseSeconds, 0.001);
	return Math.log(tb / ta) / Math.log(b.pages / a.pages);
}

/** Predicted build seconds at `pages`, extrapolating from the last point with exponent k. */
export function predictSeconds(
	from: { pages: number; seconds: number },
	pages: number,
	k: number,
	baseSeconds: number,
): number {
	return baseSeconds + (from.seconds - baseSeconds) * (pages / from.pages) ** k;
}
