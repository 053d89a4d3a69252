/**
 * Trust gates over the built site (the axe sweep is in accessibility.test.ts): every local link resolving,
 * privacy, the Content Security Policy, structured data that matches the content, and valid HTML.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { env } from '../../config/env.ts';
import { buildSite } from '../../scripts/lib/build.ts';
import { brokenLinks, htmlFiles } from '../../scripts/lib/links.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { baseURL, openPage, openSearchDialog, askDialog, useBrowser } from './support/browser.ts';

const browser = useBrowser();

const dist = env.KB_OUT_DIR;

describe('links', () => {
	it('resolves every local href and src in dist/ to a file, and every #anchor to an element', () => {
		const { broken, checked } = brokenLinks(dist);
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	it('still resolves every link, and the helper still works, when the site is built under a sub-path', async () => {
		const out = 'tests/.output/subpath';
		await buildSite({
			env: {
				BASE_PATH: '/kb/',
				SITE_URL: 'https://example.org',
				KB_OUT_DIR: out,
				KB_CACHE_DIR: 'tests/.output/subpath-cache',
			},
		});
		const { broken, checked } = brokenLinks(out, '/kb/');
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
		const server = await serve({ root: out, port: 0, base: '/kb/', withHeaders: true });
		try {
			const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			const { page, errors } = await openPage(browser(), { origin });
			await page.goto(
				`${origin}/kb/differential/?f=sit-bone-pain,worse-sitting,worse-uphill-running&s=sports`,
			);
			const first = page.locator('[data-differential-results] > li').first();
			await first.waitFor();
			expect(await first.locator('a').getAttribute('href')).toBe(
				'/kb/conditions/proximal-hamstring-tendinopathy/',
			);
			await page.goto(`${origin}/kb/`);
			expect(await page.locator('.kb-home-actions a').first().getAttribute('href')).toBe(
				'/kb/symptoms/',
			);
			expect(errors.filter((e) => !e.includes('https://example.org'))).toEqual([]);
		} finally {
			server.close();
		}
	}, 180_000);
});

describe('privacy', () => {
	it('makes no request to another origin, sets no cookie and keeps a reader’s choices only in the URL', async () => {
		const { page, foreignRequests } = await openPage(browser());
		await page.goto(`${baseURL()}/differential/`);
		await page.locator('input[data-finding="worse-sitting"][value="present"]').check();
		await page.locator('input[data-test="modified-bent-knee-stretch-test"][value="pos"]').check();
		await page.goto(`${baseURL()}/exercises/programme/?e=bird-dog:3x10,glute-bridge:3x8-12`);
		await page.locator('[data-programme-item]').first().waitFor();
		await page.goto(`${baseURL()}/conditions/`);
		await openSearchDialog(page);
		expect((await askDialog(page, 'sitting')).urls.length).toBeGreaterThan(0);
		expect(foreignRequests).toEqual([]);
		expect(await page.context().cookies()).toEqual([]);
		const stored = await page.evaluate(`(() => {
			const dump = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k));
			return [...dump(localStorage), ...dump(sessionStorage)].join('\\n');
		})()`);
		for (const choice of [
			'worse-sitting',
			'modified-bent-knee-stretch-test',
			'bird-dog',
			'glute-bridge',
			'sitting',
		]) {
			expect(String(stored)).not.toContain(choice);
		}
		expect(await page.evaluate('document.cookie')).toBe('');
	});
});

describe('Content Security Policy', () => {
	it('is served with every page and allows no inline script by unsafe-inline', async () => {
		const response = await fetch(`${baseURL()}/conditions/sciatica/`);
		const csp = response.headers.get('content-security-policy') ?? '';
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).toContain("'sha256-");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('is never violated on each page kind, in search, the differential helper and a programme handout, and all still work', async () => {
		const { page, cspViolations, errors } = await openPage(browser());
		const visit = async (path: string) => {
			await page.goto(`${baseURL()}${path}`);
			await page.waitForLoadState('networkidle');
		};
		for (const path of [
			'/',
			'/conditions/sciatica/',
			'/tests/slump-test/',
			'/exercises/bird-dog/',
			'/treatment-principles/',
			'/red-flags/',
			'/symptoms/',
			'/references/',
		]) {
			await visit(path);
		}
		await openSearchDialog(page);
		expect((await askDialog(page, 'piriformis')).urls.length).toBeGreaterThan(0);
		await visit('/differential/?f=saddle-numbness,worse-long-strides');
		expect(await page.locator('[data-differential-results] > li').count()).toBeGreaterThan(3);
		expect(await page.locator('[data-red-flag]').count()).toBe(1);
		await visit('/exercises/programme/?e=clamshell:3x12');
		expect(await page.locator('[data-programme-item]').count()).toBe(1);
		await visit('/tests/modified-bent-knee-stretch-test/');
		await page.locator('kb-posttest input').first().fill('30');
		expect(await page.locator('kb-posttest [data-output]').first().textContent()).toMatch(
			/Starting from 30%/,
		);
		expect(await cspViolations()).toEqual([]);
		expect(errors).toEqual([]);
		// Fifteen page loads with their scripts; a generous bound for a busy two-core machine.
	}, 120_000);
});

describe('structured data', () => {
	// What each graph says is checked against content by the page builders' unit tests
	// (tests/unit/pages.test.ts); here, that every page carries exactly one, of the right kind.
	const graphOf = (file: string) => {
		const html = readFileSync(join(dist, file), 'utf8');
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		return blocks.map(
			(b) =>
				(
					JSON.parse(b[1]!) as {
						'@graph': Array<{
							'@type': string;
							lastReviewed?: string;
							mainEntity?: { '@type': string };
						}>;
					}
				)['@graph'][0]!,
		);
	};

	it.each([
		['conditions', 'MedicalCondition'],
		['tests', 'MedicalTest'],
		['exercises', 'ExercisePlan'],
	])('gives every page under /%s/<id>/ one MedicalWebPage about a %s', (section, type) => {
		const pages = htmlFiles(dist).filter((f) =>
			new RegExp(`^${section}/(?!programme/)[^/]+/index\\.html$`).test(f),
		);
		expect(pages.length).toBeGreaterThan(5);
		for (const file of pages) {
			const graphs = graphOf(file);
			expect(graphs, file).toHaveLength(1);
			expect(graphs[0]!['@type'], file).toBe('MedicalWebPage');
			expect(graphs[0]!.mainEntity?.['@type'], file).toBe(type);
			expect(graphs[0]!.lastReviewed, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('gives every guide one MedicalWebPage with its reviewed date', () => {
		const guides = htmlFiles(dist).filter(
			(f) =>
				/^[a-z-]+\/index\.html$/.test(f) &&
				!/^(conditions|tests|exercises|differential|symptoms|red-flags|references|404)\//.test(f),
		);
		expect(guides.length).toBeGreaterThan(3);
		for (const file of guides) {
			const graphs = graphOf(file);
			expect(graphs, file).toHaveLength(1);
			expect(graphs[0]!.lastReviewed, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});

describe('valid HTML', () => {
	it('passes html-validate on every built page (rules turned off are listed with reasons in .htmlvalidate.mjs)', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const messages: string[] = [];
		for (const rel of htmlFiles(dist)) {
			const report = await validator.validateFile(join(dist, rel));
			for (const result of report.results)
				for (const m of result.messages)
					messages.push(`${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(messages).toEqual([]);
	}, 120_000);
});
