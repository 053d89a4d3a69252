/**
 * A published case (URL /cases/<id>/): a case report or a patient from a case series, retold in our
 * own words, with the findings the authors report mapped to the helper's vocabulary and the diagnosis
 * the authors reached. The case library is the helper's public validation and a teaching set.
 */
import { z } from 'astro/zod';
import { kebabId, reviewedDate, text, type ReferenceFn } from './shared.ts';

export const caseSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** A short title that does not give the diagnosis away ("A 34-year-old cyclist with pain on sitting"). */
		title: text,
		/** The publication the case comes from. */
		source: reference('references'),
		/** Which patient in the publication, when it reports several ("case 2"). */
		sourceDetail: text.optional(),
		/** The differential helper's setting that fits where this patient was seen (a file in content/differential/settings). */
		setting: kebabId,
		/** The presentation in our own words: history, examination and results, without the diagnosis. */
		presentation: text,
		/** The findings the authors report, in the helper's vocabulary. */
		findings: z.strictObject({
			/** Reported as present. */
			present: z
				.array(reference('findings'))
				.min(1, { error: 'a case needs at least one finding' }),
			/** Reported as absent (only what the authors state). */
			absent: z.array(reference('findings')).default([]),
		}),
		/** Clinical tests the authors report, as positive or negative. */
		tests: z
			.strictObject({
				positive: z.array(reference('clinical-tests')).default([]),
				negative: z.array(reference('clinical-tests')).default([]),
			})
			.default({ positive: [], negative: [] }),
		/** The diagnosis the authors reached. */
		diagnosis: reference('conditions'),
		/** How the authors confirmed it (imaging, block, surgery, follow-up), in a sentence. */
		confirmedBy: text,
		/** What the helper's vocabulary could not capture, so a reader knows what was left out. */
		notCaptured: text.optional(),
		/** Date the case was last checked against its source. */
		reviewed: reviewedDate,
	});

export type Case = z.infer<ReturnType<typeof caseSchema>>;
