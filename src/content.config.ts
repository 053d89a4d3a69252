// Wiring only: every collection's folder and schema come from src/schemas.
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { entityCollections } from './schemas/index.ts';
import { guideExtension } from './schemas/docs.ts';
import { strengthGradeSchema } from './schemas/strength-grade.ts';
import { contentRoot } from '../config/content-root.ts';
import { strengthGradesFile } from '../scripts/content-check/rules/strength-grades.ts';
import { layWordsFile, searchQueriesFile } from '../scripts/content-check/rules/search-files.ts';
import { bodyMapFile } from '../scripts/content-check/rules/body-map.ts';
import { bodyMapSchema } from './schemas/body-map.ts';
import { layWordFileSchema } from './schemas/lay-word.ts';
import { searchQueryFileSchema } from './schemas/search-query.ts';
import { parse as parseYaml } from 'yaml';

const table = entityCollections(reference);

/**
 * A file whose rules span the whole file (no term twice, no query twice) is one entry, named after
 * the file, so Astro validates it with the same file schema the content checker uses.
 */
const wholeFile = (name: string, path: string) =>
	file(`${contentRoot}/${path}`, {
		parser: (source) => ({ [name]: parseYaml(source) as Record<string, unknown> }),
	});

/** Files whose name starts with "_" are drafts or partials and are never loaded (src/lib/content/frontmatter.ts `isDraft`). */
const from = ({ dir, extension }: { dir: string; extension: string }) =>
	glob({ base: `${contentRoot}/${dir}`, pattern: `**/[^_]*.${extension}` });

export const collections = {
	references: defineCollection({ loader: from(table.references), schema: table.references.schema }),
	findings: defineCollection({ loader: from(table.findings), schema: table.findings.schema }),
	conditions: defineCollection({ loader: from(table.conditions), schema: table.conditions.schema }),
	'clinical-tests': defineCollection({
		loader: from(table['clinical-tests']),
		schema: table['clinical-tests'].schema,
	}),
	exercises: defineCollection({ loader: from(table.exercises), schema: table.exercises.schema }),
	settings: defineCollection({ loader: from(table.settings), schema: table.settings.schema }),
	cases: defineCollection({ loader: from(table.cases), schema: table.cases.schema }),
	programmes: defineCollection({ loader: from(table.programmes), schema: table.programmes.schema }),
	'strength-grades': defineCollection({
		loader: file(`${contentRoot}/${strengthGradesFile}`),
		schema: strengthGradeSchema,
	}),
	/** The helper's method page text; its frontmatter parameters are checked by src/lib/differential/engine/method.ts. */
	'differential-method': defineCollection({
		loader: glob({ base: `${contentRoot}/differential`, pattern: 'method.md' }),
		schema: z.looseObject({ title: z.string(), description: z.string() }),
	}),
	/** content/search/lay-words.yaml as one entry, `lay-words` (src/schemas/lay-word.ts). */
	'lay-words': defineCollection({
		loader: wholeFile('lay-words', layWordsFile),
		schema: layWordFileSchema,
	}),
	/** content/search/queries.yaml as one entry, `search-queries` (src/schemas/search-query.ts). */
	'search-queries': defineCollection({
		loader: wholeFile('search-queries', searchQueriesFile),
		schema: searchQueryFileSchema,
	}),
	/** content/symptoms/body-map.yaml as one entry, `body-map` (src/schemas/body-map.ts). */
	'body-map': defineCollection({
		loader: wholeFile('body-map', bodyMapFile),
		schema: bodyMapSchema,
	}),
	docs: defineCollection({
		loader: glob({ base: `${contentRoot}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: guideExtension }),
	}),
};
