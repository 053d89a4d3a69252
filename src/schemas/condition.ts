/**
 * A condition (URL /conditions/<id>/). The frontmatter holds the structured facts the site and the
 * differential helper reuse; the MDX body holds the article.
 */
import { z } from 'astro/zod';
import { bodyRegion, reviewedDate, text, type ReferenceFn } from './shared.ts';

/** Strength grades for findings without a published likelihood ratio; content/differential maps each to an LR. */
export const strengthGrades = ['strong', 'moderate', 'weak', 'against'] as const;

export const keyFindingSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** The finding. */
			finding: reference('findings'),
			/** How strongly the finding points to this condition, when no likelihood ratio is published. */
			grade: z.enum(strengthGrades).optional(),
			/** A published likelihood ratio for the finding in this condition, with its source. */
			lr: z
				.strictObject({
					/** The likelihood ratio of the finding being present. */
					value: z.number().positive({ error: 'a likelihood ratio must be above 0' }),
					/** Its published 95 % confidence interval. */
					ci: z.tuple([z.number().positive(), z.number().positive()]).optional(),
					/** Where it was published. */
					source: reference('references'),
				})
				.optional(),
			/** Why the finding matters for this condition, in a clause. */
			note: text.optional(),
		})
		.refine((k) => (k.grade === undefined) !== (k.lr === undefined), {
			error: 'give exactly one of grade or lr',
			path: ['grade'],
		});

export const conditionSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** The condition's usual name. */
		name: text,
		/** Other names, including the lay words patients use (indexed for search). */
		aliases: z.array(text).default([]),
		/** Two or three plain sentences for patients (reading age about 12). */
		summary: text,
		/** Body regions where it causes symptoms. */
		regions: z.array(bodyRegion).min(1, { error: 'needs at least one body region' }),
		/** True for emergencies (cauda equina syndrome): the page leads with what to do now. */
		emergency: z.boolean().default(false),
		/**
		 * Whether the differential helper ranks it. False for umbrella terms whose causes are ranked
		 * separately (sciatica) and for emergencies, which the helper's red-flag alert handles instead.
		 */
		ranked: z.boolean().default(true),
		/** Findings that characterise it, with their weight for the differential helper. */
		keyFindings: z.array(keyFindingSchema(reference)).default([]),
		/** Clinical tests that help to confirm or exclude it. */
		tests: z.array(reference('clinical-tests')).default([]),
		/** Exercises that belong to its treatment. */
		exercises: z.array(reference('exercises')).default([]),
		/** Look-alikes, each with the feature that tells them apart. */
		differentials: z
			.array(
				z.strictObject({
					/** The other condition. */
					condition: reference('conditions'),
					/** The feature that separates the two. */
					feature: text,
				}),
			)
			.default([]),
		/** Relative prior for the differential helper among people with buttock or posterior-thigh pain. */
		prior: z.strictObject({
			/** A positive relative weight; the helper normalises the weights of all conditions. */
			relative: z.number().positive({ error: 'a prior weight must be above 0' }),
			/** Where the weight comes from, or that it is set equal for lack of data. */
			basis: text,
		}),
		/** Sources cited on the page. */
		references: z.array(reference('references')).min(1, { error: 'a condition page needs at least one reference' }),
		/** Date the page was last checked against its sources. */
		reviewed: reviewedDate,
	});

export type Condition = z.infer<ReturnType<typeof conditionSchema>>;
