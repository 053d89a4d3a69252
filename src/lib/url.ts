/**
 * Every address the site promises to readers (shared/DESIGN.md, "Public contracts"), and the one way
 * to put the deployment's base path in front of it. Pages, the browser elements (with
 * `import.meta.env.BASE_URL`), the Markdown plugin, the sidebar, the headers file and the server all
 * build their links here, so a URL is written once and the trailing-slash rule (every page path ends
 * in "/", as `trailingSlash: 'always'` in astro.config.ts requires) lives in these two files only.
 */

/**
 * Root-relative paths, without the base, one builder per kind of page (./site-paths.ts): a namespace,
 * so a browser bundle carries only the builders it uses.
 */
export * as sitePath from './site-paths.ts';

/**
 * The UK numbers the red-flags page makes tappable: 999 for emergencies, NHS 111 for urgent advice
 * (the numbers the red flags' own advice in content names).
 */
export const ukPhone = { emergency: 'tel:999', urgentAdvice: 'tel:111' } as const;

/** The base path in its one canonical form, with a slash at each end: "/" or "/kb/". */
export function normaliseBase(base: string): string {
	const inner = base.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/**
 * Binds the deployment base once. Root-relative paths get the base in front; external,
 * protocol-relative, relative, fragment-only and already-prefixed URLs pass through unchanged, so
 * the Markdown plugin can run every link in content through the same function.
 *
 *     const href = linkerFor(import.meta.env.BASE_URL);
 *     href(sitePath.condition('sciatica')); // "/kb/conditions/sciatica/" under /kb/
 */
export function linkerFor(base: string): (url: string) => string {
	const prefix = normaliseBase(base).slice(0, -1);
	return (url) =>
		prefix && url[0] === '/' && url[1] !== '/' && url !== prefix && !url.startsWith(`${prefix}/`)
			? prefix + url
			: url;
}

/**
 * The site path of a request path (`Astro.url.pathname`, a server's request), or undefined when it
 * lies outside the base: "/kb/tests/" under "/kb/" is "/tests/".
 */
export function pathInBase(pathname: string, base: string): string | undefined {
	const prefix = normaliseBase(base);
	if (pathname === prefix.slice(0, -1) || pathname === prefix) return '/';
	return pathname.startsWith(prefix) ? `/${pathname.slice(prefix.length)}` : undefined;
}

/**
 * Binds the site's address once: the absolute URL of a path that already carries the base (an
 * `href` result, or `Astro.url.pathname`). Canonical links, JSON-LD and QR codes all use this form.
 */
export function absoluteUrlFor(site: string): (pathWithBase: string) => string {
	return (pathWithBase) => new URL(pathWithBase, site).href;
}

/** What a printed sheet may carry of a page's address (its QR code and the line under it). */
export type PrintedAddress = { qr: true; url: string } | { qr: false; path: string };

/**
 * The whole address when the build was given the site's public address; otherwise only the path,
 * because the stand-in address of a build without one (localhost) would send a reader nowhere.
 */
export function printedAddress(url: string, siteGiven: boolean): PrintedAddress {
	return siteGiven ? { qr: true, url } : { qr: false, path: new URL(url).pathname };
}
