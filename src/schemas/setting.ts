/**
 * A clinical setting for the differential helper (content/differential/settings/<id>.yaml): who the
 * patient in front of you is, and how often each ranked condition is the cause in that population
 * (the priors), each with its source. The reader chooses the setting; the priors and the share for
 * "something else" sum to 1.
 */
import { z } from 'astro/zod';
import { probability, reviewedDate, text, type ReferenceFn } from './shared.ts';

export const settingSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** Short name shown in the helper's setting choice ("Leg-dominant pain (sciatica)"). */
		label: text,
		/** Who this setting covers, in a sentence a clinician can match a patient against. */
		description: text,
		/** Order in the helper's choice; the lowest is the default. */
		order: z.number().int().nonnegative(),
		/** One prior per ranked condition. */
		priors: z
			.array(
				z.strictObject({
					/** The condition. */
					condition: reference('conditions'),
					/** Prior probability in this setting. */
					probability,
					/** A plausible range for the prior, used to show how uncertain the helper's output is. */
					range: z.tuple([probability, probability]),
					/** Published: a study of this population reports it; derived: computed from published figures; no-data: a cautious judgment. */
					basis: z.enum(['published', 'derived', 'no-data']),
					/** The source, required unless the basis is no-data. */
					source: reference('references').optional(),
					/** What the source reports and in whom, or why this judgment in the absence of data. */
					detail: text,
				}),
			)
			.min(1),
		/** The share left for causes the helper does not rank. */
		other: z.strictObject({
			/** Prior probability of something else. */
			probability,
			/** Why this share. */
			detail: text,
		}),
		/** Date the priors were last checked against their sources. */
		reviewed: reviewedDate,
	});

export type Setting = z.infer<ReturnType<typeof settingSchema>>;
