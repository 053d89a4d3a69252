/**
 * Runs `npm run build` for the tests. Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD,
 * SSR, NODE_ENV) into process.env; a child Astro build would read them as its own, so they are
 * removed before the build starts.
 */
import { execFileSync } from 'node:child_process';

const vitestVariables = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

export function buildSite(extraEnv: Record<string, string> = {}): void {
	const env = { ...process.env };
	for (const name of vitestVariables) delete env[name];
	execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, ...extraEnv } });
}
