/**
 * A small static server for a built site: `npm run serve` uses it in the foreground, the browser
 * tests and the benchmark own one per run. It serves files only from the root it is given, answers
 * 404 with the site's own 404 page, and can apply the `_headers` file the build writes for static
 * hosts. `npm run serve` runs it through scripts/serve.ts.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathInBase } from '../../src/lib/url.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};

export interface HeaderRule {
	pattern: string;
	headers: Array<[string, string]>;
}

/**
 * Parses the Netlify/Cloudflare `_headers` format: a path pattern on its own line, then indented
 * `Name: value` lines. Only `/*` and exact paths are used by this site.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	let current: HeaderRule | undefined;
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = { pattern: line.trim(), headers: [] };
			rules.push(current);
		} else if (current) {
			const at = line.indexOf(':');
			if (at > 0) current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
	return pattern === path;
}

/** Maps a URL path to a file inside root, or undefined; never escapes root. */
function fileFor(root: string, urlPath: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	if (decoded.includes('\0')) return undefined;
	const candidate = normalize(join(root, decoded));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isDirectory()) {
		const index = join(candidate, 'index.html');
		return existsSync(index) ? index : undefined;
	}
	return existsSync(candidate) ? candidate : undefined;
}

export interface ServeOptions {
	root?: string;
	port?: number;
	host?: string;
	/** The sub-path the site was built for ("/" or "/kb/"). */
	base?: string;
	/** Apply root/_headers, as a static host would. */
	withHeaders?: boolean;
}

/** Starts a server for `root`; resolves to the listening server. */
export function serve({
	root = 'dist',
	port = 4321,
	host = '127.0.0.1',
	base = '/',
	withHeaders = false,
}: ServeOptions = {}): Promise<Server> {
	const absRoot = resolve(root);
	const headersPath = join(absRoot, '_headers');
	const rules =
		withHeaders && existsSync(headersPath)
			? parseHeadersFile(readFileSync(headersPath, 'utf8'))
			: [];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		for (const rule of rules)
			if (matches(rule.pattern, url.pathname))
				for (const [k, v] of rule.headers) res.setHeader(k, v);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const sitePath = pathInBase(url.pathname, base);
		if (
			sitePath !== undefined &&
			!sitePath.endsWith('/') &&
			!extname(sitePath) &&
			fileFor(absRoot, `${sitePath}/`)
		) {
			res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		const file = sitePath === undefined ? undefined : fileFor(absRoot, sitePath);
		if (!file) {
			const notFound = join(absRoot, '404.html');
			res.writeHead(404, { 'Content-Type': types['.html'] });
			if (req.method === 'HEAD' || !existsSync(notFound)) res.end();
			else createReadStream(notFound).pipe(res);
			return;
		}
		res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((done, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => done(server));
	});
}
