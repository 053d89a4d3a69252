// Wiring only: every collection's folder and schema come from src/schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { entityCollections } from './schemas/index.ts';
import { guideExtension } from './schemas/docs.ts';
import { contentRoot } from '../scripts/content-root.mjs';

const entities = entityCollections(reference);

const fromTable = Object.fromEntries(
	Object.entries(entities).map(([name, { dir, extension, schema }]) => [
		name,
		defineCollection({
			loader: glob({ base: `${contentRoot}/${dir}`, pattern: `**/[^_]*.${extension}` }),
			schema,
		}),
	]),
);

export const collections = {
	...fromTable,
	docs: defineCollection({
		loader: glob({ base: `${contentRoot}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: guideExtension }),
	}),
};
