/**
 * A finding is one word of the differential helper's vocabulary: a symptom, a sign or a piece of
 * history, with the plain words patients use for it.
 */
import { z } from 'astro/zod';
import { bodyRegion, reviewedDate, text, type ReferenceFn } from './shared.ts';

/**
 * The groups the differential helper shows findings in. `age` findings are bands of one answer (the
 * helper offers them as one choice); `course` is how the pain started and behaves over time; `exam`
 * holds signs a clinician finds on examination that are not clinical tests with their own page.
 */
export const findingGroups = [
	'where',
	'worse',
	'eases',
	'course',
	'history',
	'age',
	'exam',
	'other',
	'red-flag',
] as const;

/** How quickly a red flag needs care; the red-flags page groups by this. */
export const urgencies = ['emergency', 'same-day', 'soon'] as const;

export const findingSchema = (reference: ReferenceFn) =>
	z
		.strictObject({
			/** Plain words a patient would use ("pain when sitting"). */
			label: text,
			/** The clinical term shown beside the plain label. */
			clinicalLabel: text,
			/** Other words people search with; they are indexed for search. */
			synonyms: z.array(text).default([]),
			/** Whether the patient reports it, the clinician finds it, or it is history. */
			kind: z.enum(['symptom', 'sign', 'history']),
			/** The group the differential helper shows it in. */
			group: z.enum(findingGroups),
			/** Body regions the finding concerns, for the symptoms index. */
			regions: z.array(bodyRegion).min(1, { error: 'needs at least one body region' }),
			/** Present only for red flags: what to do, how fast, and why. */
			redFlag: z
				.strictObject({
					/** How fast care is needed. */
					urgency: z.enum(urgencies),
					/** What to do now, in plain words ("Go to A&E or call 999 now"). */
					action: text,
					/** What it may mean, in plain words. */
					why: text,
					/** Sources for the advice. */
					sources: z.array(reference('references')).min(1, { error: 'a red flag needs a source' }),
				})
				.optional(),
			/** Date the wording was last checked. */
			reviewed: reviewedDate,
		})
		.refine((f) => (f.group === 'red-flag') === (f.redFlag !== undefined), {
			error: 'findings in the red-flag group, and only they, need a redFlag block',
			path: ['redFlag'],
		});

export type Finding = z.infer<ReturnType<typeof findingSchema>>;
