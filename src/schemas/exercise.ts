/**
 * An exercise (URL /exercises/<id>/) that a patient must be able to follow alone, on a phone or on
 * paper. Dosage is structured so that the page, the printed sheet and the home programme agree.
 */
import { z } from 'astro/zod';
import { exerciseFiguresSchema } from './figure.ts';
import { bodyRegion, countRange, reviewedDate, text, type ReferenceFn } from './shared.ts';

export const dosageSchema = z
	.strictObject({
		/** Sets per session. */
		sets: countRange,
		/** Repetitions per set; omit for held exercises. */
		reps: countRange.optional(),
		/** Hold time in seconds per repetition or per set. */
		holdSeconds: countRange.optional(),
		/** Whether the dose is per side (each leg or each arm). */
		perSide: z.boolean().default(false),
		/** Rest between sets, in seconds. */
		restSeconds: countRange,
		/** How often: sessions per day or per week. */
		frequency: z.strictObject({
			/** Number of sessions. */
			times: z.number().int().positive(),
			/** Per day or per week. */
			per: z.enum(['day', 'week']),
		}),
	})
	.refine((d) => d.reps !== undefined || d.holdSeconds !== undefined, {
		error: 'give reps, holdSeconds or both',
		path: ['reps'],
	});

export const exerciseSchema = (reference: ReferenceFn) =>
	z.strictObject({
		/** The exercise's usual name. */
		name: text,
		/** Other names (indexed for search). */
		aliases: z.array(text).default([]),
		/**
		 * Phrases people type that are not names ("pain on the outside of my hip"): indexed for search like
		 * the aliases, never shown as "Also called".
		 */
		searchPhrases: z.array(text).default([]),
		/** What it is for, in one plain sentence. */
		purpose: text,
		/** Conditions it is used for. */
		conditions: z.array(reference('conditions')).default([]),
		/** Body regions it works on. */
		regions: z.array(bodyRegion).min(1, { error: 'needs at least one body region' }),
		/** The usual starting dose; a clinician may change it in a home programme. */
		dosage: dosageSchema,
		/** Where the dose comes from, in a sentence. */
		dosageBasis: text,
		/** How to get into the starting position. */
		startPosition: text,
		/** Start and end positions, drawn at build time from poses. */
		figures: exerciseFiguresSchema,
		/** Numbered steps, one action each, in plain words. */
		steps: z.array(text).min(2, { error: 'needs at least two steps' }),
		/** How it should feel when done right. */
		feel: text,
		/** Common mistakes to avoid. */
		mistakes: z.array(text).default([]),
		/** When to stop and seek advice. */
		cautions: z.array(text).min(1, { error: 'needs at least one caution' }),
		/** Harder versions. */
		progressions: z.array(reference('exercises')).default([]),
		/** Easier versions. */
		regressions: z.array(reference('exercises')).default([]),
		/** Sources cited on the page. */
		references: z
			.array(reference('references'))
			.min(1, { error: 'an exercise page needs at least one reference' }),
		/** Date the page was last checked. */
		reviewed: reviewedDate,
	});

export type Exercise = z.infer<ReturnType<typeof exerciseSchema>>;
export type Dosage = z.infer<typeof dosageSchema>;
