/**
 * What the benchmark measures and against which budgets. Everything a reader might want to tune is
 * here; the other modules only measure.
 */
import { resolve } from 'node:path';
import { sitePath } from '../../src/lib/url.ts';

/** Project root (scripts/bench/ → ../..): every path and child process is relative to it. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Everything the benchmark writes lives here (git-ignored), never in dist/, which tests use. */
export const benchDir = resolve(projectRoot, '.bench');
export const siteOutDir = resolve(benchDir, 'site');
export const siteCacheDir = resolve(benchDir, 'cache');

/** Each figure is measured this many times and the median printed, so one outlier cannot decide it. */
export const rounds = 3;

/** Budgets, in bytes, milliseconds or Lighthouse points (0–100). */
export const budgets = {
	/** About one TCP initial congestion window (10 × 1460 bytes), so the page's HTML arrives in one round trip. */
	conditionHtmlGzip: 14 * 1024,
	differentialJsGzip: 30 * 1024,
	differentialHelperChunkGzip: 10 * 1024,
	firstSearchBytes: 150 * 1024,
	searchLatencyMs: 100,
	lighthouseScore: 98,
};

/** The plain Starlight page whose JavaScript a condition page must not exceed. */
export const starlightReferencePage = '/risk-factors/';

export const differentialPage = sitePath.differential();
export const programmePage = sitePath.programme();
/** The page the search dialog is measured on, and the sentence typed into it. */
export const searchDialogPage = sitePath.condition('sciatica');
export const sentenceQuery = 'pain in my bum when I sit at work, goes down the back of my thigh';

/** The custom elements whose defining chunks are reported on their own. */
export const differentialElement = 'kb-differential';
export const programmeElement = 'kb-programme-builder';

/** The two different queries whose Pagefind downloads are counted. */
export const firstQuery = 'pain when sitting';
export const secondQuery = 'hamstring tendon';

/**
 * Queries timed for search latency: words patients and clinicians type, a mix of one and several
 * words, common and rare terms.
 */
export const latencyQueries = [
	'sciatica',
	'pain when sitting',
	'buttock pain',
	'piriformis',
	'hamstring',
	'numb leg',
	'sit bone pain',
	'slump test',
	'straight leg raise',
	'stretch',
	'bladder',
	'pudendal',
	'deep gluteal syndrome',
	'spinal stenosis',
	'hip arthritis',
	'glute bridge',
	'back pain walking',
	'nerve glide',
	'sacroiliac joint',
	'running',
];

/** Lighthouse categories, all of which must reach the score budget. */
export const lighthouseCategories = [
	'performance',
	'accessibility',
	'best-practices',
	'seo',
] as const;

/**
 * Scale builds: the real content plus this many generated condition pages. `first` and `probe` are
 * always built; their growth rate predicts how long `target` would take, and when that is over
 * `limitSeconds` the benchmark builds `fallback` instead (or stops at `probe` if that is too slow as
 * well), so the whole run stays within about 25 minutes on 2 cores.
 */
export const scale = {
	first: 1000,
	probe: 2000,
	target: 5000,
	fallback: 3000,
	limitSeconds: 12 * 60,
};
