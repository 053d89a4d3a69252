/**
 * Puts the site's base path in front of root-relative links written in content ("/tests/slump-test/"
 * becomes "/kb/tests/slump-test/" when the site is deployed under /kb/), so authors write one form of
 * link whatever the deployment. `baseLinksPlugin` is a hast plugin for Astro's Markdown processor
 * (Sätteri); it rewrites `href` on links and `src` on images.
 */

/** Prefixes `base` to a root-relative URL; leaves external, protocol-relative and relative URLs alone. */
export function withBasePath(url: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`)) return url;
	return `${prefix}${url}`;
}

import type { HastPluginDefinition, HastVisitorContext, HastNode } from 'satteri';

const rewrite =
	(key: 'href' | 'src', base: string) =>
	(node: Readonly<HastNode>, ctx: Pick<HastVisitorContext, 'setProperty'>): void => {
		const value = node.type === 'element' ? node.properties?.[key] : undefined;
		if (typeof value !== 'string') return;
		const next = withBasePath(value, base);
		if (next !== value) ctx.setProperty(node, key, next);
	};

export function baseLinksPlugin(base: string) {
	return {
		name: 'kb-base-links',
		element: [
			{ filter: ['a'], visit: rewrite('href', base) },
			{ filter: ['img'], visit: rewrite('src', base) },
		],
	} satisfies HastPluginDefinition;
}
