/**
 * Every path the site promises to readers (shared/DESIGN.md, "Public contracts"), root-relative and
 * without the base: import it as `sitePath` from ./url.ts and put the base in front with `linkerFor`.
 * Fixed pages are strings; pages that take an id or a query are functions. Every page path ends in
 * "/" (`trailingSlash: 'always'` in astro.config.ts).
 */

export const home = '/';
export const conditions = '/conditions/';
export const condition = (id: string) => `/conditions/${id}/`;
export const tests = '/tests/';
export const test = (id: string) => `/tests/${id}/`;
/**
 * A test page opened at its post-test calculator with the pre-test probability filled in, in percent
 * (the differential helper links here so a reader can check its arithmetic).
 */
export const testCalculator = (id: string, preTestPercent: number) =>
	`/tests/${id}/?pre=${preTestPercent}#calculator`;
export const exercises = '/exercises/';
export const exercise = (id: string) => `/exercises/${id}/`;
export const references = '/references/';
export const reference = (id: string) => `/references/#${id}`;
export const redFlags = '/red-flags/';
export const redFlag = (findingId: string) => `/red-flags/#${findingId}`;
export const symptoms = '/symptoms/';
/** `query` is a query string from src/lib/differential/engine/query.ts ("?f=…"), or empty. */
export const differential = (query = '') => `/differential/${query}`;
/** `query` is a query string from src/lib/exercise/programme.ts ("?e=…"), or empty. */
export const programme = (query = '') => `/exercises/programme/${query}`;
/** A guide in content/docs, by its id ("risk-factors"). */
export const guide = (id: string) => `/${id}/`;
/** The published case library, and one case from it. */
export const cases = '/cases/';
export const caseStudy = (id: string) => `/cases/${id}/`;
/** What the search dialog downloads when it opens (src/pages/search-data.json.ts). */
export const searchData = '/search-data.json';
