/**
 * The site's collections in one table, so that Astro's content config and the standalone content
 * checker load the same folders with the same schemas.
 */
import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { clinicalTestSchema } from './clinical-test.ts';
import { conditionSchema } from './condition.ts';
import { exerciseSchema } from './exercise.ts';
import { findingSchema } from './finding.ts';
import { programmeTemplateSchema } from './programme-template.ts';
import { referenceSchema } from './reference.ts';
import { settingSchema } from './setting.ts';
import type { CollectionName, ReferenceFn } from './shared.ts';

export interface EntityCollection {
	/** Folder under the content root. */
	dir: string;
	/** File extension of its entries: YAML data or MDX with frontmatter. */
	extension: 'yaml' | 'mdx';
	schema: z.ZodType;
}

/** Typed per collection (not widened to `EntityCollection`) so Astro infers each entry's data type. */
export function entityCollections(reference: ReferenceFn) {
	return {
		references: { dir: 'references', extension: 'yaml' as const, schema: referenceSchema },
		findings: { dir: 'findings', extension: 'yaml' as const, schema: findingSchema(reference) },
		conditions: {
			dir: 'conditions',
			extension: 'mdx' as const,
			schema: conditionSchema(reference),
		},
		'clinical-tests': {
			dir: 'clinical-tests',
			extension: 'mdx' as const,
			schema: clinicalTestSchema(reference),
		},
		exercises: { dir: 'exercises', extension: 'mdx' as const, schema: exerciseSchema(reference) },
		settings: {
			dir: 'differential/settings',
			extension: 'yaml' as const,
			schema: settingSchema(reference),
		},
		cases: { dir: 'cases', extension: 'yaml' as const, schema: caseSchema(reference) },
		programmes: {
			dir: 'programmes',
			extension: 'yaml' as const,
			schema: programmeTemplateSchema(reference),
		},
	} satisfies Record<CollectionName, EntityCollection>;
}
