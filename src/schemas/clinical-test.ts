/**
 * A clinical test (URL /tests/<id>/): how to do it, what counts as positive, and how accurate it
 * proved in each published study. Likelihood ratios are never stored: pages and the differential
 * helper compute them from sensitivity and specificity with `src/lib/diagnostics`.
 */
import { z } from 'astro/zod';
import { likelihoodRatios } from '../lib/diagnostics/odds.ts';
import { testFigureSchema } from './figure.ts';
import {
	bodyRegion,
	kebabId,
	probability,
	reviewedDate,
	text,
	type ReferenceFn,
} from './shared.ts';

/** A proportion with its 95 % confidence interval when the study published one. */
export const estimateSchema = z
	.strictObject({
		/** The point estimate, between 0 and 1 exclusive. */
		value: probability,
		/** The published 95 % confidence interval [lower, upper]; omit when none was published. */
		ci: z.tuple([probability, probability]).optional(),
	})
	.refine((e) => e.ci === undefined || (e.ci[0] <= e.value && e.value <= e.ci[1]), {
		error: 'the confidence interval must contain the estimate (lower ≤ value ≤ upper)',
		path: ['ci'],
	});

export const accuracyStudySchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** Short id of this study within the test ("martin-2014"); the differential helper cites it. */
			id: kebabId,
			/** The condition the study tried to detect. */
			target: reference('conditions'),
			/** The target as the study defined it ("sciatic nerve entrapment seen at endoscopy"). */
			targetDefinition: text,
			/** What counted as a positive result in this study, when it differs from the page's definition. */
			positiveDefinition: text.optional(),
			/** Sensitivity: the share of people with the condition whom the test called positive. */
			sensitivity: estimateSchema,
			/** Specificity: the share of people without the condition whom the test called negative. */
			specificity: estimateSchema,
			/** How many people were studied, and how many had the target condition. */
			sampleSize: z.strictObject({
				/** Everyone analysed. */
				total: z.number().int().positive(),
				/** Those with the target condition by the reference standard. */
				withCondition: z.number().int().positive().optional(),
			}),
			/** What the test was compared against to decide who truly had the condition. */
			referenceStandard: text,
			/** Study design ("retrospective cohort, single surgeon", "case-control"). */
			design: text,
			/** Who was studied ("33 adults with posterior hip pain having hip endoscopy"). */
			population: text,
			/** The paper the figures come from. */
			source: reference('references'),
			/**
			 * The study's 2×2 table, where it was published or can be rebuilt exactly from its figures: pages
			 * compute the likelihood ratios' confidence intervals from it.
			 */
			counts: z
				.strictObject({
					/** True positives: with the condition, test positive. */
					truePositive: z.number().int().nonnegative(),
					/** False positives: without the condition, test positive. */
					falsePositive: z.number().int().nonnegative(),
					/** False negatives: with the condition, test negative. */
					falseNegative: z.number().int().nonnegative(),
					/** True negatives: without the condition, test negative. */
					trueNegative: z.number().int().nonnegative(),
					/** Where the counts come from: "published in Table 2" or "rebuilt from 46 cases and sensitivity 0.89". */
					origin: text,
				})
				.optional(),
			/**
			 * The likelihood ratios' 95 % confidence intervals as the paper published them, for a study whose
			 * 2×2 table is not known (with `counts`, the page computes them instead, so give one or the other).
			 */
			likelihoodRatioCis: z
				.strictObject({
					/** LR+ interval [lower, upper]. */
					positive: z.tuple([z.number().positive(), z.number().positive()]),
					/** LR− interval [lower, upper]. */
					negative: z.tuple([z.number().positive(), z.number().positive()]),
				})
				.optional(),
			/** Weaknesses or caveats a reader must see (spectrum bias, secondary source, wide CI). */
			note: text.optional(),
		})
		.superRefine((study, ctx) => {
			const published = study.likelihoodRatioCis;
			if (published) {
				if (study.counts)
					ctx.addIssue({
						code: 'custom',
						path: ['likelihoodRatioCis'],
						message:
							'give counts or published likelihood-ratio intervals, not both: with counts the page computes the intervals',
					});
				// The ratios the page shows come from the published sensitivity and specificity; a published
				// interval that does not contain them was typed wrong or belongs to another analysis.
				const ratios = likelihoodRatios(study.sensitivity.value, study.specificity.value);
				for (const side of ['positive', 'negative'] as const) {
					const [lower, upper] = published[side];
					const ratio = ratios[side];
					if (!(lower <= ratio && ratio <= upper))
						ctx.addIssue({
							code: 'custom',
							path: ['likelihoodRatioCis', side],
							message: `the interval ${lower}–${upper} does not contain the LR${side === 'positive' ? '+' : '−'} ${ratio.toFixed(2)} that the sensitivity and specificity give`,
						});
				}
			}
			const c = study.counts;
			if (!c) return;
			const withCondition = c.truePositive + c.falseNegative;
			const without = c.falsePositive + c.trueNegative;
			// Published proportions are rounded, usually to two or three decimals: allow half a percentage point.
			const near = (share: number, value: number) => Math.abs(share - value) <= 0.005 + 1e-9; // 1e-9: floating point
			if (withCondition === 0 || !near(c.truePositive / withCondition, study.sensitivity.value)) {
				ctx.addIssue({
					code: 'custom',
					path: ['counts'],
					message: `true positives / (true positives + false negatives) = ${c.truePositive}/${withCondition} does not match the sensitivity ${study.sensitivity.value}`,
				});
			}
			if (without === 0 || !near(c.trueNegative / without, study.specificity.value)) {
				ctx.addIssue({
					code: 'custom',
					path: ['counts'],
					message: `true negatives / (true negatives + false positives) = ${c.trueNegative}/${without} does not match the specificity ${study.specificity.value}`,
				});
			}
			if (withCondition + without !== study.sampleSize.total) {
				ctx.addIssue({
					code: 'custom',
					path: ['counts'],
					message: `the four counts add up to ${withCondition + without}, but sampleSize.total is ${study.sampleSize.total}`,
				});
			}
			if (
				study.sampleSize.withCondition !== undefined &&
				study.sampleSize.withCondition !== withCondition
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['counts'],
					message: `${withCondition} people with the condition in the counts, but sampleSize.withCondition is ${study.sampleSize.withCondition}`,
				});
			}
		});

export const clinicalTestSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** The test's usual name. */
			name: text,
			/** Other names it goes by, including abbreviations (indexed for search). */
			aliases: z.array(text).default([]),
			/**
			 * Phrases people type that are not names ("pain on the outside of my hip"): indexed for search like
			 * the aliases, never shown as "Also called".
			 */
			searchPhrases: z.array(text).default([]),
			/** What the test is for, in a sentence. */
			purpose: text,
			/** Conditions the test is used to detect or rule out. */
			targets: z
				.array(reference('conditions'))
				.min(1, { error: 'needs at least one target condition' }),
			/** Body regions examined. */
			regions: z.array(bodyRegion).min(1, { error: 'needs at least one body region' }),
			/** How to perform it. */
			procedure: z.strictObject({
				/** Starting position of patient and examiner. */
				position: text,
				/** Numbered steps. */
				steps: z.array(text).min(1, { error: 'needs at least one step' }),
			}),
			/**
			 * A picture of the test (issue 13): the patient's position and the movement, with the
			 * examiner's hands where they matter, drawn at build time like an exercise's figures. Left out
			 * for questionnaires and measurements, where there is no position to show.
			 */
			figure: testFigureSchema.optional(),
			/** What counts as a positive result. */
			positive: text,
			/** Published diagnostic accuracy, one entry per study. */
			accuracy: z.array(accuracyStudySchema(reference)).default([]),
			/** Required when `accuracy` is empty: says plainly that no accuracy figures are published and why the test is still used. */
			noAccuracy: text.optional(),
			/**
			 * Why there are no accuracy figures: none has been published; studies exist but their figures
			 * could not be verified for this site; or the published figures cannot be used (a sensitivity or
			 * specificity of 100 % gives no finite likelihood ratio). The tests index shows the difference.
			 */
			noAccuracyReason: z.enum(['none-published', 'not-verified', 'not-usable']).optional(),
			/**
			 * The bottom line a clinician needs in the first screen. The page states the evidence (studies,
			 * people, ratios) from `accuracy`; this adds the judgment and why.
			 */
			bottomLine: z
				.strictObject({
					/** One or two sentences: what the test is good for (ruling in or out, what, in whom). */
					verdict: text,
					/** Why, in a sentence or two (design, spectrum, reference standard). */
					reasoning: text,
				})
				.optional(),
			/**
			 * Conditions other than a study's target in which the test is expected to be positive about as
			 * often as in the target (the bent-knee tests provoke ischiogluteal bursitis as well as the
			 * hamstring tendon). The differential helper uses the target's figures for these conditions too.
			 */
			alsoPositiveIn: z
				.array(
					z.strictObject({
						/** The other condition. */
						condition: reference('conditions'),
						/** Why the test is expected to be positive in it, in a sentence. */
						why: text,
					}),
				)
				.default([]),
			/**
			 * Which accuracy study the differential helper uses, and why (required when there are several);
			 * or `excluded: true` with the reason when no study fits the helper's conditions well enough.
			 */
			differential: z
				.union([
					z.strictObject({
						/** The `id` of one entry in `accuracy`. */
						study: kebabId,
						/** Why this study rather than the others. */
						why: text,
					}),
					z.strictObject({
						/** Keep this test out of the differential helper (its page still shows every study). */
						excluded: z.literal(true),
						/** Why the helper does not use it. */
						why: text,
					}),
				])
				.optional(),
			/** Further sources cited on the page (reliability, technique). */
			references: z.array(reference('references')).default([]),
			/** Date the page was last checked against its sources. */
			reviewed: reviewedDate,
		})
		.superRefine((t, ctx) => {
			if (t.accuracy.length === 0 && t.noAccuracy === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['noAccuracy'],
					message: 'a test without accuracy studies must say so in noAccuracy',
				});
			}
			if (t.accuracy.length > 0 && t.noAccuracy !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['noAccuracy'],
					message: 'remove noAccuracy: this test has accuracy studies',
				});
			}
			const ids = t.accuracy.map((s) => s.id);
			ids.forEach((id, i) => {
				if (ids.indexOf(id) !== i)
					ctx.addIssue({
						code: 'custom',
						path: ['accuracy', i, 'id'],
						message: `duplicate study id "${id}"`,
					});
			});
			if (t.accuracy.length > 1 && t.differential === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['differential'],
					message: 'several accuracy studies: say which one the differential helper uses, and why',
				});
			}
			if (
				t.differential !== undefined &&
				'study' in t.differential &&
				!ids.includes(t.differential.study)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['differential', 'study'],
					message: `no accuracy study has id "${t.differential.study}"`,
				});
			}
		});

export type ClinicalTest = z.infer<ReturnType<typeof clinicalTestSchema>>;
export type AccuracyStudy = z.infer<ReturnType<typeof accuracyStudySchema>>;
