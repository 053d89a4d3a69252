/**
 * Builds the site once for all browser tests (unless E2E_REUSE_DIST=1 and dist/ exists), then serves
 * dist/ on a free loopback port with the project's own server and the headers the build wrote.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { buildSite } from './build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!(process.env.E2E_REUSE_DIST === '1' && existsSync('dist/index.html'))) {
		buildSite();
	}
	const server = await serve({ root: 'dist', port: 0, withHeaders: true });
	const { port } = server.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((done) => server.close(() => done()));
}
