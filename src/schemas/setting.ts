/**
 * A clinical setting for the differential helper (content/differential/settings/<id>.yaml): who the
 * patient in front of you is, and how often each ranked condition is the cause in that population
 * (the priors), each with its source. The reader chooses the setting; the priors and the share for
 * "something else" sum to 1.
 */
import { z } from 'astro/zod';
import { probability, reviewedDate, text, type ReferenceFn } from './shared.ts';

/** How far priors written as decimals may miss 1 in total (half a tenth of a percentage point): rounding, not data. */
const sumTolerance = 0.0005;

const range = z
	.tuple([probability, probability])
	.refine(([lower, upper]) => lower <= upper, { error: 'write the range as [lower, upper]' });

export const settingSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** Short name shown in the helper's setting choice ("Leg-dominant pain (sciatica)"). */
			label: text,
			/** Who this setting covers, in a sentence a clinician can match a patient against. */
			description: text,
			/** Order in the helper's choice; the lowest is the default. */
			order: z.number().int().nonnegative(),
			/** One prior per ranked condition (a sub-cause's as a share of its family). */
			priors: z
				.array(
					z.strictObject({
						/** The condition. */
						condition: reference('conditions'),
						/**
						 * Prior probability in this setting; for a sub-cause (with `withinParent`), its share of the
						 * family's prior instead.
						 */
						probability,
						/** A plausible range for the prior, used to show how uncertain the helper's output is. */
						range,
						/** Published: a study of this population reports it; derived: computed from published figures; no-data: a cautious judgment. */
						basis: z.enum(['published', 'derived', 'no-data']),
						/** The source, required unless the basis is no-data. */
						source: reference('references').optional(),
						/** Further sources the detail relies on (shown and linked beside the main one). */
						furtherSources: z.array(reference('references')).default([]),
						/** What the source reports and in whom, or why this judgment in the absence of data. */
						detail: text,
						/**
						 * For a sub-cause (piriformis syndrome): the family it belongs to (deep gluteal syndrome).
						 * `probability` and `range` are then its share of that family, and the family's own prior
						 * covers all its causes.
						 */
						withinParent: reference('conditions').optional(),
					}),
				)
				.min(1),
			/** The share left for causes the helper does not rank. */
			other: z.strictObject({
				/** Prior probability of something else. */
				probability,
				/** A plausible range for it, like each condition's. */
				range,
				/** Why this share: which causes it stands for. */
				detail: text,
			}),
			/** Date the priors were last checked against their sources. */
			reviewed: reviewedDate,
		})
		.superRefine((setting, ctx) => {
			const seen = new Set<string>();
			setting.priors.forEach((p, i) => {
				if (seen.has(p.condition.id))
					ctx.addIssue({
						code: 'custom',
						path: ['priors', i, 'condition'],
						message: `"${p.condition.id}" has two priors`,
					});
				seen.add(p.condition.id);
				if (p.basis !== 'no-data' && p.source === undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['priors', i, 'source'],
						message: `a ${p.basis} prior needs its source (or say no-data and explain in detail)`,
					});
				}
				if (!(p.range[0] <= p.probability && p.probability <= p.range[1])) {
					ctx.addIssue({
						code: 'custom',
						path: ['priors', i, 'range'],
						message: `the range must contain the prior ${p.probability}`,
					});
				}
			});
			if (!(
				setting.other.range[0] <= setting.other.probability &&
				setting.other.probability <= setting.other.range[1]
			)) {
				ctx.addIssue({
					code: 'custom',
					path: ['other', 'range'],
					message: `the range must contain the probability ${setting.other.probability}`,
				});
			}
			const total =
				setting.priors
					.filter((p) => p.withinParent === undefined)
					.reduce((s, p) => s + p.probability, 0) + setting.other.probability;
			if (Math.abs(total - 1) > sumTolerance) {
				ctx.addIssue({
					code: 'custom',
					path: ['priors'],
					message: `the priors (sub-causes aside) and other add up to ${total.toFixed(4)}, not 1`,
				});
			}
			const families = new Map<string, number>();
			for (const p of setting.priors)
				if (p.withinParent)
					families.set(p.withinParent.id, (families.get(p.withinParent.id) ?? 0) + p.probability);
			for (const [family, share] of families) {
				if (share > 1)
					ctx.addIssue({
						code: 'custom',
						path: ['priors'],
						message: `the shares within "${family}" add up to ${share}, more than the whole family`,
					});
			}
		});

export type Setting = z.infer<ReturnType<typeof settingSchema>>;
