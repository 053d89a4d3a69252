/**
 * Loads a content folder the way Astro's collections do (the same folders, schemas and draft rule)
 * and validates every file against its schema. Each file that cannot be read or parsed becomes a
 * `file: field: message` problem; the rest become entries for the rules.
 */
import { relative } from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { guideExtension } from '../../src/schemas/docs.ts';
import { entityCollections } from '../../src/schemas/index.ts';
import { kebabId } from '../../src/schemas/shared.ts';
import { listContentFiles, readContentFile } from '../../src/lib/build/content-files.ts';
import { plainReference } from '../../src/lib/content/plain-reference.ts';
import type { ContentProblem, LoadedContent, LoadedEntry, ProseFile } from './rule.ts';

/** A schema issue as a problem: the field as a path ("accuracy[0].source") and the schema's message. */
export function issuesOf(error: z.ZodError, file: string): ContentProblem[] {
	return error.issues.map((issue) => ({
		file,
		field: issue.path
			.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
			.join(''),
		message: issue.message,
	}));
}

interface Folder {
	collection: string;
	dir: string;
	extensions: readonly string[];
	schema: z.ZodType;
	/** Whether the file name is a public id, which must be kebab-case (guides keep Starlight's rules). */
	publicId: boolean;
}

/**
 * Starlight's full frontmatter schema for guides, extended as src/content.config.ts extends it. Astro
 * passes an `image()` schema that resolves image files; outside Astro a path string stands in for it.
 */
const guideSchema = docsSchema({ extend: guideExtension })({
	image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

/** Every folder Astro loads as a collection of files (strength-grades is one file; its rule reads it). */
function folders(): Folder[] {
	const entities = Object.entries(entityCollections(plainReference)).map(
		([collection, { dir, extension, schema }]) => ({
			collection,
			dir,
			extensions: [extension],
			schema,
			publicId: true,
		}),
	);
	return [
		...entities,
		{
			collection: 'docs',
			dir: 'docs',
			extensions: ['md', 'mdx'],
			schema: guideSchema,
			publicId: false,
		},
	];
}

export function loadContent(root: string): { content: LoadedContent; problems: ContentProblem[] } {
	const shown = (file: string) => relative(process.cwd(), file) || file;
	const problems: ContentProblem[] = [];
	const entries: LoadedEntry[] = [];
	const prose: ProseFile[] = [];
	for (const { collection, dir, extensions, schema, publicId } of folders()) {
		for (const { id, file } of listContentFiles(root, dir, extensions)) {
			let parsed: ReturnType<typeof readContentFile>;
			try {
				parsed = readContentFile(file);
			} catch (error) {
				problems.push({
					file: shown(file),
					field: '',
					message: `cannot be read: ${(error as Error).message}`,
				});
				continue;
			}
			if (!file.endsWith('.yaml'))
				prose.push({ collection, file: shown(file), text: parsed.source });
			const result = schema.safeParse(parsed.data);
			if (!result.success) {
				problems.push(...issuesOf(result.error, shown(file)));
				continue;
			}
			if (publicId && !kebabId.safeParse(id).success) {
				problems.push({
					file: shown(file),
					field: '(file name)',
					message: 'the file name is the public id and must be kebab-case',
				});
			}
			entries.push({ collection, id, file: shown(file), data: result.data });
		}
	}
	return { content: { root, entries, prose, shown }, problems };
}
