/**
 * The site's collections in one table, so that Astro's content config and the standalone content
 * checker load the same folders with the same schemas.
 */
import type { z } from 'astro/zod';
import { clinicalTestSchema } from './clinical-test.ts';
import { conditionSchema } from './condition.ts';
import { exerciseSchema } from './exercise.ts';
import { findingSchema } from './finding.ts';
import { referenceSchema } from './reference.ts';
import type { CollectionName, ReferenceFn } from './shared.ts';

export interface EntityCollection {
	/** Folder under the content root. */
	dir: string;
	/** File extension of its entries: YAML data or MDX with frontmatter. */
	extension: 'yaml' | 'mdx';
	schema: z.ZodType;
}

export function entityCollections(reference: ReferenceFn): Record<CollectionName, EntityCollection> {
	return {
		references: { dir: 'references', extension: 'yaml', schema: referenceSchema },
		findings: { dir: 'findings', extension: 'yaml', schema: findingSchema(reference) },
		conditions: { dir: 'conditions', extension: 'mdx', schema: conditionSchema(reference) },
		'clinical-tests': { dir: 'clinical-tests', extension: 'mdx', schema: clinicalTestSchema(reference) },
		exercises: { dir: 'exercises', extension: 'mdx', schema: exerciseSchema(reference) },
	};
}
