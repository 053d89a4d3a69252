/**
 * The Content Security Policy and hardening headers for static hosts. Inline scripts are allowed by
 * their SHA-256 hash, never by 'unsafe-inline'; Pagefind needs 'wasm-unsafe-eval' to start its
 * WebAssembly search. Styles keep 'unsafe-inline' because Starlight writes style attributes, which
 * hashes cannot allow in every browser; styles cannot run code.
 */
import { createHash } from 'node:crypto';
import { normaliseBase } from '../url.ts';

/** Script types the browser executes; data blocks (JSON, JSON-LD) are not subject to script-src. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The bodies of inline scripts a browser would execute in a page of HTML. */
export function inlineScripts(html: string): string[] {
	const scripts: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attrs = match[1] ?? '';
		if (/\ssrc\s*=/i.test(attrs)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
		if (EXECUTABLE.has(type)) scripts.push(match[2] ?? '');
	}
	return scripts;
}

/** 'sha256-…' source expression for one script body, as browsers compute it. */
export function scriptHash(body: string): string {
	return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

export function contentSecurityPolicy(hashes: Iterable<string>): string {
	const scriptSources = ["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort()];
	return [
		"default-src 'self'",
		`script-src ${scriptSources.join(' ')}`,
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/** The `_headers` file (Netlify and Cloudflare Pages format) for a site whose pages have these inline scripts. */
export function headersFile(hashes: Iterable<string>, base = '/'): string {
	const prefix = normaliseBase(base);
	const lines = [
		`${prefix}*`,
		`  Content-Security-Policy: ${contentSecurityPolicy(hashes)}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		'  X-Frame-Options: DENY',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
		'  Strict-Transport-Security: max-age=31536000; includeSubDomains',
		`${prefix}_astro/*`,
		'  Cache-Control: public, max-age=31536000, immutable',
	];
	return `${lines.join('\n')}\n`;
}
