/**
 * A condition (URL /conditions/<id>/). The frontmatter holds the structured facts the site and the
 * differential helper reuse; the MDX body holds the article.
 */
import { z } from 'astro/zod';
import { bodyRegion, probability, reviewedDate, text, type ReferenceFn } from './shared.ts';

/**
 * Strength grades for findings without published figures; content/differential/strength-grades.yaml
 * gives each grade an assumed sensitivity and specificity, from which its weights for presence and
 * absence follow by the same formula as a clinical test's.
 */
export const strengthGrades = [
	'hallmark',
	'strong',
	'moderate',
	'weak',
	'against',
	'excludes',
] as const;

/** A published likelihood ratio with its 95 % interval when one was published. */
const publishedRatio = z.number().positive({ error: 'a likelihood ratio must be above 0' });
const ratioInterval = z
	.tuple([z.number().positive(), z.number().positive()])
	.refine(([lower, upper]) => lower <= upper, { error: 'write the interval as [lower, upper]' });

export const keyFindingSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** The finding. */
			finding: reference('findings'),
			/** How strongly the finding bears on this condition, when no figure is published (see the grade table). */
			grade: z.enum(strengthGrades).optional(),
			/** Published likelihood ratios for the finding in this condition, with their source. */
			lr: z
				.strictObject({
					/** The likelihood ratio when the finding is present. */
					present: publishedRatio,
					/** Its published 95 % confidence interval. */
					presentCi: ratioInterval.optional(),
					/** The likelihood ratio when the finding is absent; omit when none is published (absence then weighs nothing). */
					absent: publishedRatio.optional(),
					/** Its published 95 % confidence interval. */
					absentCi: ratioInterval.optional(),
					/** Where the ratios were published. */
					source: reference('references'),
					/** What exactly the source measured, in a clause ("age over 70 against 60 to 70"). */
					detail: text.optional(),
				})
				.optional(),
			/**
			 * Published frequency data instead of ratios: how often the finding is present with the condition
			 * (sensitivity) and absent without it (specificity) in one study; both ratios are computed from them.
			 */
			frequency: z
				.strictObject({
					/** Share of people with the condition who have the finding. */
					sensitivity: probability,
					/** Share of people without the condition (the study's comparison group) who do not have it. */
					specificity: probability,
					/** The study. */
					source: reference('references'),
					/** Who was compared with whom, in a clause. */
					detail: text,
				})
				.optional(),
			/** Why the finding matters for this condition, in a clause. */
			note: text.optional(),
		})
		.refine((k) => [k.grade, k.lr, k.frequency].filter((w) => w !== undefined).length === 1, {
			error: 'give exactly one of grade, lr or frequency',
			path: ['grade'],
		});

/** Kinds of evidence in a management table, strongest design first. */
export const evidenceKinds = [
	'guideline',
	'systematic-review',
	'randomised-trial',
	'cohort',
	'case-series',
	'expert-opinion',
] as const;

/** Certainty of the evidence as GRADE words it, or "not graded" when no review has graded it. */
export const certainties = ['high', 'moderate', 'low', 'very-low', 'not-graded'] as const;

export const managementSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** The treatment or approach ("Education plus exercise"). */
		intervention: text,
		/** The kind of evidence behind the effect. */
		evidence: z.enum(evidenceKinds),
		/** What it did, with its size where published ("51 of 66 improved at 8 weeks, against 20 of 68 with wait-and-see"). */
		effect: text,
		/** Certainty of that evidence; "not-graded" unless a guideline or review graded it. */
		certainty: z.enum(certainties),
		/** The source of the effect. */
		source: reference('references'),
	});

export const conditionSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** The condition's usual name. */
		name: text,
		/** Other names, including the lay words patients use (indexed for search). */
		aliases: z.array(text).default([]),
		/**
		 * Phrases people type that are not names ("pain on the outside of my hip"): indexed for search like
		 * the aliases, never shown as "Also called".
		 */
		searchPhrases: z.array(text).default([]),
		/** Two or three plain sentences for patients (reading age about 12). */
		summary: text,
		/** Body regions where it causes symptoms. */
		regions: z.array(bodyRegion).min(1, { error: 'needs at least one body region' }),
		/**
		 * For clinicians, in the first screen: three lines on what matters most for diagnosis and management,
		 * each with its sources.
		 */
		bottomLine: z
			.array(
				z.strictObject({
					/** One sentence, as a clinician would say it. */
					text,
					/** Where it comes from. */
					sources: z
						.array(reference('references'))
						.min(1, { error: 'each bottom-line line needs a source' }),
				}),
			)
			.length(3, { error: 'write exactly three bottom-line lines' })
			.optional(),
		/** Plain, non-urgent reasons to see a GP or physiotherapist, shown beside the urgent box. */
		seeClinicianIf: z
			.array(text)
			.min(2, { error: 'give at least two reasons to see a GP or physiotherapist' })
			.optional(),
		/** The red flags that matter most for this condition, shown first in its urgent box. */
		redFlags: z.array(reference('findings')).default([]),
		/**
		 * A sub-cause of a wider condition (piriformis syndrome within deep gluteal syndrome): the
		 * differential helper never ranks the two as rivals.
		 */
		parent: reference('conditions').optional(),
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
		/** Management evidence for clinicians, one row per intervention. */
		management: z.array(managementSchema(reference)).default([]),
		/** Outcome measures clinicians use to track the condition. */
		outcomeMeasures: z
			.array(
				z.strictObject({
					/** Its usual name ("VISA-H"). */
					name: text,
					/** What it measures and when it is used, in a clause. */
					use: text,
					/** A validation or development paper, where one was read. */
					source: reference('references').optional(),
				}),
			)
			.default([]),
		/** Sources cited on the page. */
		references: z
			.array(reference('references'))
			.min(1, { error: 'a condition page needs at least one reference' }),
		/** Date the page was last checked against its sources. */
		reviewed: reviewedDate,
	});

export type Condition = z.infer<ReturnType<typeof conditionSchema>>;
