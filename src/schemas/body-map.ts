/**
 * The body map of /symptoms/ (`content/symptoms/body-map.yaml`): the areas a patient can choose, the
 * findings each area offers, and the feelings and triggers offered wherever the pain is. Loaded by
 * `src/content.config.ts` as the one entry of the `body-map` collection; whether its finding ids
 * exist, and that none is a red flag, is a content rule (scripts/content-check/rules/body-map.ts).
 */
import { z } from 'astro/zod';
import { bodyRegion, kebabId, reviewedDate, text } from './shared.ts';

/** The areas, in the order the checklist shows them; each is also a shape of the picture. */
export const bodyMapAreaIds = [
	'lower-back',
	'buttock',
	'sit-bone',
	'tailbone',
	'side-of-hip',
	'down-below',
	'back-of-thigh',
	'below-knee',
] as const;

export const bodyMapAreaSchema = z.strictObject({
	/** The area's id: its value in the page's `a=` parameter and its shape in the picture. */
	id: z.enum(bodyMapAreaIds),
	/** What a patient calls it. */
	label: text,
	/** The body region its red flags come from. */
	region: bodyRegion,
	/** Findings offered once the area is chosen; the first is what choosing the area itself means. */
	findings: z.array(kebabId).min(1, { error: 'an area offers at least one finding' }),
});

export const bodyMapSchema = z
	.strictObject({
		/** The date a person last checked the map against the findings. */
		reviewed: reviewedDate,
		/** Every area of `bodyMapAreaIds`, once each. */
		areas: z.array(bodyMapAreaSchema),
		/** Findings about how it feels and what sets it off, offered wherever the pain is. */
		feels: z.array(kebabId).min(1),
	})
	.refine((m) => bodyMapAreaIds.every((id) => m.areas.filter((a) => a.id === id).length === 1), {
		error: `list each area once: ${bodyMapAreaIds.join(', ')}`,
		path: ['areas'],
	});
export type BodyMap = z.infer<typeof bodyMapSchema>;
