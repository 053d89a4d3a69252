/** One row of the table that turns a key finding's strength grade into the likelihood ratio the differential helper uses. */
import { z } from 'astro/zod';
import { text } from './shared.ts';

export const strengthGradeSchema = z.strictObject({
	/** The likelihood ratio this grade stands for. */
	lr: z.number().positive({ error: 'a likelihood ratio must be above 0' }),
	/** Short name shown in the helper's working. */
	label: text,
	/** What the grade means, shown in the helper's method section. */
	meaning: text,
});
