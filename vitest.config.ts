import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests with no Astro runtime, and browser tests that build the site once
// (tests/e2e/support/global-setup.ts), serve it on loopback and drive the system Chromium.
export default defineConfig({
	test: {
		// src/lib is the pure core: every module must be tested (a file no test loads counts as 0 %),
		// and each must keep at least 90 % of its lines covered. Types-only modules have no lines.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary', ['text', { skipFull: true }]],
			thresholds: { perFile: true, lines: 90 },
		},
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
					globalSetup: ['tests/e2e/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					// One Chromium per file is plenty on a 2-core machine.
					maxWorkers: 2,
				},
			},
		],
	},
});
