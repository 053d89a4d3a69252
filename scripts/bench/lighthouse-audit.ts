/**
 * Lighthouse's mobile preset (its default config: a Moto G class phone on a slow 4G link, simulated)
 * against pages of the local build. Each run gets its own Chromium, started by chrome-launcher with
 * the sandbox flags, and a host-resolver rule that leaves 127.0.0.1 as the only reachable address,
 * so neither Lighthouse nor Chromium can contact the network.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../lib/chromium.ts';
import { lighthouseCategories } from './config.ts';
import { median, repeat } from './stats.ts';

export type Category = (typeof lighthouseCategories)[number];

export interface LighthouseScores {
	url: string;
	/** Median score per category, 0–100. */
	scores: Record<Category, number>;
	/** Weighted audits whose median score is below 1 ("id score"), to explain a low category. */
	failing: string[];
	/** Requests to anything but the local server, from Lighthouse's own request log; must be empty. */
	foreignRequests: string[];
}

const offlineFlags = [
	'--headless=new',
	// Every host name but the local server resolves to nothing.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

async function runOnce(url: string) {
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath,
		chromeFlags: [...chromiumFlags, ...offlineFlags],
		logLevel: 'silent',
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...lighthouseCategories],
			// Not scored; saves a large screenshot per run.
			disableFullPageScreenshot: true,
		});
		if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
		return result.lhr;
	} finally {
		chrome.kill();
	}
}

export async function lighthouseScores(url: string, rounds: number): Promise<LighthouseScores> {
	const runs = await repeat(rounds, () => runOnce(url));
	const origin = new URL(url).origin;
	const scores = Object.fromEntries(
		lighthouseCategories.map((c) => [
			c,
			median(runs.map((lhr) => Math.round((lhr.categories[c]?.score ?? 0) * 100))),
		]),
	) as Record<Category, number>;
	const auditScores = new Map<string, number[]>();
	const foreign = new Set<string>();
	for (const lhr of runs) {
		for (const category of lighthouseCategories) {
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null)
					auditScores.set(ref.id, [...(auditScores.get(ref.id) ?? []), audit.score]);
			}
		}
		const details = lhr.audits['network-requests']?.details;
		if (details?.type === 'table') {
			for (const item of details.items) {
				const requested = typeof item['url'] === 'string' ? item['url'] : '';
				if (
					requested &&
					!requested.startsWith(origin) &&
					!/^(data|blob|chrome|about):/.test(requested)
				)
					foreign.add(requested);
			}
		}
	}
	// An audit that lost points in the median run, with its median score (1 = full marks).
	const failing = [...auditScores]
		.map(([id, values]) => [id, median(values)] as const)
		.filter(([, score]) => score < 1)
		.map(([id, score]) => `${id} ${score.toFixed(2)}`)
		.sort();
	return { url, scores, failing, foreignRequests: [...foreign] };
}
