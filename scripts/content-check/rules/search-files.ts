/**
 * The two search files (content/search): each parses against its schema, and every page path,
 * finding and red flag they name exists, so a mistyped path fails the build with file, field and
 * problem instead of quietly boosting nothing.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { layWordFileSchema, type LayWordFile } from '../../../src/schemas/lay-word.ts';
import { searchQueryFileSchema, type SearchQueryFile } from '../../../src/schemas/search-query.ts';
import { readContentFile } from '../../../src/lib/build/content-files.ts';
import { sitePath } from '../../../src/lib/url.ts';
import { issuesOf } from '../load.ts';
import type { ContentProblem, ContentRule, LoadedContent } from '../rule.ts';

/** The files Astro's `lay-words` and `search-queries` collections load (src/content.config.ts). */
export const layWordsFile = join('search', 'lay-words.yaml');
export const searchQueriesFile = join('search', 'queries.yaml');

/** Every page path the content publishes: entity pages, guides and the fixed pages. */
export function publishedPaths(content: LoadedContent): Set<string> {
	const byCollection: Record<string, (id: string) => string> = {
		conditions: sitePath.condition,
		'clinical-tests': sitePath.test,
		exercises: sitePath.exercise,
		docs: (id) => (id === 'index' ? sitePath.home : sitePath.guide(id)),
	};
	const fixed = [
		sitePath.home,
		sitePath.conditions,
		sitePath.tests,
		sitePath.exercises,
		sitePath.references,
		sitePath.redFlags,
		sitePath.symptoms,
		sitePath.differential(),
		sitePath.programme(),
	];
	return new Set([
		...fixed,
		...content.entries.flatMap((e) => {
			const path = byCollection[e.collection];
			return path ? [path(e.id)] : [];
		}),
	]);
}

function parse<T>(
	content: LoadedContent,
	name: string,
	schema: z.ZodType<T>,
): { file: string; data?: T; problems: ContentProblem[] } {
	const file = content.shown(join(content.root, name));
	let raw: unknown;
	try {
		raw = readContentFile(join(content.root, name)).data;
	} catch (error) {
		return {
			file,
			problems: [{ file, field: '', message: `cannot be read: ${(error as Error).message}` }],
		};
	}
	const result = schema.safeParse(raw);
	return result.success
		? { file, data: result.data, problems: [] }
		: { file, problems: issuesOf(result.error, file) };
}

export const searchFiles: ContentRule = {
	name: 'the search vocabulary and query set name pages and findings that exist',
	check(content) {
		const paths = publishedPaths(content);
		const findings = new Map(
			content.entries
				.filter((e) => e.collection === 'findings')
				.map((e) => [e.id, (e.data as { group: string }).group === 'red-flag']),
		);
		const problems: ContentProblem[] = [];
		const lay = parse<LayWordFile>(content, layWordsFile, layWordFileSchema);
		const queries = parse<SearchQueryFile>(content, searchQueriesFile, searchQueryFileSchema);
		problems.push(...lay.problems, ...queries.problems);
		const at = (file: string) => (field: string, message: string) =>
			problems.push({ file, field, message });
		const pathsExist = (report: ReturnType<typeof at>, field: string, list: readonly string[]) =>
			list.forEach((p, i) => {
				if (!paths.has(p)) report(`${field}[${i}]`, `no page has the path ${p}`);
			});
		const findingsAre = (
			report: ReturnType<typeof at>,
			field: string,
			list: readonly string[],
			redFlag: boolean,
		) =>
			list.forEach((id, i) => {
				const isRedFlag = findings.get(id);
				if (isRedFlag === undefined) report(`${field}[${i}]`, `no finding has the id "${id}"`);
				else if (isRedFlag !== redFlag)
					report(
						`${field}[${i}]`,
						redFlag
							? `"${id}" is not a red-flag finding`
							: `"${id}" is a red flag: list it in redFlags instead`,
					);
			});
		if (lay.data) {
			const report = at(lay.file);
			lay.data.words.forEach((w, i) => {
				pathsExist(report, `words[${i}].pages`, w.pages);
				pathsExist(report, `words[${i}].avoid`, w.avoid);
				findingsAre(report, `words[${i}].findings`, w.findings, false);
				findingsAre(report, `words[${i}].redFlags`, w.redFlags, true);
			});
			lay.data.redFlagRules.forEach((r, i) => {
				if (findings.get(r.redFlag) !== true)
					report(`redFlagRules[${i}].redFlag`, `"${r.redFlag}" is not a red-flag finding`);
			});
		}
		if (queries.data) {
			const report = at(queries.file);
			queries.data.queries.forEach((q, i) => {
				pathsExist(report, `queries[${i}].expect`, q.expect);
				pathsExist(report, `queries[${i}].notInTop3`, q.notInTop3);
				findingsAre(report, `queries[${i}].redFlags`, q.redFlags, true);
			});
		}
		return problems;
	},
};
