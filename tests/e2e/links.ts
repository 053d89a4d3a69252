/**
 * Resolves every local href and src in a built site to a file, and every #fragment to an element
 * with that id, the way a static host would serve them under `base`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

export function brokenLinks(dir: string, base = '/'): { broken: string[]; checked: number } {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const fileFor = (pathname: string) => {
		if (!pathname.startsWith(prefix)) return undefined;
		const clean = decodeURIComponent(pathname.slice(prefix.length));
		const candidates = clean === '' || clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean), join(dir, clean, 'index.html')];
		return candidates.find((c) => existsSync(c) && !c.endsWith('/'));
	};
	const ids = new Map<string, Set<string>>();
	const idsIn = (file: string) => {
		if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
		return ids.get(file)!;
	};
	const broken: string[] = [];
	let checked = 0;
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
			if (hash && hash !== '_top' && target.endsWith('.html') && !idsIn(target).has(hash)) broken.push(`${rel}: ${raw} (no #${hash})`);
		}
	}
	return { broken, checked };
}
