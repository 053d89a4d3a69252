import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	headersFile,
	inlineScripts,
	scriptHash,
} from '../../src/lib/build/security-headers.ts';
import { parseHeadersFile } from '../../scripts/lib/serve.ts';

describe('inline scripts and their hashes', () => {
	it('finds executable inline scripts only', () => {
		const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script>
			<script type="application/json">{"c":1}</script><script type="application/ld+json">{}</script><SCRIPT type=text/javascript>d()</SCRIPT>`;
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'd()']);
	});

	it('hashes a body the way browsers do (SHA-256, base64)', () => {
		const expected = createHash('sha256').update('alert(1)').digest('base64');
		expect(scriptHash('alert(1)')).toBe(`'sha256-${expected}'`);
	});
});

describe('the policy', () => {
	const csp = contentSecurityPolicy([scriptHash('a'), scriptHash('a'), scriptHash('b')]);

	it('allows scripts by hash, never by unsafe-inline, and lets Pagefind start WebAssembly', () => {
		const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).toContain("'wasm-unsafe-eval'");
		expect(scriptSrc.match(/'sha256-/g)).toHaveLength(2);
		expect(csp).toContain("object-src 'none'");
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('is written in the _headers format the project’s server and static hosts read', () => {
		const rules = parseHeadersFile(headersFile([scriptHash('a')], '/kb/'));
		expect(rules[0]!.pattern).toBe('/kb/*');
		const names = rules[0]!.headers.map(([name]) => name);
		expect(names).toEqual(
			expect.arrayContaining([
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
			]),
		);
	});
});
