/**
 * `npm run check:content`: validates every content file against its schema and runs every content
 * rule (rules/), before `astro build` (Astro only logs dangling references) and inside `npm test`.
 * Each problem is printed as `file: field: message`; any problem exits with status 1.
 *
 * Usage: node scripts/content-check/index.ts [content-dir]   (default: KB_CONTENT_DIR, else content/)
 */
import { relative, resolve } from 'node:path';
import { contentRoot } from '../../config/content-root.ts';
import { formatProblem } from '../../src/lib/content/integrity.ts';
import { checkContent } from './check.ts';

const root = resolve(process.argv[2] ?? contentRoot);
const { problems, entries } = checkContent(root);
if (problems.length > 0) {
	console.error(`Content check failed with ${problems.length} problem(s):`);
	for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
	process.exit(1);
}
console.log(
	`Content check passed: ${entries.length} entries in ${relative(process.cwd(), root) || root}.`,
);
