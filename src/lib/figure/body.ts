/**
 * The body model: a pose written the way a physiotherapist writes it (a starting posture plus joint
 * angles in degrees), resolved to full joint angles and turned by forward kinematics into 3D body
 * parts (rounded limb segments and ellipsoids) and named points.
 *
 * Units: standing height = 1. World axes: X to the right of the picture, Y up, Z towards the viewer
 * of the default side camera. The body's own axes: x forwards (anterior), y up the spine (superior),
 * z to the body's right.
 *
 * Angle conventions (all in degrees, 0 = standing anatomical position):
 * - hip / shoulder: flexion (+ forwards), abduction (+ out to the side), rotation (+ external/outward)
 * - knee / elbow: flexion (+ bends); ankle: + dorsiflexion (toes up), − pointing the foot
 * - wrist: + bends the hand forwards (90 = hand flat on the floor on all fours)
 * - trunk / neck: flexion (+ bending forwards, − arching back), sideBend (+ to the right),
 *   rotation (+ turning to the right)
 * - whole body: lean (+ tips the body forwards about its left-right axis), roll (+ right side
 *   down), turn (+ turns the body anticlockwise seen from above)
 */
import {
	add,
	apply,
	chain,
	column,
	fromColumns,
	IDENTITY,
	rotX,
	rotY,
	rotZ,
	scale,
	unit,
	type Mat3,
	type Vec3,
} from './vec.ts';

export const sides = ['left', 'right'] as const;
export type Side = (typeof sides)[number];
export const otherSide = (s: Side): Side => (s === 'left' ? 'right' : 'left');

/** Starting postures: each sets the body's orientation and default joint angles. */
export const postures = [
	'standing',
	'sitting',
	'long-sitting',
	'kneeling',
	'supine',
	'prone',
	'side-lying',
	'all-fours',
] as const;
export type Posture = (typeof postures)[number];

export interface HipAngles {
	flexion: number;
	abduction: number;
	rotation: number;
}
export interface LimbAngles {
	hip: HipAngles;
	knee: number;
	ankle: number;
	shoulder: HipAngles;
	elbow: number;
	wrist: number;
}
export interface TrunkAngles {
	flexion: number;
	sideBend: number;
	rotation: number;
}

/** Some of an object's fields, each optional (content leaves out what it does not change). */
export type Some<T> = { [K in keyof T]?: T[K] | undefined };

/** A pose as content writes it: every field optional; a number for hip or shoulder is flexion. */
export interface LimbInput {
	hip?: number | Some<HipAngles> | undefined;
	knee?: number | undefined;
	ankle?: number | undefined;
	shoulder?: number | Some<HipAngles> | undefined;
	elbow?: number | undefined;
	wrist?: number | undefined;
}
export interface PoseInput {
	body?: Posture | undefined;
	lean?: number | undefined;
	roll?: number | undefined;
	turn?: number | undefined;
	trunk?: Some<TrunkAngles> | undefined;
	neck?: Some<TrunkAngles> | undefined;
	both?: LimbInput | undefined;
	left?: LimbInput | undefined;
	right?: LimbInput | undefined;
}

/** A pose with every angle filled in. */
export interface Pose {
	body: Posture;
	lean: number;
	roll: number;
	turn: number;
	trunk: TrunkAngles;
	neck: TrunkAngles;
	left: LimbAngles;
	right: LimbAngles;
}

/** Segment lengths, offsets and radii as fractions of standing height (rounded adult proportions). */
export const dims = {
	hipHalfWidth: 0.07,
	thigh: 0.245,
	shin: 0.245,
	thighR: 0.052,
	shinR: 0.038,
	footR: 0.021,
	/** Heel and toe centres in the foot's frame (ankle at the origin). */
	heel: [-0.02, -0.021, 0] as Vec3,
	toe: [0.09, -0.021, 0] as Vec3,
	waist: 0.095,
	lowerChest: 0.075,
	shoulderY: 0.12,
	shoulderHalfWidth: 0.11,
	neckBase: [-0.02, 0.135, 0] as Vec3,
	upperArm: 0.17,
	forearm: 0.15,
	hand: 0.072,
	upperArmR: 0.032,
	forearmR: 0.026,
	handR: 0.021,
	neckR: 0.03,
	/** Head centre from the neck base, in the head's frame. */
	headCentre: [0.015, 0.1, 0] as Vec3,
	headRadii: [0.058, 0.068, 0.048] as Vec3,
} as const;

const zero: HipAngles = { flexion: 0, abduction: 0, rotation: 0 };
const limb = (l: Partial<LimbAngles> = {}): LimbAngles => ({
	hip: { ...zero, ...l.hip },
	knee: l.knee ?? 0,
	ankle: l.ankle ?? 0,
	shoulder: { ...zero, abduction: 6, ...l.shoulder },
	elbow: l.elbow ?? 5,
	wrist: l.wrist ?? 0,
});

interface PostureDefaults {
	/** The body's orientation in the world: columns are where the body's x, y, z point. */
	frame: Mat3;
	limbs: Partial<LimbAngles>;
	lean?: number;
	neck?: Partial<TrunkAngles>;
}
const deg = (flexion: number, abduction = 0, rotation = 0): HipAngles => ({
	flexion,
	abduction,
	rotation,
});
const UPRIGHT = IDENTITY;
// Lying on the back, head to the left, right side towards the default camera.
const SUPINE = fromColumns([0, 1, 0], [-1, 0, 0], [0, 0, 1]);
// Face down, head to the right, right side towards the default camera.
const PRONE = fromColumns([0, -1, 0], [1, 0, 0], [0, 0, 1]);
// Lying on the left side, head to the right, front of the body towards the default camera.
const SIDE = fromColumns([0, 0, 1], [1, 0, 0], [0, 1, 0]);

/** Each posture: orientation and default joint angles (both sides alike). */
const postureDefaults: Record<Posture, PostureDefaults> = {
	standing: { frame: UPRIGHT, limbs: {} },
	sitting: { frame: UPRIGHT, limbs: { hip: deg(90), knee: 90, shoulder: deg(0, 4), elbow: 50 } },
	'long-sitting': {
		frame: UPRIGHT,
		limbs: { hip: deg(90), shoulder: deg(10, 12), wrist: 80, elbow: 0 },
	},
	kneeling: { frame: UPRIGHT, limbs: { knee: 90, ankle: -70 } },
	supine: { frame: SUPINE, limbs: { ankle: -25, shoulder: deg(-4, 10) } },
	prone: { frame: PRONE, limbs: { ankle: -75, shoulder: deg(0, 10) } },
	'side-lying': { frame: SIDE, limbs: { ankle: -20, hip: deg(10), knee: 15 } },
	// The arms are a little longer than the thighs: the trunk tips 3° head-up so hands and knees both touch.
	'all-fours': {
		frame: PRONE,
		lean: -3,
		neck: { flexion: -10 },
		limbs: { hip: deg(87), knee: 90, ankle: -75, shoulder: deg(87), elbow: 0, wrist: 90 },
	},
};

/** Only the fields given (content's undefined means "unchanged"). */
const given = <T extends object>(o: Some<T> | undefined): Partial<T> =>
	Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
const hipOf = (v: number | Some<HipAngles> | undefined): Partial<HipAngles> =>
	typeof v === 'number' ? { flexion: v } : given(v);

function mergeLimb(base: LimbAngles, input: LimbInput | undefined): LimbAngles {
	if (!input) return base;
	return {
		hip: { ...base.hip, ...hipOf(input.hip) },
		knee: input.knee ?? base.knee,
		ankle: input.ankle ?? base.ankle,
		shoulder: { ...base.shoulder, ...hipOf(input.shoulder) },
		elbow: input.elbow ?? base.elbow,
		wrist: input.wrist ?? base.wrist,
	};
}

/**
 * Fills in a pose: the posture's defaults, then `both`, then each side. With `from`, the input
 * changes only what it names (an end pose written as changes to the start pose).
 */
export function resolvePose(input: PoseInput, from?: Pose): Pose {
	const body = input.body ?? from?.body ?? 'standing';
	const base: Pose =
		from && from.body === body
			? from
			: {
					body,
					lean: postureDefaults[body].lean ?? 0,
					roll: 0,
					turn: 0,
					trunk: { flexion: 0, sideBend: 0, rotation: 0 },
					neck: { flexion: 0, sideBend: 0, rotation: 0, ...postureDefaults[body].neck },
					left: limb(postureDefaults[body].limbs),
					right: limb(postureDefaults[body].limbs),
				};
	const left = mergeLimb(mergeLimb(base.left, input.both), input.left);
	const right = mergeLimb(mergeLimb(base.right, input.both), input.right);
	return {
		body,
		lean: input.lean ?? base.lean,
		roll: input.roll ?? base.roll,
		turn: input.turn ?? base.turn,
		trunk: { ...base.trunk, ...given(input.trunk) },
		neck: { ...base.neck, ...given(input.neck) },
		left,
		right,
	};
}

/** The pelvis's orientation in the world. */
export function pelvisFrame(p: Pose): Mat3 {
	return chain(rotY(p.turn), postureDefaults[p.body].frame, rotZ(-p.lean), rotX(p.roll));
}

const lerpN = (a: number, b: number, t: number) => a + (b - a) * t;
function lerpObj<T extends object>(a: T, b: T, t: number): T {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(a)) {
		const w = (b as Record<string, unknown>)[k];
		out[k] =
			typeof v === 'number'
				? lerpN(v, w as number, t)
				: typeof v === 'object' && v
					? lerpObj(v, w as object, t)
					: t < 0.5
						? v
						: w;
	}
	return out as T;
}

/** A pose between two poses: every angle interpolated (the orientation separately, see frameAt). */
export const interpolatePose = (a: Pose, b: Pose, t: number): Pose => lerpObj(a, b, t);

export type PartName =
	| 'pelvis'
	| 'abdomen'
	| 'chest'
	| 'shoulders'
	| 'neck'
	| 'head'
	| 'nose'
	| 'hair'
	| 'left-eye'
	| 'right-eye'
	| `${Side}-${'thigh' | 'shin' | 'foot' | 'upper-arm' | 'forearm' | 'hand'}`;

export interface Capsule {
	kind: 'capsule';
	part: PartName;
	a: Vec3;
	b: Vec3;
	r: number;
}
export interface Ellipsoid {
	kind: 'ellipsoid';
	part: PartName;
	c: Vec3;
	/** Columns are the three semi-axis vectors. */
	axes: Mat3;
}
export type Shape = Capsule | Ellipsoid;

export const bodyPoints = [
	'pelvis',
	'waist',
	'chest',
	'neck',
	'head',
	'nose',
	'hands',
	'feet',
	'knees',
	...sides.flatMap((s) =>
		(
			[
				'hip',
				'knee',
				'ankle',
				'heel',
				'toes',
				'foot',
				'shoulder',
				'elbow',
				'wrist',
				'hand',
			] as const
		).map((j) => `${s}-${j}` as const),
	),
] as const;
export type BodyPoint = (typeof bodyPoints)[number];

export interface Body {
	shapes: Shape[];
	points: Record<BodyPoint, Vec3>;
	/** Unit vector of the gaze (where the nose points). */
	gaze: Vec3;
	/** Unit vector up the face (from chin to forehead). */
	faceUp: Vec3;
	/** The pelvis frame (columns: body forwards, up, right). */
	pelvis: Mat3;
	/** The chest frame. */
	chestFrame: Mat3;
}

const ellipsoid = (part: PartName, c: Vec3, frame: Mat3, radii: Vec3): Ellipsoid => ({
	kind: 'ellipsoid',
	part,
	c,
	axes: fromColumns(
		scale(column(frame, 0), radii[0]),
		scale(column(frame, 1), radii[1]),
		scale(column(frame, 2), radii[2]),
	),
});
const capsule = (part: PartName, a: Vec3, b: Vec3, r: number): Capsule => ({
	kind: 'capsule',
	part,
	a,
	b,
	r,
});

/** Joint rotation for flexion / abduction / external rotation on one side (s = +1 right, −1 left). */
const ball = (j: HipAngles, s: number) =>
	chain(rotZ(j.flexion), rotX(-s * j.abduction), rotY(-s * j.rotation));
const trunkRot = (t: TrunkAngles, k: number) =>
	chain(rotY(-t.rotation * k), rotX(t.sideBend * k), rotZ(-t.flexion * k));

/**
 * Forward kinematics: the body's parts and points with the pelvis (midway between the hip joints)
 * at `origin` and the pelvis oriented by `frame` (default: the pose's own orientation).
 */
export function buildBody(p: Pose, origin: Vec3 = [0, 0, 0], frame: Mat3 = pelvisFrame(p)): Body {
	const at = (f: Mat3, o: Vec3, v: Vec3) => add(o, apply(f, v));
	const P = frame;
	const shapes: Shape[] = [];
	const pts: Partial<Record<BodyPoint, Vec3>> = { pelvis: origin };

	// Trunk: two joints (waist and lower chest) share the trunk's movement.
	const waist = at(P, origin, [-0.01, dims.waist, 0]);
	const M = mul2(P, trunkRot(p.trunk, 0.5));
	const lowerChest = at(M, waist, [0, dims.lowerChest, 0]);
	const C = mul2(M, trunkRot(p.trunk, 0.5));
	shapes.push(ellipsoid('pelvis', at(P, origin, [-0.006, 0.025, 0]), P, [0.072, 0.09, 0.112]));
	shapes.push(ellipsoid('abdomen', at(M, waist, [0.004, 0.03, 0]), M, [0.075, 0.085, 0.1]));
	shapes.push(ellipsoid('chest', at(C, lowerChest, [0, 0.06, 0]), C, [0.072, 0.1, 0.112]));
	pts.waist = waist;
	// The shoulder girdle: broadens the trunk seen from the front or back.
	const girdle = (z: number) =>
		at(C, lowerChest, [0, dims.shoulderY - 0.01, z * (dims.shoulderHalfWidth - 0.02)]);
	shapes.push(capsule('shoulders', girdle(-1), girdle(1), 0.04));

	// Neck and head.
	const neckBase = at(C, lowerChest, dims.neckBase);
	const H = chain(C, rotY(-p.neck.rotation), rotX(p.neck.sideBend), rotZ(-p.neck.flexion));
	const headC = at(H, neckBase, dims.headCentre);
	shapes.push(capsule('neck', neckBase, at(H, neckBase, [0.012, 0.06, 0]), dims.neckR));
	shapes.push(ellipsoid('head', headC, H, dims.headRadii));
	shapes.push(ellipsoid('nose', at(H, headC, [0.054, -0.012, 0]), H, [0.017, 0.013, 0.01]));
	shapes.push(ellipsoid('hair', at(H, headC, [-0.01, 0.012, 0]), H, [0.056, 0.064, 0.05]));
	for (const s of sides) {
		const z = s === 'right' ? 1 : -1;
		shapes.push(
			ellipsoid(`${s}-eye`, at(H, headC, [0.047, 0.014, 0.024 * z]), H, [0.006, 0.007, 0.006]),
		);
	}
	pts.neck = neckBase;
	pts.head = headC;
	pts.nose = at(H, headC, [0.076, -0.01, 0]);
	pts.chest = at(C, lowerChest, [0, dims.shoulderY, 0]);

	for (const s of sides) {
		const k = s === 'right' ? 1 : -1;
		const L = p[s];
		// Leg.
		const hip = at(P, origin, [0, 0, k * dims.hipHalfWidth]);
		const T = mul2(P, ball(L.hip, k));
		const knee = at(T, hip, [0, -dims.thigh, 0]);
		const S = mul2(T, rotZ(-L.knee));
		const ankle = at(S, knee, [0, -dims.shin, 0]);
		const F = mul2(S, rotZ(L.ankle));
		const heel = at(F, ankle, dims.heel);
		const toe = at(F, ankle, dims.toe);
		shapes.push(capsule(`${s}-thigh`, hip, knee, dims.thighR));
		shapes.push(capsule(`${s}-shin`, knee, ankle, dims.shinR));
		shapes.push(capsule(`${s}-foot`, heel, toe, dims.footR));
		// Arm.
		const shoulder = at(C, lowerChest, [-0.025, dims.shoulderY, k * dims.shoulderHalfWidth]);
		const U = mul2(C, ball(L.shoulder, k));
		const elbow = at(U, shoulder, [0, -dims.upperArm, 0]);
		const Fa = mul2(U, rotZ(L.elbow));
		const wrist = at(Fa, elbow, [0, -dims.forearm, 0]);
		const Ha = mul2(Fa, rotZ(L.wrist));
		const fingers = at(Ha, wrist, [0, -dims.hand, 0]);
		shapes.push(capsule(`${s}-upper-arm`, shoulder, elbow, dims.upperArmR));
		shapes.push(capsule(`${s}-forearm`, elbow, wrist, dims.forearmR));
		shapes.push(capsule(`${s}-hand`, at(Ha, wrist, [0, -0.012, 0]), fingers, dims.handR));
		Object.assign(pts, {
			[`${s}-hip`]: hip,
			[`${s}-knee`]: knee,
			[`${s}-ankle`]: ankle,
			[`${s}-heel`]: heel,
			[`${s}-toes`]: toe,
			[`${s}-foot`]: scale(add(heel, toe), 0.5),
			[`${s}-shoulder`]: shoulder,
			[`${s}-elbow`]: elbow,
			[`${s}-wrist`]: wrist,
			[`${s}-hand`]: scale(add(wrist, fingers), 0.5),
		});
	}
	const mid = (a: BodyPoint, b: BodyPoint) => scale(add(pts[a]!, pts[b]!), 0.5);
	pts.hands = mid('left-hand', 'right-hand');
	pts.feet = mid('left-foot', 'right-foot');
	pts.knees = mid('left-knee', 'right-knee');
	return {
		shapes,
		points: pts as Record<BodyPoint, Vec3>,
		gaze: unit(column(H, 0)),
		faceUp: unit(column(H, 1)),
		pelvis: P,
		chestFrame: C,
	};
}

const mul2 = (a: Mat3, b: Mat3) => chain(a, b);

/** The same body moved by `d`. */
export function translateBody(b: Body, d: Vec3): Body {
	const shapes = b.shapes.map((s) =>
		s.kind === 'capsule' ? { ...s, a: add(s.a, d), b: add(s.b, d) } : { ...s, c: add(s.c, d) },
	);
	const points = Object.fromEntries(
		Object.entries(b.points).map(([k, v]) => [k, add(v, d)]),
	) as Record<BodyPoint, Vec3>;
	return { ...b, shapes, points };
}

/** Half the extent of an ellipsoid along a unit direction (its support distance). */
export function ellipsoidExtent(e: Ellipsoid, dir: Vec3): number {
	const a = e.axes;
	return Math.hypot(dot3(column(a, 0), dir), dot3(column(a, 1), dir), dot3(column(a, 2), dir));
}
const dot3 = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** Parts that carry weight and can collide: not the hair, nose or eyes, which are drawing details. */
export const isSolid = (s: Shape) =>
	s.part !== 'nose' && s.part !== 'hair' && !s.part.endsWith('eye');

/** Lowest point (world Y) of a shape. */
export function shapeBottom(s: Shape): number {
	return s.kind === 'capsule'
		? Math.min(s.a[1], s.b[1]) - s.r
		: s.c[1] - ellipsoidExtent(s, [0, 1, 0]);
}

/** Every point of a shape's outline in a direction, for bounds. */
export function shapeExtent(s: Shape, dir: Vec3): [number, number] {
	if (s.kind === 'capsule') {
		const a = dot3(s.a, dir);
		const b = dot3(s.b, dir);
		return [Math.min(a, b) - s.r, Math.max(a, b) + s.r];
	}
	const c = dot3(s.c, dir);
	const e = ellipsoidExtent(s, dir);
	return [c - e, c + e];
}
