/**
 * A programme template (content/programmes/<id>.yaml): a ready-made home programme for one condition at one stage
 * of rehabilitation, taken from a published staged programme (for example Goom 2016 for proximal hamstring
 * tendinopathy, the LEAP trial protocol for gluteal tendinopathy). The programme builder offers templates as a
 * starting point; the clinician then changes doses, order and notes. Each template says where it follows its
 * source and where it departs from it.
 */
import { z } from 'astro/zod';
import { dosageSchema } from './exercise.ts';
import { reviewedDate, text, type ReferenceFn } from './shared.ts';

/** A one-line instruction: short enough for a printed handout row, and never more than one line. */
const oneLine = text
	.max(200, { error: 'keep the instruction to one line (200 characters at most)' })
	.refine((s) => !/[\r\n]/.test(s), { error: 'the instruction must be a single line' });

/** One exercise in the template, with the dose the source gives for this stage. */
const templateItemSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** The exercise (an exercise page id). */
		exercise: reference('exercises'),
		/** The dose at this stage, in the same shape as an exercise's usual dose (sets, reps and/or hold, side, rest, frequency). */
		dose: dosageSchema,
		/** An optional one-line instruction for the patient, printed under the exercise ("Offset: more weight on the sore leg"). */
		instruction: oneLine.optional(),
	});

export const programmeTemplateSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** The template's name as the builder lists it ("Proximal hamstring tendinopathy, stage 1: isometric loading"). */
			name: text,
			/** The condition the template is for. */
			condition: reference('conditions'),
			/** The stage of rehabilitation this template covers. */
			stage: z.strictObject({
				/** The stage's name as the source words it, shortened if needed ("Stage 1: isometric loading"). */
				label: text,
				/** Position among this condition's templates from the same source, starting at 1. */
				order: z.number().int().positive(),
			}),
			/** Who it is for: the patient and the point in recovery at which the source starts this stage. */
			suitableFor: text,
			/** The exercises, in the order the patient does them; each exercise at most once (links key on the id). */
			items: z
				.array(templateItemSchema(reference))
				.min(1, { error: 'a template needs at least one exercise' }),
			/** When the source moves people on to the next stage, if it says; omit when it gives no criteria. */
			progressWhen: text.optional(),
			/** The published programme the template follows. */
			source: reference('references'),
			/** How the template follows the source and where it departs from it (exercises left out or swapped, doses not in the source). */
			sourceNote: text,
			/** Date the template was last checked against its source. */
			reviewed: reviewedDate,
		})
		.superRefine((t, ctx) => {
			const seen = new Set<string>();
			t.items.forEach((item, i) => {
				if (seen.has(item.exercise.id)) {
					ctx.addIssue({
						code: 'custom',
						message: `exercise "${item.exercise.id}" appears twice; a programme link can hold each exercise once, so put the variation in the instruction`,
						path: ['items', i, 'exercise'],
					});
				}
				seen.add(item.exercise.id);
			});
		});

export type ProgrammeTemplate = z.infer<ReturnType<typeof programmeTemplateSchema>>;
