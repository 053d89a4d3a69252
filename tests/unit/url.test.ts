import { describe, expect, it } from 'vitest';
import { baseLinksPlugin } from '../../config/plugins/base-links.ts';
import {
	absoluteUrlFor,
	linkerFor,
	normaliseBase,
	pathInBase,
	printedAddress,
	sitePath,
} from '../../src/lib/url.ts';

describe('sitePath', () => {
	it('writes the public addresses of shared/DESIGN.md, each ending in a slash', () => {
		expect(sitePath.condition('sciatica')).toBe('/conditions/sciatica/');
		expect(sitePath.test('slump-test')).toBe('/tests/slump-test/');
		expect(sitePath.exercise('bird-dog')).toBe('/exercises/bird-dog/');
		expect(sitePath.reference('smith-2020')).toBe('/references/#smith-2020');
		expect(sitePath.redFlag('saddle-numbness')).toBe('/red-flags/#saddle-numbness');
		expect(sitePath.differential('?f=a,b')).toBe('/differential/?f=a,b');
		expect(sitePath.differential()).toBe('/differential/');
		expect(sitePath.programme('?e=x')).toBe('/exercises/programme/?e=x');
		expect(sitePath.guide('risk-factors')).toBe('/risk-factors/');
		expect(sitePath.caseStudy('case-1')).toBe('/cases/case-1/');
		expect(sitePath.cases).toBe('/cases/');
		expect(sitePath.testCalculator('slump-test', 28.4)).toBe(
			'/tests/slump-test/?pre=28.4#calculator',
		);
		expect([
			sitePath.home,
			sitePath.conditions,
			sitePath.tests,
			sitePath.exercises,
			sitePath.references,
			sitePath.redFlags,
			sitePath.symptoms,
		]).toEqual([
			'/',
			'/conditions/',
			'/tests/',
			'/exercises/',
			'/references/',
			'/red-flags/',
			'/symptoms/',
		]);
	});
});

describe('normaliseBase', () => {
	it.each([
		['/', '/'],
		['', '/'],
		['/kb', '/kb/'],
		['/kb/', '/kb/'],
		['kb', '/kb/'],
		['//a/b//', '/a/b/'],
	])('%j → %j', (base, expected) => {
		expect(normaliseBase(base)).toBe(expected);
	});
});

describe('linkerFor', () => {
	it.each([
		['/tests/slump-test/', '/kb/', '/kb/tests/slump-test/'],
		['/tests/slump-test/#accuracy', '/kb', '/kb/tests/slump-test/#accuracy'],
		['/kb/tests/', '/kb/', '/kb/tests/'],
		['/kb', '/kb/', '/kb'],
		['/kbx/', '/kb/', '/kb/kbx/'],
		['https://doi.org/10.1/x', '/kb/', 'https://doi.org/10.1/x'],
		['//cdn.example/x.js', '/kb/', '//cdn.example/x.js'],
		['#section', '/kb/', '#section'],
		['../other/', '/kb/', '../other/'],
		['/tests/', '/', '/tests/'],
	])('%s under %s → %s', (url, base, expected) => {
		expect(linkerFor(base)(url)).toBe(expected);
	});
});

describe('pathInBase', () => {
	it.each([
		['/kb/tests/', '/kb/', '/tests/'],
		['/kb/', '/kb/', '/'],
		['/kb', '/kb/', '/'],
		['/other/', '/kb/', undefined],
		['/tests/', '/', '/tests/'],
		['/', '/', '/'],
	])('%s under %s → %s', (pathname, base, expected) => {
		expect(pathInBase(pathname, base)).toBe(expected);
	});
});

describe('printedAddress', () => {
	it('prints the whole address, for a QR code, only when the build knows the public site', () => {
		expect(printedAddress('https://example.org/kb/exercises/bird-dog/', true)).toEqual({
			qr: true,
			url: 'https://example.org/kb/exercises/bird-dog/',
		});
		expect(printedAddress('http://localhost:4321/kb/exercises/bird-dog/', false)).toEqual({
			qr: false,
			path: '/kb/exercises/bird-dog/',
		});
	});
});

describe('absoluteUrlFor', () => {
	it('puts the site in front of a path that already carries the base', () => {
		expect(absoluteUrlFor('https://example.org')('/kb/exercises/bird-dog/')).toBe(
			'https://example.org/kb/exercises/bird-dog/',
		);
		expect(absoluteUrlFor('https://example.org/ignored/')('/x/')).toBe('https://example.org/x/');
	});
});

describe('baseLinksPlugin (config/plugins)', () => {
	it('rewrites link targets and image sources through the processor’s setProperty, and nothing else', () => {
		const plugin = baseLinksPlugin('/kb/');
		const changes: Array<[string, unknown]> = [];
		const ctx = {
			setProperty: (_node: unknown, key: string, value: unknown) => changes.push([key, value]),
		};
		const [links, images] = plugin.element;
		const element = (tagName: string, properties: Record<string, string>) => ({
			type: 'element' as const,
			tagName,
			properties,
			children: [],
		});
		links!.visit(element('a', { href: '/red-flags/' }), ctx);
		links!.visit(element('a', { href: 'https://doi.org/10.1/x' }), ctx);
		links!.visit(element('a', {}), ctx);
		images!.visit(element('img', { src: '/favicon.svg' }), ctx);
		images!.visit({ type: 'text', value: '/x/' } as never, ctx);
		expect(changes).toEqual([
			['href', '/kb/red-flags/'],
			['src', '/kb/favicon.svg'],
		]);
		expect(links!.filter).toEqual(['a']);
		expect(images!.filter).toEqual(['img']);
	});
});
