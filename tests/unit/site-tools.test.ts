/** scripts/lib: the link checker and the static server, on a tiny built site made here. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, htmlFiles } from '../../scripts/lib/links.ts';
import { serve } from '../../scripts/lib/serve.ts';

const dist = mkdtempSync(join(tmpdir(), 'kb-dist-'));
const page = (path: string, html: string) => {
	mkdirSync(join(dist, path), { recursive: true });
	writeFileSync(join(dist, path, 'index.html'), html);
};
page(
	'',
	'<a href="/kb/tests/slump/#accuracy">ok</a><a href="/kb/tests/slump/#nowhere">bad anchor</a><a href="https://doi.org/x">external</a>',
);
page(
	'tests/slump',
	'<h2 id="accuracy">Accuracy</h2><img src="/kb/missing.png"><a href="../../">up</a><a href="#_top">top</a>',
);
writeFileSync(join(dist, '404.html'), 'Not here');
writeFileSync(join(dist, '_headers'), '/kb/*\n  X-Test: yes\n# a comment\n');

describe('brokenLinks', () => {
	it('resolves local links and anchors under the base, and reports the rest', () => {
		expect(htmlFiles(dist).sort()).toEqual(['404.html', 'index.html', 'tests/slump/index.html']);
		const report = brokenLinks(dist, '/kb/');
		expect(report.broken.sort()).toEqual([
			'index.html: /kb/tests/slump/#nowhere (no #nowhere)',
			'tests/slump/index.html: /kb/missing.png (no file)',
		]);
		expect(report.checked).toBe(5);
	});
	it('finds every link broken when the site is checked under the wrong base', () => {
		expect(brokenLinks(dist, '/').broken.filter((b) => b.endsWith('(no file)'))).toHaveLength(3);
	});
});

describe('serve', () => {
	const server = serve({ root: dist, port: 0, base: '/kb/', withHeaders: true });
	const url = async (path: string, init?: RequestInit) =>
		fetch(`http://127.0.0.1:${((await server).address() as AddressInfo).port}${path}`, {
			redirect: 'manual',
			...init,
		});
	afterAll(async () => (await server).close());

	it('serves pages under the base with the _headers file applied', async () => {
		const response = await url('/kb/tests/slump/');
		expect(response.status).toBe(200);
		expect(response.headers.get('x-test')).toBe('yes');
		expect(await response.text()).toContain('Accuracy');
	});
	it('redirects a folder without its slash, and answers 404 with the site’s page outside the base or the root', async () => {
		const redirect = await url('/kb/tests/slump?x=1');
		expect([redirect.status, redirect.headers.get('location')]).toEqual([
			301,
			'/kb/tests/slump/?x=1',
		]);
		const outside = await url('/tests/slump/');
		expect([outside.status, await outside.text()]).toEqual([404, 'Not here']);
		expect((await url('/kb/..%2F..%2Fetc/passwd')).status).toBe(404);
		expect((await url('/kb/%E0%A4%A')).status).toBe(404);
	});
	it('allows only GET and HEAD', async () => {
		expect((await url('/kb/', { method: 'POST' })).status).toBe(405);
		const head = await url('/kb/', { method: 'HEAD' });
		expect([head.status, await head.text()]).toEqual([200, '']);
	});
});
