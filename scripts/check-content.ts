/**
 * Validates every content file against its schema and checks that every cross-reference resolves.
 * Runs before `astro build` (Astro only logs dangling references) and inside `npm test`.
 * Each problem is printed as `file: field: message`; any problem exits with status 1.
 *
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { strengthGrades } from '../src/schemas/condition.ts';
import { strengthGradeSchema } from '../src/schemas/strength-grade.ts';
import { entityCollections } from '../src/schemas/index.ts';
import { guideExtension } from '../src/schemas/docs.ts';
import { kebabId, type CollectionName, type EntryRef, type ReferenceFn } from '../src/schemas/shared.ts';
import {
	findDanglingReferences,
	formatProblem,
	type ContentProblem,
	type LoadedEntry,
} from '../src/lib/content/integrity.ts';
import { checkConditionSections } from '../src/lib/content/condition-sections.ts';

/** Stands in for Astro's `reference()`: parses an id into the `{ collection, id }` shape Astro produces. */
export const stubReference: ReferenceFn = <C extends CollectionName>(collection: C) =>
	kebabId.transform((id): EntryRef<C> => ({ collection, id }));

function listFiles(dir: string, extensions: readonly string[]): string[] {
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names
		.filter((name) => !name.split('/').some((part) => part.startsWith('_')))
		.filter((name) => extensions.some((ext) => name.endsWith(`.${ext}`)))
		.sort();
}

/** Reads a YAML file, or the YAML frontmatter of an MDX/Markdown file. */
function readData(file: string, isData: boolean): unknown {
	const source = readFileSync(file, 'utf8');
	if (isData) return parse(source);
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
	if (!match) throw new Error('has no YAML frontmatter between --- lines');
	return parse(match[1] ?? '');
}

function issuesOf(error: z.ZodError, file: string): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join(''),
		message: issue.message,
	}));
}

/** The strength-grade table must give an LR for every grade a condition may use, and nothing else. */
function checkStrengthGrades(root: string, shown: (file: string) => string): ContentProblem[] {
	const file = join(root, 'differential', 'strength-grades.yaml');
	let table: unknown;
	try {
		table = readData(file, true);
	} catch (error) {
		return [{ file: shown(file), field: '', message: `cannot be read: ${(error as Error).message}` }];
	}
	const result = z.strictObject(Object.fromEntries(strengthGrades.map((g) => [g, strengthGradeSchema]))).safeParse(table);
	return result.success ? [] : issuesOf(result.error, shown(file));
}

/** Every <Cite id="…" /> in MDX prose must name a reference (the page would otherwise fail to render). */
function findUnknownCitations(root: string, entries: readonly LoadedEntry[], shown: (file: string) => string): ContentProblem[] {
	const references = new Set(entries.filter((e) => e.collection === 'references').map((e) => e.id));
	const problems: ContentProblem[] = [];
	for (const dir of ['conditions', 'clinical-tests', 'exercises', 'docs']) {
		for (const name of listFiles(join(root, dir), ['md', 'mdx'])) {
			const file = join(root, dir, name);
			const source = readFileSync(file, 'utf8');
			for (const match of source.matchAll(/<Cite\s+id=["']([^"']*)["']/g)) {
				if (!references.has(match[1]!)) {
					const line = source.slice(0, match.index).split('\n').length;
					problems.push({ file: shown(file), field: `line ${line} <Cite id="${match[1]}">`, message: 'no such reference in content/references' });
				}
			}
		}
	}
	return problems;
}

export interface CheckResult {
	problems: ContentProblem[];
	entries: LoadedEntry[];
}

/** Loads and validates the whole content folder. */
export function checkContent(root: string): CheckResult {
	const problems: ContentProblem[] = [];
	const entries: LoadedEntry[] = [];
	const shown = (file: string) => relative(process.cwd(), file) || file;

	const load = (dir: string, extensions: readonly string[], isData: boolean, schema: z.ZodType, collection: string) => {
		for (const name of listFiles(join(root, dir), extensions)) {
			const file = join(root, dir, name);
			const id = name.replace(/\.[^.]+$/, '');
			let data: unknown;
			try {
				data = readData(file, isData);
			} catch (error) {
				problems.push({ file: shown(file), field: '', message: `cannot be read: ${(error as Error).message}` });
				continue;
			}
			const result = schema.safeParse(data);
			if (!result.success) {
				problems.push(...issuesOf(result.error, shown(file)));
				continue;
			}
			if (collection !== 'docs' && !kebabId.safeParse(id).success) {
				problems.push({ file: shown(file), field: '(file name)', message: 'the file name is the public id and must be kebab-case' });
			}
			entries.push({ collection, id, file: shown(file), data: result.data });
		}
	};

	for (const [collection, { dir, extension, schema }] of Object.entries(entityCollections(stubReference))) {
		load(dir, [extension], extension === 'yaml', schema, collection);
	}
	load('docs', ['md', 'mdx'], false, guideExtension, 'docs');
	problems.push(...checkStrengthGrades(root, shown));

	problems.push(...findDanglingReferences(entries));
	problems.push(...findUnknownCitations(root, entries, shown));
	// Articles move to the layered shape one by one; a file that has started (it has <Clinician>) must follow it whole.
	for (const name of listFiles(join(root, 'conditions'), ['mdx'])) {
		const file = join(root, 'conditions', name);
		const source = readFileSync(file, 'utf8');
		if (source.includes('<Clinician>')) problems.push(...checkConditionSections(shown(file), source));
	}
	return { problems, entries };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = resolve(process.argv[2] ?? process.env.KB_CONTENT_DIR ?? 'content');
	const { problems, entries } = checkContent(root);
	if (problems.length > 0) {
		console.error(`Content check failed with ${problems.length} problem(s):`);
		for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
		process.exit(1);
	}
	console.log(`Content check passed: ${entries.length} entries in ${relative(process.cwd(), root) || root}.`);
}
