/**
 * A simple side-on human figure described by the direction of each body segment, and the joint
 * positions that follow from it. Exercise pages draw their start and end positions from these poses
 * (svg.ts), so every figure shares one style and is generated at build time from content.
 *
 * Angles are in degrees, counter-clockwise from pointing to the viewer's right (0 = right,
 * 90 = up, 180 = left, 270 = down). Coordinates are in body heights with the hip at the origin and
 * y pointing up.
 */

/** Segment lengths as fractions of standing height (rounded adult proportions). */
export const segmentLengths = {
	torso: 0.3,
	neck: 0.045,
	headRadius: 0.065,
	upperArm: 0.165,
	forearm: 0.19,
	thigh: 0.245,
	shin: 0.245,
	foot: 0.075,
} as const;

export interface LimbAngles {
	upperArm: number;
	forearm: number;
	thigh: number;
	shin: number;
	foot: number;
}

export interface Pose {
	/** Direction from hip to shoulder. */
	torso: number;
	/** Direction from shoulder through neck to the head. */
	head: number;
	/** Limbs on the side nearer the viewer (drawn in front). */
	near: LimbAngles;
	/** Limbs on the far side (drawn behind, fainter). */
	far: LimbAngles;
}

export interface Point {
	x: number;
	y: number;
}

export interface LimbJoints {
	elbow: Point;
	wrist: Point;
	knee: Point;
	ankle: Point;
	toe: Point;
}

export interface Joints {
	hip: Point;
	shoulder: Point;
	neck: Point;
	head: Point;
	near: LimbJoints;
	far: LimbJoints;
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** The point `length` away from `from` in direction `degrees`. */
export function step(from: Point, degrees: number, length: number): Point {
	const r = toRadians(degrees);
	// Rounded to 1e-9 so that 90° gives an exact zero rather than 6e-17.
	const round = (v: number) => Math.round(v * 1e9) / 1e9 + 0; // "+ 0" turns -0 into 0
	return { x: round(from.x + length * Math.cos(r)), y: round(from.y + length * Math.sin(r)) };
}

function limb(hip: Point, shoulder: Point, a: LimbAngles): LimbJoints {
	const elbow = step(shoulder, a.upperArm, segmentLengths.upperArm);
	const wrist = step(elbow, a.forearm, segmentLengths.forearm);
	const knee = step(hip, a.thigh, segmentLengths.thigh);
	const ankle = step(knee, a.shin, segmentLengths.shin);
	const toe = step(ankle, a.foot, segmentLengths.foot);
	return { elbow, wrist, knee, ankle, toe };
}

/** Joint positions for a pose, hip at the origin. */
export function jointsOf(pose: Pose): Joints {
	const hip = { x: 0, y: 0 };
	const shoulder = step(hip, pose.torso, segmentLengths.torso);
	const neck = step(shoulder, pose.head, segmentLengths.neck);
	const head = step(neck, pose.head, segmentLengths.headRadius);
	return {
		hip,
		shoulder,
		neck,
		head,
		near: limb(hip, shoulder, pose.near),
		far: limb(hip, shoulder, pose.far),
	};
}

/** Every point of the figure, including the top of the head, for bounds and grounding. */
export function outlinePoints(j: Joints): Point[] {
	const r = segmentLengths.headRadius;
	const limbs = [j.near, j.far].flatMap((l) => [l.elbow, l.wrist, l.knee, l.ankle, l.toe]);
	return [
		j.hip,
		j.shoulder,
		j.neck,
		{ x: j.head.x - r, y: j.head.y - r },
		{ x: j.head.x + r, y: j.head.y + r },
		...limbs,
	];
}
