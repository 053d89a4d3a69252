/**
 * Runs `npm run build` (content check, astro build, headers) as a child process, for the browser
 * tests and the benchmark alike. Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR,
 * NODE_ENV…) into process.env; a child Astro build would read them as its own, so they are removed.
 * `onLine` receives each log line as it arrives (the benchmark times build phases from them).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const vitestVariables = [
	'BASE_URL',
	'MODE',
	'DEV',
	'PROD',
	'SSR',
	'NODE_ENV',
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
];

export interface BuildOptions {
	/** Variables to set for this build (KB_OUT_DIR, BASE_PATH, …); `undefined` removes one. */
	env?: Record<string, string | undefined>;
	/** Working directory (the project root). */
	cwd?: string;
	/** Wraps the command, e.g. ['/usr/bin/time', '-v', '-o', 'file'] to measure memory. */
	prefix?: readonly string[];
	/** Called with each line of output (stdout and stderr), as it arrives. */
	onLine?: (line: string) => void;
	/** Called once the child has started, with its process id. */
	onStart?: (pid: number) => void;
}

/** The environment a child build gets: this process's, without Vitest's variables, plus `extra`. */
export function buildEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env };
	for (const name of vitestVariables) delete env[name];
	for (const [name, value] of Object.entries(extra)) {
		if (value === undefined) delete env[name];
		else env[name] = value;
	}
	return env;
}

/** Runs the build; resolves with its exit code and output, rejects only if it cannot start. */
export function runBuild(
	options: BuildOptions = {},
): Promise<{ code: number | null; output: string[] }> {
	const [command, ...args] = [...(options.prefix ?? []), 'npm', 'run', 'build'];
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: buildEnv(options.env),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (child.pid !== undefined) options.onStart?.(child.pid);
	const output: string[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (line) => {
			output.push(line);
			options.onLine?.(line);
		});
	}
	return new Promise((done, reject) => {
		child.once('error', reject);
		child.once('close', (code) => done({ code, output }));
	});
}

/** Builds, or throws with the end of the log when the build fails. */
export async function buildSite(options: BuildOptions = {}): Promise<void> {
	const { code, output } = await runBuild(options);
	if (code !== 0)
		throw new Error(`npm run build exited with ${code}:\n${output.slice(-30).join('\n')}`);
}
