/**
 * Runs `npm run build` (content check, astro build, headers; through scripts/lib/build.ts, as the
 * browser tests do) into a folder of our choosing and records how long it took, its peak memory and when each line of Astro's log arrived, so the
 * build can be split into phases without trusting Astro's own rounding.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../lib/build.ts';
import { projectRoot } from './config.ts';

export interface BuildOptions {
	outDir: string;
	cacheDir: string;
	/** Content root; the real content/ when omitted. */
	contentDir?: string;
	/** Where the full build log is kept for reading afterwards. */
	logFile: string;
	/** Start from an empty output and cache folder, as a fresh checkout or CI does. */
	clean?: boolean;
}

export interface LogLine {
	/** Milliseconds since the build started. */
	at: number;
	text: string;
}

export interface BuildResult {
	seconds: number;
	/** Peak resident memory of the largest process in the build, in bytes. */
	peakRssBytes: number;
	/** How the peak was measured: GNU time's maxrss, or sampling /proc when it is missing. */
	memorySource: string;
	lines: LogLine[];
}

const gnuTime = '/usr/bin/time';

/** Strips terminal colour codes, which Astro prints even into a pipe on some setups. */
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is matched
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Reads "Maximum resident set size (kbytes): N" from `time -v` output. */
function maxRssFromTimeOutput(file: string): number | undefined {
	const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(file, 'utf8'));
	return match ? Number(match[1]) * 1024 : undefined;
}

/**
 * Without GNU time, samples the resident memory of the build's process tree from /proc and keeps
 * the largest single process, which is what `time -v` reports too.
 */
function startRssSampler(rootPid: number): () => number {
	let peak = 0;
	const sample = () => {
		try {
			const children = new Map<number, number[]>();
			const rss = new Map<number, number>();
			for (const name of readdirSync('/proc')) {
				if (!/^\d+$/.test(name)) continue;
				try {
					const status = readFileSync(`/proc/${name}/status`, 'utf8');
					const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
					rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
					children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
				} catch {
					// The process ended between listing and reading.
				}
			}
			const stack = [rootPid];
			while (stack.length) {
				const pid = stack.pop()!;
				peak = Math.max(peak, rss.get(pid) ?? 0);
				stack.push(...(children.get(pid) ?? []));
			}
		} catch {
			// /proc missing: no memory figure.
		}
	};
	const timer = setInterval(sample, 200);
	return () => {
		clearInterval(timer);
		return peak;
	};
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
	if (options.clean) {
		rmSync(options.outDir, { recursive: true, force: true });
		rmSync(options.cacheDir, { recursive: true, force: true });
	}
	const timeFile = `${options.logFile}.time`;
	const useGnuTime = existsSync(gnuTime);
	const started = performance.now();
	let stopSampler: (() => number) | undefined;
	const lines: LogLine[] = [];
	const { code } = await runBuild({
		cwd: projectRoot,
		env: {
			KB_OUT_DIR: options.outDir,
			KB_CACHE_DIR: options.cacheDir,
			KB_CONTENT_DIR: options.contentDir,
			// The benchmark measures the site as `npm run build` makes it by default: at the domain root.
			BASE_PATH: undefined,
			SITE_URL: undefined,
			// No colour codes in the log we parse.
			NO_COLOR: '1',
			FORCE_COLOR: '0',
		},
		prefix: useGnuTime ? [gnuTime, '-v', '-o', timeFile] : [],
		onStart: (pid) => {
			if (!useGnuTime) stopSampler = startRssSampler(pid);
		},
		onLine: (text) => lines.push({ at: performance.now() - started, text: plain(text) }),
	});
	const seconds = (performance.now() - started) / 1000;
	const sampledPeak = stopSampler?.();
	writeFileSync(
		options.logFile,
		lines.map((l) => `${(l.at / 1000).toFixed(3).padStart(9)}  ${l.text}`).join('\n'),
	);
	if (code !== 0) {
		const tail = lines
			.slice(-30)
			.map((l) => l.text)
			.join('\n');
		throw new Error(`npm run build exited with ${code} (full log: ${options.logFile}):\n${tail}`);
	}
	const fromTime = useGnuTime ? maxRssFromTimeOutput(timeFile) : undefined;
	return {
		seconds,
		peakRssBytes: fromTime ?? sampledPeak ?? 0,
		memorySource: fromTime !== undefined ? 'GNU time maxrss' : 'sampled /proc VmRSS',
		lines,
	};
}

/** Bytes in a folder, recursively (for the size of the Pagefind index). */
export function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}
