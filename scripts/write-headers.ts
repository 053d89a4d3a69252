/**
 * After `astro build`: hashes every inline script in the built HTML and writes `_headers` (the
 * format Netlify and Cloudflare Pages read) with a Content Security Policy that allows exactly those
 * scripts. Run as part of `npm run build`, so the policy can never lag behind the pages.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { env } from '../config/env.ts';
import { headersFile, inlineScripts, scriptHash } from '../src/lib/build/security-headers.ts';

const outDir = env.KB_OUT_DIR;
const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
	f.endsWith('.html'),
);
const hashes = new Set<string>();
for (const file of htmlFiles)
	for (const body of inlineScripts(readFileSync(join(outDir, file), 'utf8')))
		hashes.add(scriptHash(body));
writeFileSync(join(outDir, '_headers'), headersFile(hashes, env.BASE_PATH));
console.log(
	`Wrote ${join(outDir, '_headers')}: ${hashes.size} inline script hash(es) from ${htmlFiles.length} pages.`,
);
