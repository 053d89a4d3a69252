/**
 * `npm run bench`: builds the site into .bench/site (never dist/, which the tests use), measures it
 * against its budgets in Chromium and Lighthouse, builds generated corpora to see how the build
 * scales, prints one table and exits non-zero when any budgeted figure is over.
 *
 * Every figure is measured `rounds` times and the median printed. Takes about 10 minutes on 2 idle
 * cores, most of it in the scale builds; the 5,000-page build is skipped when it would take too long.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, describePhases, type Phase } from './build-phases.ts';
import { buildSite } from './build-site.ts';
import { launch } from '../lib/chromium.ts';
import * as config from './config.ts';
import { gzipCostOfParts, htmlOf, sectionSizes } from './html-size.ts';
import { lighthouseScores } from './lighthouse-audit.ts';
import { chunkDefining, pageScripts, type PageScripts } from './page-scripts.ts';
import { searchBytes, searchLatency } from './pagefind-search.ts';
import { searchDialogCost } from './search-dialog.ts';
import { check, formatTable, type Row } from './report-table.ts';
import { growthExponent, predictSeconds, scaleBuild, type ScalePoint } from './scale-build.ts';
import { startSiteServer } from './site-server.ts';
import { kb, mb, median, ms, repeat, seconds, shortScriptName, size } from './stats.ts';

const { budgets, rounds } = config;
const started = performance.now();
const rows: Row[] = [];
const progress = (message: string) =>
	console.log(`[bench ${seconds((performance.now() - started) / 1000).padStart(7)}] ${message}`);

/** Runs one section; an error becomes a FAIL row instead of losing every other figure. */
async function section(name: string, body: () => Promise<void>): Promise<void> {
	progress(name);
	try {
		await body();
	} catch (error) {
		rows.push({
			figure: name,
			measured: 'error',
			budget: '',
			verdict: 'FAIL',
			note: String((error as Error).stack ?? error)
				.split('\n')
				.slice(0, 4)
				.join(' / '),
		});
	}
}

mkdirSync(config.benchDir, { recursive: true });

// 1. The real site, built clean each round as a fresh checkout would be.
let realBuildSeconds = 0;
let realPhases: Phase[] = [];
await section(`building the site ${rounds}× into .bench/site`, async () => {
	const builds = await repeat(rounds, (round) =>
		buildSite({
			outDir: config.siteOutDir,
			cacheDir: config.siteCacheDir,
			logFile: join(config.benchDir, `site-build-${round + 1}.log`),
			clean: true,
		}),
	);
	realBuildSeconds = median(builds.map((b) => b.seconds));
	const middle = builds.find((b) => b.seconds === realBuildSeconds) ?? builds[0]!;
	realPhases = buildPhases(middle.lines, middle.seconds);
	rows.push({
		figure: 'build time of the real site (npm run build)',
		measured: seconds(realBuildSeconds),
		budget: 'reported',
		verdict: 'report',
		note: describePhases(realPhases, 4),
	});
	rows.push({
		figure: 'build peak memory (largest process)',
		measured: mb(median(builds.map((b) => b.peakRssBytes))),
		budget: 'reported',
		verdict: 'report',
		note: middle.memorySource,
	});
});

if (!realBuildSeconds) {
	// Nothing below means anything without a fresh build.
	console.log(formatTable(rows));
	process.exit(1);
}

// 2. HTML weight, straight from the files.
const largest: Record<'conditions' | 'tests' | 'exercises', string | undefined> = {
	conditions: undefined,
	tests: undefined,
	exercises: undefined,
};
await section('measuring gzipped HTML', async () => {
	const conditions = await sectionSizes(config.siteOutDir, 'conditions', rounds);
	const top = conditions[0]!;
	// The largest page of each kind is the one Lighthouse audits below.
	largest.conditions = top.path;
	for (const key of ['tests', 'exercises'] as const)
		largest[key] = (await sectionSizes(config.siteOutDir, key, 1))[0]?.path;
	rows.push({
		figure: 'HTML of a condition page, gzipped (largest)',
		measured: kb(top.gzipBytes),
		budget: `≤ ${kb(budgets.conditionHtmlGzip)}`,
		verdict: check(top.gzipBytes <= budgets.conditionHtmlGzip),
		note:
			`${top.path} (${kb(top.htmlBytes)} raw); ${conditions.filter((c) => c.gzipBytes > budgets.conditionHtmlGzip).length} of ${conditions.length} condition pages over; ` +
			`next: ${conditions
				.slice(1, 3)
				.map((c) => `${c.path} ${kb(c.gzipBytes)}`)
				.join(', ')}; KB each part costs: ${gzipCostOfParts(htmlOf(config.siteOutDir, top.path))}`,
	});
});

// 3. What Chromium loads: JavaScript per page, Pagefind downloads and search time.
const server = await startSiteServer(config.siteOutDir);
const browser = await launch();
try {
	await section('measuring JavaScript loaded by pages in Chromium', async () => {
		const starlight = await pageScripts(
			browser,
			server,
			config.siteOutDir,
			config.starlightReferencePage,
			rounds,
		);
		const conditionPages = (await sectionSizes(config.siteOutDir, 'conditions', 1)).map(
			(p) => p.path,
		);
		let heaviest: PageScripts | undefined;
		for (const path of conditionPages) {
			const scripts = await pageScripts(browser, server, config.siteOutDir, path, rounds);
			if (!heaviest || scripts.totalGzip > heaviest.totalGzip) heaviest = scripts;
		}
		const extra = heaviest!.files
			.filter((f) => !starlight.files.some((s) => s.path === f.path))
			.map((f) => shortScriptName(f.path));
		rows.push({
			figure: 'JS loaded by a condition page, gzipped (heaviest)',
			measured: kb(heaviest!.totalGzip),
			budget: `≤ Starlight page (${kb(starlight.totalGzip)})`,
			verdict: check(heaviest!.totalGzip <= starlight.totalGzip),
			note: `${heaviest!.path}, ${heaviest!.files.length} files, heaviest of ${conditionPages.length} condition pages${extra.length ? `; not on the Starlight page: ${extra.join(', ')}` : ''}`,
		});
		rows.push({
			figure: `JS loaded by a plain Starlight page, gzipped`,
			measured: kb(starlight.totalGzip),
			budget: 'reference',
			verdict: 'report',
			note: `${config.starlightReferencePage}: ${starlight.files.map((f) => `${shortScriptName(f.path)} ${kb(f.gzipBytes)}`).join(', ')}`,
		});

		const differential = await pageScripts(
			browser,
			server,
			config.siteOutDir,
			config.differentialPage,
			rounds,
		);
		rows.push({
			figure: `JS of ${config.differentialPage}, all files, gzipped`,
			measured: kb(differential.totalGzip),
			budget: `≤ ${kb(budgets.differentialJsGzip)}`,
			verdict: check(differential.totalGzip <= budgets.differentialJsGzip),
			note: differential.files
				.map((f) => `${shortScriptName(f.path)} ${kb(f.gzipBytes)}`)
				.join(', '),
		});
		const helper = chunkDefining(differential, config.differentialElement);
		rows.push({
			figure: `  its own chunk (defines ${config.differentialElement})`,
			measured: helper ? kb(helper.gzipBytes) : 'not found',
			budget: `≤ ${kb(budgets.differentialHelperChunkGzip)}`,
			verdict: check(!!helper && helper.gzipBytes <= budgets.differentialHelperChunkGzip),
			...(helper ? { note: shortScriptName(helper.path) } : {}),
		});
		const programme = await pageScripts(
			browser,
			server,
			config.siteOutDir,
			config.programmePage,
			rounds,
		);
		const builder = chunkDefining(programme, config.programmeElement);
		rows.push({
			figure: `programme builder's own chunk (${config.programmeElement})`,
			measured: builder ? kb(builder.gzipBytes) : 'not found',
			budget: 'reported',
			verdict: builder ? 'report' : 'FAIL',
			note: `${builder ? shortScriptName(builder.path) : ''}; all JS of ${config.programmePage}: ${kb(programme.totalGzip)}`,
		});
	});

	await section('measuring Pagefind downloads', async () => {
		const bytes = await searchBytes(
			browser,
			server,
			config.siteOutDir,
			config.firstQuery,
			config.secondQuery,
			rounds,
		);
		rows.push({
			figure: 'first search: bytes Pagefind downloads',
			measured: kb(bytes.first.bytes),
			budget: `≤ ${kb(budgets.firstSearchBytes)}`,
			verdict: check(bytes.first.bytes <= budgets.firstSearchBytes),
			note:
				`"${config.firstQuery}": ${bytes.first.files} files (pagefind.js, its worker and WebAssembly, index chunks, first 5 results' fragments) ` +
				`as served here, uncompressed; ${kb(bytes.first.compressedBytes)} from a host that gzips JS and JSON`,
		});
		rows.push({
			figure: 'second, different query: more bytes',
			measured: kb(bytes.second.bytes),
			budget: 'reported',
			verdict: 'report',
			note: `"${config.secondQuery}" right after the first: ${bytes.second.files} files`,
		});
	});

	await section('measuring the search dialog', async () => {
		const cost = await searchDialogCost(
			browser,
			server,
			config.siteOutDir,
			config.searchDialogPage,
			config.sentenceQuery,
		);
		rows.push({
			figure: `JS of ${config.searchDialogPage} before search is touched`,
			measured: kb(cost.pageJs.jsGzipBytes),
			budget: 'reported',
			verdict: 'report',
			note: 'loaded and idle; the search button only',
		});
		rows.push({
			figure: 'opening search: downloads, gzipped',
			measured: kb(cost.open.gzipBytes),
			budget: 'reported',
			verdict: 'report',
			note: `${cost.open.files} files, ${kb(cost.open.jsGzipBytes)} of them JavaScript (search code, Pagefind and its worker); the rest WebAssembly, index metadata and /search-data.json`,
		});
		rows.push({
			figure: 'first sentence typed into search: downloads',
			measured: kb(cost.firstQuery.gzipBytes),
			budget: 'reported',
			verdict: 'report',
			note: `"${config.sentenceQuery}": ${cost.firstQuery.files} files (index chunks for each word, filters, result fragments)`,
		});
	});

	await section('timing search in Chromium', async () => {
		const latency = await searchLatency(browser, server, config.latencyQueries, rounds);
		rows.push({
			figure: 'search: query → first 5 results, warm',
			measured: ms(latency.warmMedianMs),
			budget: `≤ ${ms(budgets.searchLatencyMs)}`,
			verdict: check(latency.warmMedianMs <= budgets.searchLatencyMs),
			note: `${latency.queries} queries × ${rounds} rounds after a warm-up pass; slowest query ${ms(latency.warmWorstMs)}; cold first pass median ${ms(latency.coldMedianMs)}`,
		});
	});
} finally {
	await browser.close();
}

// 4. Lighthouse, mobile preset, against the same server.
try {
	const pages = [
		['home page', '/'],
		['condition page', largest.conditions],
		['test page', largest.tests],
		['exercise page', largest.exercises],
		['differential helper', config.differentialPage],
	] as const;
	for (const [label, path] of pages) {
		if (!path) continue;
		await section(`Lighthouse ${rounds}× on ${path}`, async () => {
			const result = await lighthouseScores(server.origin + path, rounds);
			const values = config.lighthouseCategories.map((c) => result.scores[c]);
			const ok =
				values.every((v) => v >= budgets.lighthouseScore) && result.foreignRequests.length === 0;
			const notes = [
				path,
				result.failing.length ? `lost points: ${result.failing.join(', ')}` : '',
				result.foreignRequests.length
					? `requests off the local server: ${result.foreignRequests.join(', ')}`
					: '',
			].filter(Boolean);
			rows.push({
				figure: `Lighthouse mobile (perf/a11y/BP/SEO), ${label}`,
				measured: values.join(' / '),
				budget: `each ≥ ${budgets.lighthouseScore}`,
				verdict: check(ok),
				note: notes.join('; '),
			});
		});
	}
} finally {
	await server.close();
}

// 5. Scale: generated corpora, built and deleted one at a time. No budgets: reported only.
const points: ScalePoint[] = [];
const scaleNotes: string[] = [
	'Each size is built once (the figures above are single builds): repeating the largest would double the run.',
];
const { scale } = config;
const scaleBuildOrNote = async (generated: number) => {
	progress(
		`scale build: real content + ${generated.toLocaleString('en')} generated condition pages`,
	);
	try {
		const point = await scaleBuild(generated);
		points.push(point);
		progress(`  … ${seconds(point.seconds)} for ${point.pages} pages`);
	} catch (error) {
		scaleNotes.push(
			`The ${generated.toLocaleString('en')}-page build failed: ${String((error as Error).message)
				.split('\n')
				.slice(0, 3)
				.join(' / ')}`,
		);
	}
};
await scaleBuildOrNote(scale.first);
// A second point gives the growth rate, so the largest build's time can be predicted before it starts.
await scaleBuildOrNote(scale.probe);
if (points.length === 2) {
	const [a, b] = [points[0]!, points[1]!];
	const k = growthExponent(a, b, realBuildSeconds);
	const realPages = b.pages - b.generated;
	// Never assume better than linear growth.
	const predicted = (generated: number) =>
		predictSeconds(b, generated + realPages, Math.max(k, 1), realBuildSeconds);
	if (predicted(scale.target) <= scale.limitSeconds) {
		await scaleBuildOrNote(scale.target);
	} else {
		const fallbackFits = predicted(scale.fallback) <= scale.limitSeconds;
		scaleNotes.push(
			`The ${scale.target.toLocaleString('en')}-page build was NOT run: from ${a.pages} to ${b.pages} pages the build time grew as pages^${k.toFixed(2)}, ` +
				`which predicts ${(predicted(scale.target) / 60).toFixed(1)} min for it, over the ${scale.limitSeconds / 60}-minute limit for one build. ` +
				(fallbackFits
					? `Built ${scale.fallback.toLocaleString('en')} pages instead (predicted ${(predicted(scale.fallback) / 60).toFixed(1)} min).`
					: `${scale.fallback.toLocaleString('en')} pages would take ${(predicted(scale.fallback) / 60).toFixed(1)} min too; kept the ${scale.probe.toLocaleString('en')}-page point.`),
		);
		if (fallbackFits) await scaleBuildOrNote(scale.fallback);
	}
}
for (const p of points) {
	const label = `scale: ${p.generated.toLocaleString('en')} generated (${p.pages.toLocaleString('en')} pages)`;
	rows.push({
		figure: `${label}: build`,
		measured: seconds(p.seconds),
		budget: 'reported',
		verdict: 'report',
		note: `peak memory ${mb(p.peakRssBytes)}; HTML written ${size(p.htmlBytes)}; median condition page ${kb(p.medianConditionPageBytes)}, its sidebar ≈ ${kb(p.sidebarBytes)}`,
	});
	rows.push({
		figure: `${label}: per 1,000 pages`,
		measured: seconds((p.seconds / p.pages) * 1000),
		budget: 'reported',
		verdict: 'report',
	});
	rows.push({
		figure: `${label}: Pagefind index`,
		measured: size(p.indexBytes),
		budget: 'reported',
		verdict: 'report',
		note: `pagefind/ folder; ${(p.indexBytes / p.pages / 1024).toFixed(1)} KB per page`,
	});
}

// 6. The table, then what the scale points say about growth.
console.log(
	'\nBenchmark results (median of each figure over its rounds; KB = 1024 bytes; gzip level 9)\n',
);
console.log(formatTable(rows));

console.log('\nScaling');
for (const note of scaleNotes) console.log(`  ${note}`);
if (points.length >= 2) {
	const phaseNames = points[0]!.phases.map((p) => p.name);
	for (let i = 1; i < points.length; i++) {
		const [a, b] = [points[i - 1]!, points[i]!];
		const k = growthExponent(a, b, realBuildSeconds);
		const perPhase = phaseNames
			.map((name) => {
				const ta = a.phases.find((p) => p.name === name)?.seconds ?? 0;
				const tb = b.phases.find((p) => p.name === name)?.seconds ?? 0;
				const kPhase =
					Math.log(Math.max(tb, 0.01) / Math.max(ta, 0.01)) / Math.log(b.pages / a.pages);
				return `${name} ${ta.toFixed(1)}→${tb.toFixed(1)} s (^${kPhase.toFixed(1)})`;
			})
			.join('; ');
		const kHtml = Math.log(b.htmlBytes / a.htmlBytes) / Math.log(b.pages / a.pages);
		console.log(
			`  ${a.pages} → ${b.pages} pages: build time above the real site's ${seconds(realBuildSeconds)} grows as pages^${k.toFixed(2)} ` +
				`(${k < 1.2 ? 'about linear' : k < 1.6 ? 'somewhat worse than linear' : 'NOT linear, close to quadratic'}); HTML written grows as pages^${kHtml.toFixed(2)}.`,
		);
		console.log(`    phases: ${perPhase}`);
	}
	const last = points.at(-1)!;
	console.log(`  Where the time goes at ${last.pages} pages: ${describePhases(last.phases, 6)}.`);
	const sidebarShare = last.sidebarBytes / Math.max(last.medianConditionPageBytes, 1);
	if (sidebarShare > 0.3) {
		console.log(
			`  Each page carries the whole sidebar (${kb(last.sidebarBytes)}, ${Math.round(sidebarShare * 100)} % of a condition page at this size), which lists every ` +
				`condition, so the HTML to render, write and index grows with pages × conditions.`,
		);
	}
}

const failed = rows.filter((r) => r.verdict === 'FAIL');
console.log(
	`\n${failed.length ? `${failed.length} figure(s) over budget: ${failed.map((r) => r.figure.trim()).join('; ')}` : 'All budgets met.'}`,
);
console.log(`Benchmark took ${seconds((performance.now() - started) / 1000)}. Logs: .bench/*.log`);
process.exitCode = failed.length ? 1 : 0;
