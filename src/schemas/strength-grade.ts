/**
 * One row of the table that turns a key finding's strength grade into the weights the differential
 * helper uses. A grade stands for an assumed sensitivity and specificity, so its weight for presence
 * (LR+) and for absence (LR−) follow from one 2×2 table, exactly as a clinical test's do.
 */
import { z } from 'astro/zod';
import { probability, text } from './shared.ts';

export const strengthGradeSchema = z.strictObject({
	/** Assumed share of people with the condition who have the finding. */
	sensitivity: probability,
	/** Assumed share of people with a look-alike who do not have it. */
	specificity: probability,
	/** Short name shown in the helper's working. */
	label: text,
	/** What the grade means, shown in the helper's method section. */
	meaning: text,
});
