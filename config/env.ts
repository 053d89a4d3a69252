/**
 * Every environment variable the project reads, parsed once with a schema. Astro's config, the
 * scripts, the tests and the benchmark import `env` from here instead of reading `process.env`
 * themselves, so this file is the list of what can be set, and a bad value stops with a message
 * that names the variable and says what it should look like.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';

/** A flag set to "1" (anything else, or unset, is off). */
const flag = z
	.enum(['0', '1'], { error: 'must be 1 (on) or 0 (off)' })
	.optional()
	.transform((value) => value === '1');

const envSchema = z.object({
	/** Where authored content lives. Tests point it at a fixture to prove a content mistake stops the build. */
	KB_CONTENT_DIR: z
		.string()
		.min(1)
		.optional()
		.transform((dir) => (dir ? resolve(dir) : './content')),
	/** Build output; the benchmark and the sub-path check build beside dist/ without touching it. */
	KB_OUT_DIR: z.string().min(1).default('dist'),
	/** Astro's cache; a build from other content keeps its own, so neither reads the other's stale entries. */
	KB_CACHE_DIR: z.string().min(1).default('./node_modules/.astro'),
	/**
	 * The site's address: canonical links, the sitemap, JSON-LD and the QR codes on printed sheets.
	 * Unset, a local address stands in for links, and SITE_URL_GIVEN is false so that nothing meant
	 * for paper (a QR code) carries it.
	 */
	SITE_URL: z
		.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://example.org' })
		.optional(),
	/** The sub-path the site is served under ("/" or "/kb/"). */
	BASE_PATH: z
		.string()
		.regex(/^\/(?:[\w.~-]+\/?)*$/, {
			error: 'must be a path that starts with "/", such as / or /kb/',
		})
		.default('/'),
	/** Port of `npm run serve`. */
	PORT: z.coerce
		.number({ error: 'must be a port number' })
		.int({ error: 'must be a whole number' })
		.min(0, { error: 'must be between 0 and 65535' })
		.max(65535, { error: 'must be between 0 and 65535' })
		.default(4321),
	/** The Chromium the browser tests, the screenshots and the benchmark drive. */
	CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
	/** Browser tests reuse an existing dist/ instead of building (for quick local reruns). */
	E2E_REUSE_DIST: flag,
});

/** The address a build without SITE_URL uses for its links: the local server of `npm start`. */
const localSite = 'http://localhost:4321';

/** The parsed environment: every variable with its default, and whether SITE_URL was given. */
const withDefaults = envSchema.transform(({ SITE_URL, ...rest }) => ({
	...rest,
	SITE_URL: SITE_URL ?? localSite,
	SITE_URL_GIVEN: SITE_URL !== undefined,
}));

export type Env = z.infer<typeof withDefaults>;

/** Parses an environment (process.env by default); throws one message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
	// An empty string means unset, as shells and CI settings often leave it.
	const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
	const result = withDefaults.safeParse(present);
	if (result.success) return result.data;
	const problems = result.error.issues.map(
		(issue) =>
			`  ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(source[String(issue.path[0])])})`,
	);
	throw new Error(`Invalid environment variable(s), see config/env.ts:\n${problems.join('\n')}`);
}

/** The environment this process started with, parsed once. */
export const env: Env = parseEnv();
