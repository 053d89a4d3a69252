import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests with no Astro runtime, and browser tests that build the site once
// (tests/e2e/global-setup.ts), serve dist/ on loopback and drive the system Chromium.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// Unit tests run first; the browser tests start once they pass or fail.
					sequence: { groupOrder: 0 },
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					sequence: { groupOrder: 1 },
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// One Chromium per file is plenty on a 2-core machine.
					maxWorkers: 2,
				},
			},
		],
	},
});
