/**
 * Figures drawn at build time by src/lib/figure from a 3D pose: a starting posture plus the joint
 * angles a physiotherapist would write, seen from a chosen camera, with props, a motion arrow and
 * an animation between the start and end positions. See src/lib/figure/README.md for the angle
 * conventions, the list of constraints and examples.
 *
 * ```yaml
 * figures:
 *   view: side-high                # side | side-high | front | back | above | three-quarter | { azimuth, elevation }
 *   props: [{ kind: mat }, { kind: pillow, under: head }]
 *   move: [right-knee]             # the part whose path gets the motion arrow
 *   start:
 *     alt: Lying on one side, hips and knees bent, knees and feet together.
 *     pose: { body: side-lying, both: { hip: 45, knee: 90 } }
 *     shows: [knees-together, feet-together]      # what the caption states; unit-tested
 *   end:                           # only what changes from the start
 *     alt: The top knee lifted up away from the bottom knee while the feet stay together.
 *     pose: { right: { hip: { rotation: 40 } } }
 *     shows: [knees-apart, feet-together]
 * ```
 */
import { z } from 'astro/zod';
import { bodyPoints, postures } from '../lib/figure/body.ts';
import { cameraNames } from '../lib/figure/camera.ts';
import { constraintNames } from '../lib/figure/constraints.ts';
import { directions, propKinds } from '../lib/figure/scene.ts';
import { text } from './shared.ts';

const angle = z.number().min(-180).max(180);

/** Hip or shoulder: a number is flexion; or any of flexion, abduction, rotation (+ outward). */
const ballJoint = z.union([
	angle,
	z.strictObject({
		/** + forwards, − backwards (extension). */
		flexion: angle.optional(),
		/** + out to the side, − across the body (adduction). */
		abduction: angle.optional(),
		/** + outward (external), − inward (internal). */
		rotation: angle.optional(),
	}),
]);

const limbSchema = z.strictObject({
	hip: ballJoint.optional(),
	/** Knee flexion: 0 straight, 90 a right angle. */
	knee: z.number().min(-10).max(165).optional(),
	/** + toes up (dorsiflexion), − pointing the foot. */
	ankle: z.number().min(-90).max(45).optional(),
	shoulder: ballJoint.optional(),
	/** Elbow flexion: 0 straight. */
	elbow: z.number().min(-10).max(160).optional(),
	/** + bends the hand forwards (90: hand flat on the floor on all fours). */
	wrist: z.number().min(-90).max(100).optional(),
});

const spineSchema = z.strictObject({
	/** + bending forwards, − arching back (extension). */
	flexion: angle.optional(),
	/** + to the right. */
	sideBend: angle.optional(),
	/** + turning to the right. */
	rotation: angle.optional(),
});

export const poseSchema = z.strictObject({
	/** Starting posture (orientation and default joint angles); required in the start pose. */
	body: z.enum(postures).optional(),
	/** Tips the whole body forwards (+) about its left-right axis, e.g. a hip hinge, or −25 lifts the hips of a bridge. */
	lean: angle.optional(),
	/** Rolls the whole body (+ right side down). */
	roll: angle.optional(),
	/** Turns the whole body about the vertical (+ anticlockwise seen from above). */
	turn: angle.optional(),
	trunk: spineSchema.optional(),
	/** Neck: flexion + looks down, − looks up; rotation + turns the head right. */
	neck: spineSchema.optional(),
	/** Angles for both sides (then `left` and `right` override). */
	both: limbSchema.optional(),
	left: limbSchema.optional(),
	right: limbSchema.optional(),
});

const bodyPoint = z.enum(bodyPoints);
const constraint = z.enum(constraintNames as unknown as [string, ...string[]]);

const positionSchema = z.strictObject({
	/**
	 * The caption's first word, when "Start" and "End" would mislead: an exercise that moves between
	 * two positions from a third one (cat-camel: "Rounded", "Sagged").
	 */
	label: z.string().min(1).max(24).optional(),
	/** What the figure shows, for people who cannot see it (alt text and caption). */
	alt: text,
	pose: poseSchema,
	/** The constraints the caption states (see src/lib/figure/constraints.ts); the unit tests check them. */
	shows: z.array(constraint).default([]),
});

const propSchema = z
	.strictObject({
		kind: z.enum(propKinds),
		/** step: the foot on it (left-foot, right-foot); chair, bench: pelvis (sitting); pillow: head. */
		under: bodyPoint.optional(),
		/** band, towel: the two body points it runs between. */
		from: bodyPoint.optional(),
		to: bodyPoint.optional(),
		/** wall: which side of the body it stands on. */
		side: z.enum(['behind', 'in-front', 'left', 'right']).optional(),
	})
	.refine((p) => (p.kind !== 'band' && p.kind !== 'towel') || (p.from && p.to), {
		error: 'a band or towel needs `from` and `to`',
		path: ['from'],
	})
	.refine((p) => p.kind !== 'step' || p.under === 'left-foot' || p.under === 'right-foot', {
		error: 'a step needs `under: left-foot` or `right-foot`',
		path: ['under'],
	});

const cameraSchema = z.union([
	z.enum(cameraNames),
	z.strictObject({
		/** 0 = the default side, 90 = from the front of a standing figure, 270 = from behind. */
		azimuth: z.number().min(-360).max(360),
		/** 0 = level, 90 = from above. */
		elevation: z.number().min(-10).max(90),
	}),
]);

const pushSchema = z.strictObject({
	at: bodyPoint,
	toward: z.enum(directions),
	/** patient: the part pushes that way (an isometric hold); examiner: someone pushes it that way. */
	by: z.enum(['patient', 'examiner']).default('patient'),
});

const figureSetShape = {
	/** The camera: a preset or { azimuth, elevation } in degrees. */
	view: cameraSchema.default('side'),
	/** Mat, step, chair, bench, wall, band, towel, pillow: sized from the body so they fit. */
	props: z.array(propSchema).default([]),
	/** The body point that stays put between start and end (default: the pelvis). */
	anchor: bodyPoint.optional(),
	/** Body points whose path gets a motion arrow (the moving part). */
	move: z.array(bodyPoint).max(3).default([]),
	/** Force arrows without movement (an isometric push, an examiner's pressure); drawn on the end figure. */
	push: z.array(pushSchema).max(3).default([]),
	/** Another person's hands (an examiner, or a partner holding the ankles), drawn with a dashed outline. */
	hands: z
		.array(z.strictObject({ at: bodyPoint, from: z.enum(directions) }))
		.max(3)
		.default([]),
	start: positionSchema.refine((p) => p.pose.body !== undefined, {
		error: 'the start pose needs `body` (its posture)',
		path: ['pose', 'body'],
	}),
	/** Only what changes from the start pose. */
	end: positionSchema,
	/** A middle position for the animation only (changes from the start), when moving straight from start to end would pass a limb through the body. */
	via: z.strictObject({ pose: poseSchema }).optional(),
};

const showsMovement = (f: { move: unknown[]; push: unknown[] }) =>
	f.move.length + f.push.length > 0;

/** The start and end figures every exercise shows, with the movement between them. */
export const exerciseFiguresSchema = z.strictObject(figureSetShape).refine(showsMovement, {
	error: 'say what moves: `move` (a motion arrow) or `push` (a force arrow)',
	path: ['move'],
});

/**
 * The picture of a clinical test (issue 13): the patient's position and the movement, optionally an
 * examiner's hands and pressure. The same shape as an exercise's figures, so the same component
 * draws it.
 */
export const testFigureSchema = exerciseFiguresSchema;

export type FigureSet = z.infer<typeof exerciseFiguresSchema>;
