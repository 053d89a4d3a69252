/**
 * The link checker: resolves every local href and src in a built site to a file, and every
 * #fragment to an element with that id, the way a static host would serve them under `base`.
 * `npm run check:links` runs it (scripts/check-links.ts); the browser tests run it at the root and
 * under a sub-path.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase, pathInBase } from '../../src/lib/url.ts';

/** Every HTML file in `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

export interface LinkReport {
	/** "page.html: target (what is missing)", one per broken link. */
	broken: string[];
	/** How many local links were checked. */
	checked: number;
}

export function brokenLinks(dir: string, base = '/'): LinkReport {
	const fileFor = (pathname: string) => {
		const sitePath = pathInBase(pathname, base);
		if (sitePath === undefined) return undefined;
		const clean = decodeURIComponent(sitePath.slice(1));
		const candidates =
			clean === '' || clean.endsWith('/')
				? [join(dir, clean, 'index.html')]
				: [join(dir, clean), join(dir, clean, 'index.html')];
		return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
	};
	const ids = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		let found = ids.get(file);
		if (!found) {
			found = new Set(
				[...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!),
			);
			ids.set(file, found);
		}
		return found;
	};
	const broken: string[] = [];
	let checked = 0;
	const prefix = normaliseBase(base);
	for (const rel of htmlFiles(dir)) {
		const html = readFileSync(join(dir, rel), 'utf8');
		const pagePath = `${prefix}${rel.replace(/index\.html$/, '')}`;
		for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
			const raw = m[1]!.replace(/&amp;/g, '&');
			if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
			checked++;
			const url = new URL(raw, `http://site${pagePath}`);
			const target = fileFor(url.pathname);
			if (!target) {
				broken.push(`${rel}: ${raw} (no file)`);
				continue;
			}
			const hash = decodeURIComponent(url.hash.slice(1));
			if (hash && hash !== '_top' && target.endsWith('.html') && !idsIn(target).has(hash))
				broken.push(`${rel}: ${raw} (no #${hash})`);
		}
	}
	return { broken, checked };
}
