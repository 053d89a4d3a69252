/**
 * A hast plugin for Astro's Markdown processor (Sätteri) that puts the site's base path in front of
 * root-relative links written in content: "/tests/slump-test/" becomes "/kb/tests/slump-test/" when
 * the site is deployed under /kb/. Authors write one form of link whatever the deployment. The rule
 * itself is src/lib/url.ts's `linkerFor`, the one every page and element uses too.
 */
import type { HastNode, HastPluginDefinition, HastVisitorContext } from 'satteri';
import { linkerFor } from '../../src/lib/url.ts';

type Visit = (node: Readonly<HastNode>, ctx: Pick<HastVisitorContext, 'setProperty'>) => void;

/** Rewrites one attribute (`href` on links, `src` on images) through `link`. */
const rewrite =
	(key: 'href' | 'src', link: (url: string) => string): Visit =>
	(node, ctx) => {
		const value = node.type === 'element' ? node.properties?.[key] : undefined;
		if (typeof value !== 'string') return;
		const next = link(value);
		if (next !== value) ctx.setProperty(node, key, next);
	};

export function baseLinksPlugin(base: string) {
	const link = linkerFor(base);
	return {
		name: 'kb-base-links',
		element: [
			{ filter: ['a'], visit: rewrite('href', link) },
			{ filter: ['img'], visit: rewrite('src', link) },
		],
	} satisfies HastPluginDefinition;
}
