/**
 * Builds the site once for all browser tests (unless E2E_REUSE_DIST=1 and the output exists), then
 * serves it on a free loopback port with the project's own server and the headers the build wrote.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { env } from '../../../config/env.ts';
import { buildSite } from '../../../scripts/lib/build.ts';
import { serve } from '../../../scripts/lib/serve.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

export default async function setup(project: TestProject) {
	if (!(env.E2E_REUSE_DIST && existsSync(join(env.KB_OUT_DIR, 'index.html')))) await buildSite();
	const server = await serve({ root: env.KB_OUT_DIR, port: 0, withHeaders: true });
	const { port } = server.address() as AddressInfo;
	project.provide('baseURL', `http://127.0.0.1:${port}`);
	return () => new Promise<void>((done) => server.close(() => done()));
}
