/**
 * Trust gates over the built site: accessibility of every page, every local link resolving,
 * privacy, the Content Security Policy, structured data that matches the content, and valid HTML.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';
import { serve } from '../../scripts/serve.mjs';
import { baseURL, launch, openPage, openSearch, sitemapPaths } from './browser.ts';
import { buildSite } from './build.ts';
import { brokenLinks, htmlFiles } from './links.ts';
import { pointsTowards } from '../../src/lib/key-findings.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const dist = 'dist';

describe('accessibility', () => {
	it('finds no WCAG 2.2 A or AA violation on any page in the sitemap', async () => {
		const paths = await sitemapPaths();
		expect(paths.length).toBeGreaterThan(50);
		const { page } = await openPage(browser);
		const failures: string[] = [];
		for (const path of paths) {
			await page.goto(`${baseURL()}${path}`);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
			for (const v of violations) failures.push(`${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}
		expect(failures).toEqual([]);
	}, 300_000);
});

describe('links', () => {
	it('resolves every local href and src in dist/ to a file, and every #anchor to an element', () => {
		const { broken, checked } = brokenLinks(dist);
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
	});

	it('still resolves every link, and the helper still works, when the site is built under a sub-path', async () => {
		const out = 'tests/.output/subpath';
		buildSite({ BASE_PATH: '/kb/', SITE_URL: 'https://example.org', KB_OUT_DIR: out, KB_CACHE_DIR: 'tests/.output/subpath-cache' });
		const { broken, checked } = brokenLinks(out, '/kb/');
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(1000);
		const server = await serve({ root: out, port: 0, base: '/kb/', withHeaders: true });
		try {
			const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			const { page, errors } = await openPage(browser);
			await page.goto(`${origin}/kb/differential/?f=hip-surgery,worse-long-strides`);
			const first = page.locator('[data-differential-results] > li').first();
			await first.waitFor();
			expect(await first.locator('a').getAttribute('href')).toBe('/kb/conditions/ischiofemoral-impingement/');
			await page.goto(`${origin}/kb/`);
			expect(await page.locator('.kb-home-actions a').first().getAttribute('href')).toBe('/kb/symptoms/');
			expect(errors.filter((e) => !e.includes('https://example.org'))).toEqual([]);
		} finally {
			server.close();
		}
	}, 180_000);
});

describe('privacy', () => {
	it('makes no request to another origin, sets no cookie and keeps a reader’s choices only in the URL', async () => {
		const { page, foreignRequests } = await openPage(browser);
		await page.goto(`${baseURL()}/differential/`);
		await page.locator('input[name="f"][value="worse-sitting"]').check();
		await page.locator('input[data-test="modified-bent-knee-stretch-test"][value="pos"]').check();
		await page.goto(`${baseURL()}/exercises/programme/?e=bird-dog:3x10,glute-bridge:3x8-12`);
		await page.locator('[data-programme-item]').first().waitFor();
		await page.goto(`${baseURL()}/conditions/`);
		await (await openSearch(page)).fill('sitting');
		await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
		expect(foreignRequests).toEqual([]);
		expect(await page.context().cookies()).toEqual([]);
		const stored = await page.evaluate(`(() => {
			const dump = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k));
			return [...dump(localStorage), ...dump(sessionStorage)].join('\\n');
		})()`);
		for (const choice of ['worse-sitting', 'modified-bent-knee-stretch-test', 'bird-dog', 'glute-bridge', 'sitting']) {
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
		const { page, cspViolations, errors } = await openPage(browser);
		const visit = async (path: string) => {
			await page.goto(`${baseURL()}${path}`);
			await page.waitForLoadState('networkidle');
		};
		for (const path of ['/', '/conditions/sciatica/', '/tests/slump-test/', '/exercises/bird-dog/', '/treatment-principles/', '/red-flags/', '/symptoms/', '/references/']) {
			await visit(path);
		}
		await (await openSearch(page)).fill('piriformis');
		await page.locator('#starlight__search .pagefind-ui__result').first().waitFor();
		await visit('/differential/?f=saddle-numbness,worse-long-strides');
		expect(await page.locator('[data-differential-results] > li').count()).toBeGreaterThan(3);
		expect(await page.locator('[data-red-flag]').count()).toBe(1);
		await visit('/exercises/programme/?e=clamshell:3x12');
		expect(await page.locator('[data-programme-item]').count()).toBe(1);
		await visit('/tests/modified-bent-knee-stretch-test/');
		await page.locator('kb-posttest input').first().fill('30');
		expect(await page.locator('kb-posttest [data-output]').first().textContent()).toMatch(/Starting from 30%/);
		expect(await cspViolations()).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('structured data', () => {
	const { entries } = checkContent('content');
	const data = (collection: string, id: string) => entries.find((e) => e.collection === collection && e.id === id)!.data as Record<string, any>;
	const graphOf = (path: string) => {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(blocks).toHaveLength(1);
		return JSON.parse(blocks[0]![1]!)['@graph'][0];
	};
	const name = (collection: string, id: string) => data(collection, id).name as string;
	/** A link written on either side shows on both pages: own ids first, then ids that list this entry. */
	const both = (own: Array<{ id: string }>, collection: string, field: string, id: string) => [
		...new Set([...own.map((r) => r.id), ...entries.filter((e) => e.collection === collection && (e.data as any)[field].some((r: any) => r.id === id)).map((e) => e.id)]),
	];

	it('describes each condition page as a MedicalCondition matching its content', () => {
		for (const e of entries.filter((x) => x.collection === 'conditions')) {
			const c = e.data as Record<string, any>;
			const page = graphOf(`conditions/${e.id}`);
			expect(page['@type']).toBe('MedicalWebPage');
			expect(page.lastReviewed).toBe((c.reviewed as Date).toISOString().slice(0, 10));
			const condition = page.mainEntity;
			expect(condition['@type']).toBe('MedicalCondition');
			expect(condition.name).toBe(c.name);
			expect(condition.typicalTest.map((t: any) => t.name)).toEqual(both(c.tests, 'clinical-tests', 'targets', e.id).map((id) => name('clinical-tests', id)));
			expect(condition.possibleTreatment.map((t: any) => t.name)).toEqual(both(c.exercises, 'exercises', 'conditions', e.id).map((id) => name('exercises', id)));
			expect(condition.differentialDiagnosis.map((d: any) => [d['@type'], d.diagnosis.name, d.distinguishingSign.name])).toEqual(
				c.differentials.map((d: any) => ['DDxElement', name('conditions', d.condition.id), d.feature]),
			);
			const signs = c.keyFindings.filter((k: any) => pointsTowards(k)).map((k: any) => data('findings', k.finding.id).label);
			expect(condition.signOrSymptom.map((s: any) => s.name)).toEqual(signs);
		}
	});

	it('describes each test page as a MedicalTest and each exercise page as an ExercisePlan', () => {
		for (const e of entries.filter((x) => x.collection === 'clinical-tests')) {
			const t = e.data as Record<string, any>;
			const test = graphOf(`tests/${e.id}`).mainEntity;
			expect(test['@type']).toBe('MedicalTest');
			expect(test.usedToDiagnose.map((c: any) => c.name)).toEqual(both(t.targets, 'conditions', 'tests', e.id).map((id) => name('conditions', id)));
		}
		for (const e of entries.filter((x) => x.collection === 'exercises')) {
			const d = (e.data as Record<string, any>).dosage;
			const plan = graphOf(`exercises/${e.id}`).mainEntity;
			expect(plan['@type']).toBe('ExercisePlan');
			const reps = d.reps ?? d.sets;
			expect([plan.repetitions.minValue, plan.repetitions.maxValue]).toEqual([reps.min, reps.max ?? reps.min]);
			expect([plan.restPeriods.minValue, plan.restPeriods.maxValue, plan.restPeriods.unitCode]).toEqual([d.restSeconds.min, d.restSeconds.max ?? d.restSeconds.min, 'SEC']);
			expect(plan.activityFrequency).toMatchObject({ value: d.frequency.times, unitCode: d.frequency.per === 'day' ? 'DAY' : 'WEE' });
		}
	});

	it('gives every guide a MedicalWebPage with its reviewed date', () => {
		for (const e of entries.filter((x) => x.collection === 'docs' && x.id !== 'index')) {
			const page = graphOf(e.id);
			expect(page['@type']).toBe('MedicalWebPage');
			expect(page.lastReviewed).toBe(((e.data as { reviewed: Date }).reviewed).toISOString().slice(0, 10));
		}
	});
});

describe('valid HTML', () => {
	it('passes html-validate on every built page (rules turned off are listed with reasons in .htmlvalidate.mjs)', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const messages: string[] = [];
		for (const rel of htmlFiles(dist)) {
			const report = await validator.validateFile(join(dist, rel));
			for (const result of report.results) for (const m of result.messages) messages.push(`${rel}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(messages).toEqual([]);
	}, 120_000);
});
