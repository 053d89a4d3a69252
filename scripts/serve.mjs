// A small static server for dist/: `npm start` uses it in the foreground and the browser tests own
// one per run. It serves files only from the root it is given, answers 404 with the site's own
// 404 page, and can apply the `_headers` file the build writes for static hosts.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
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

/**
 * Parses the Netlify/Cloudflare `_headers` format: a path pattern on its own line, then indented
 * `Name: value` lines. Only `/*` and exact paths are used by this site.
 */
export function parseHeadersFile(text) {
	const rules = [];
	let current;
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

function matches(pattern, path) {
	if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
	return pattern === path;
}

/** Maps a URL path to a file inside root, or undefined; never escapes root. */
function fileFor(root, urlPath) {
	let decoded;
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

/**
 * Starts a server for `root`. `base` is the sub-path the site was built for ("/" or "/kb/");
 * `withHeaders` applies root/_headers. Resolves to the listening server.
 */
export function serve({ root = 'dist', port = 4321, host = '127.0.0.1', base = '/', withHeaders = false } = {}) {
	const absRoot = resolve(root);
	const rules = withHeaders && existsSync(join(absRoot, '_headers')) ? parseHeadersFile(readFileSync(join(absRoot, '_headers'), 'utf8')) : [];
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		for (const rule of rules) if (matches(rule.pattern, url.pathname)) for (const [k, v] of rule.headers) res.setHeader(k, v);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		const inBase = url.pathname === prefix.slice(0, -1) || url.pathname.startsWith(prefix);
		const sitePath = inBase ? `/${url.pathname.slice(prefix.length)}` : undefined;
		if (sitePath !== undefined && !sitePath.endsWith('/') && !extname(sitePath) && fileFor(absRoot, `${sitePath}/`)) {
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
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolvePromise(server));
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4321);
	const base = process.env.BASE_PATH ?? '/';
	await serve({ root: 'dist', port, base, withHeaders: true });
	console.log(`Serving dist/ at http://localhost:${port}${base} (Ctrl+C to stop)`);
}
