/**
 * Building blocks shared by every entity schema.
 *
 * Schemas never import `astro:content`: each takes a `ReferenceFn` so that Astro passes its own
 * `reference()` at build time while the content checker and the unit tests pass a plain stub.
 */
import { z } from 'astro/zod';

/** The collections one entry can point at by id. */
export type CollectionName =
	| 'conditions'
	| 'clinical-tests'
	| 'exercises'
	| 'findings'
	| 'references'
	| 'settings'
	| 'cases'
	| 'programmes';

/** A parsed cross-reference, the shape Astro's `reference()` produces. */
export interface EntryRef<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/** Builds the schema of a cross-reference to another collection (Astro's `reference()` or a stub). */
export type ReferenceFn = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

/** Kebab-case ids: they become public URLs, so they are kept plain. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'must be kebab-case: lower-case letters, digits and single hyphens',
});

/** Trimmed, non-empty prose. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * A probability strictly between 0 and 1. Sensitivity or specificity of exactly 0 or 1 would make a
 * likelihood ratio infinite or zero, which no finite study can support.
 */
export const probability = z
	.number({ error: 'must be a number between 0 and 1' })
	.gt(0, { error: 'must be greater than 0 (write 0.95, not 95 %)' })
	.lt(1, { error: 'must be less than 1 (write 0.95, not 95 %)' });

/** The date a person last checked the page against its sources (YAML date or ISO string). */
export const reviewedDate = z.coerce.date({ error: 'must be a date such as 2026-11-24' });

/** Body regions a page or finding belongs to: search filters and the symptoms index group by these. */
export const bodyRegions = [
	'lower-back',
	'buttock',
	'hip',
	'posterior-thigh',
	'lower-leg',
	'pelvic-floor',
	'whole-body',
] as const;
export const bodyRegion = z.enum(bodyRegions);
export type BodyRegion = z.infer<typeof bodyRegion>;

/** An inclusive whole-number range such as 8–12 repetitions; `max` defaults to `min`. */
export const countRange = z
	.strictObject({
		/** Lowest count. */
		min: z.number().int().positive(),
		/** Highest count; omit for a single number. */
		max: z.number().int().positive().optional(),
	})
	.refine((r) => r.max === undefined || r.max >= r.min, {
		error: 'max must not be below min',
		path: ['max'],
	});
