/**
 * A figure of an exercise position, drawn at build time by src/lib/figure from a pose: the direction
 * of each body segment of a side-on stick figure. Angles are degrees counter-clockwise from pointing
 * to the viewer's right (0 = right, 90 = up, 180 = left, 270 = down).
 */
import { z } from 'astro/zod';
import { text } from './shared.ts';

const angle = z.number().min(-360).max(360);

const limbAnglesSchema = z.strictObject({
	/** Shoulder to elbow. */
	upperArm: angle,
	/** Elbow to fingertips. */
	forearm: angle,
	/** Hip to knee. */
	thigh: angle,
	/** Knee to ankle. */
	shin: angle,
	/** Ankle to toes. */
	foot: angle,
});

export const poseSchema = z.strictObject({
	/** Hip to shoulder. */
	torso: angle,
	/** Shoulder through the neck to the head. */
	head: angle,
	/** Arm and leg nearer the viewer (drawn in front). */
	near: limbAnglesSchema,
	/** Arm and leg on the far side (drawn behind, fainter). */
	far: limbAnglesSchema,
});

export const figureSchema = z.strictObject({
	/** What the figure shows, for people who cannot see it (alt text). */
	alt: text,
	/** The body position. */
	pose: poseSchema,
	/** Things standing on the floor, in body heights relative to the hip: a step, a bench, a chair seat. */
	boxes: z
		.array(
			z.strictObject({
				/** Left edge. */
				from: z.number(),
				/** Right edge. */
				to: z.number(),
				/** Height of the top above the floor. */
				height: z.number().positive(),
				/** The leg whose foot stands on the box ("near" or "far"); omit for a box nobody stands on. */
				under: z.enum(['near', 'far']).optional(),
			}),
		)
		.default([]),
	/** Whether to draw the floor line under the figure. */
	floor: z.boolean().default(true),
});

/** The two figures every exercise shows. */
export const exerciseFiguresSchema = z.strictObject({
	/** Starting position. */
	start: figureSchema,
	/** End of the movement (or the held position). */
	end: figureSchema,
});
