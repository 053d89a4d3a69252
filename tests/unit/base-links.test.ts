import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, withBasePath } from '../../src/lib/base-links.ts';

describe('withBasePath', () => {
	it.each([
		['/tests/slump-test/', '/kb/', '/kb/tests/slump-test/'],
		['/tests/slump-test/#accuracy', '/kb', '/kb/tests/slump-test/#accuracy'],
		['/kb/tests/', '/kb/', '/kb/tests/'],
		['https://doi.org/10.1/x', '/kb/', 'https://doi.org/10.1/x'],
		['//cdn.example/x.js', '/kb/', '//cdn.example/x.js'],
		['#section', '/kb/', '#section'],
		['../other/', '/kb/', '../other/'],
		['/tests/', '/', '/tests/'],
	])('%s under %s → %s', (url, base, expected) => {
		expect(withBasePath(url, base)).toBe(expected);
	});
});

describe('baseLinksPlugin', () => {
	it('rewrites link targets and image sources through the processor’s setProperty', () => {
		const plugin = baseLinksPlugin('/kb/');
		const changes: Array<[string, unknown]> = [];
		const ctx = { setProperty: (_node: unknown, key: string, value: unknown) => changes.push([key, value]) };
		const [links, images] = plugin.element;
		const element = (tagName: string, properties: Record<string, string>) => ({ type: 'element' as const, tagName, properties, children: [] });
		links!.visit(element('a', { href: '/red-flags/' }), ctx);
		links!.visit(element('a', { href: 'https://doi.org/10.1/x' }), ctx);
		images!.visit(element('img', { src: '/favicon.svg' }), ctx);
		expect(changes).toEqual([
			['href', '/kb/red-flags/'],
			['src', '/kb/favicon.svg'],
		]);
		expect(links!.filter).toEqual(['a']);
	});
});
