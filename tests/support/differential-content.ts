/**
 * Loads the real content for the helper's unit tests the way the content check does (no Astro), so
 * the model the tests reason with is the one the page will embed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../scripts/content-check/check.ts';
import { parseContent } from '../../src/lib/content/frontmatter.ts';
import type { LoadedContent } from '../../src/lib/differential/engine/index.ts';

/** A prose file's frontmatter and body, read as the content check reads them. */
export function frontmatter(file: string): { data: unknown; body: string } {
	const { data, body } = parseContent(readFileSync(file, 'utf8'), 'prose');
	return { data, body };
}

export function loadContent(root = 'content') {
	const { entries, problems } = checkContent(root);
	if (problems.length > 0)
		throw new Error(
			`content problems:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`,
		);
	const of = (collection: string) => entries.filter((e) => e.collection === collection) as never[];
	const gradesFile = join(root, 'differential', 'strength-grades.yaml');
	const grades = Object.entries(
		parse(readFileSync(gradesFile, 'utf8')) as Record<
			string,
			{ sensitivity: number; specificity: number; label: string; meaning: string }
		>,
	).map(([id, data]) => ({ id, data }));
	const methodFile = join(root, 'differential', 'method.md');
	const method = frontmatter(methodFile);
	const content: LoadedContent = {
		conditions: of('conditions'),
		tests: of('clinical-tests'),
		findings: of('findings'),
		settings: of('settings'),
		references: of('references'),
		grades,
		method: method.data,
		gradesFile,
		methodFile,
	};
	return {
		content,
		cases: entries.filter((e) => e.collection === 'cases'),
		methodBody: method.body,
		conditions: of('conditions') as Array<{ id: string; data: { emergency: boolean } }>,
	};
}
