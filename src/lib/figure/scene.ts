/**
 * A figure set (what content writes: a start and an end pose, a camera, props, the moving parts)
 * turned into 3D scenes: the start body resting on the floor or on its props, the end body and the
 * in-between frames held at the anchor, the props sized to fit the body, straps, an examiner's
 * hands and the motion arrows' paths.
 */
import {
	buildBody,
	interpolatePose,
	isSolid,
	pelvisFrame,
	resolvePose,
	shapeBottom,
	shapeExtent,
	translateBody,
	type Body,
	type BodyPoint,
	type Pose,
	type PoseInput,
	type Shape,
} from './body.ts';
import type { CameraInput } from './camera.ts';
import { add, column, dot, norm, scale, slerp, sub, unit, type Mat3, type Vec3 } from './vec.ts';

export const directions = ['up', 'down', 'forward', 'back', 'out', 'in', 'head', 'feet'] as const;
export type Direction = (typeof directions)[number];

export const propKinds = [
	'mat',
	'step',
	'chair',
	'bench',
	'wall',
	'band',
	'towel',
	'pillow',
] as const;
export type PropKind = (typeof propKinds)[number];

/** A prop as content writes it. Sizes are worked out from the body so props always fit. */
export interface PropInput {
	kind: PropKind;
	/** step: the foot on it; chair and bench: `pelvis` (sitting) or omitted (lying on a bench); pillow: `head` or a knee. */
	under?: BodyPoint | undefined;
	/** band and towel: the two body points the strap runs between. */
	from?: BodyPoint | undefined;
	to?: BodyPoint | undefined;
	/** wall: which side of the body it stands on. */
	side?: 'behind' | 'in-front' | 'left' | 'right' | undefined;
}

export interface PushInput {
	at: BodyPoint;
	toward: Direction;
	/** Who pushes: the patient pushes the part towards the direction; an examiner pushes it from outside. */
	by?: 'patient' | 'examiner' | undefined;
}
export interface HandsInput {
	at: BodyPoint;
	from: Direction;
}

export interface PoseFigureInput {
	/** The caption's first word instead of "Start" or "End". */
	label?: string | undefined;
	alt: string;
	pose: PoseInput;
	shows?: readonly string[] | undefined;
}

export interface FigureSetInput {
	view?: CameraInput | undefined;
	props?: readonly PropInput[] | undefined;
	/** The body point that stays put between start and end (default: the pelvis). */
	anchor?: BodyPoint | undefined;
	/** Body points whose path gets a motion arrow. */
	move?: readonly BodyPoint[] | undefined;
	/** Force arrows (an isometric push, an examiner's pressure). */
	push?: readonly PushInput[] | undefined;
	/** Another person’s hands on the body (an examiner, or a partner holding the ankles). */
	hands?: readonly HandsInput[] | undefined;
	start: PoseFigureInput;
	end: PoseFigureInput;
	/** A middle position for the animation only (changes from the start), when a straight path would pass a limb through the body. */
	via?: { pose: PoseInput } | undefined;
}

/** An axis-aligned box (world coordinates). */
export interface Box {
	min: Vec3;
	max: Vec3;
	/** Whether a body part can rest on its top (steps, seats, benches, mats, pillows). */
	support: boolean;
	kind: PropKind;
}

export interface Strap {
	a: Vec3;
	b: Vec3;
	kind: 'band' | 'towel';
}

export interface ExaminerHand {
	hand: [Vec3, Vec3];
	arm: [Vec3, Vec3];
}

export interface Frame {
	body: Body;
	straps: Strap[];
	hands: ExaminerHand[];
}

export interface Scene {
	start: Pose;
	end: Pose;
	/** Frames from start (index 0) to end (last), eased in time. */
	frames: Frame[];
	boxes: Box[];
	/** Chair legs and backrest posts, as thin rods. */
	rods: [Vec3, Vec3][];
	input: FigureSetInput;
}

export const FRAME_COUNT = 5;
/** Ease in and out: frames cluster near the start and end positions. */
export const ease = (t: number) => (1 - Math.cos(Math.PI * t)) / 2;

const BENCH_HEIGHT = 0.36;
/** Gap between the seat and a bottom that stops just above it (a squat to a chair). */
const HOVER = 0.02;
/** How far a strap between both legs reaches past each limb's centre. */
const STRAP_OVERHANG = 0.06;

function bounds(shapes: readonly Shape[], axis: 0 | 1 | 2): [number, number] {
	const d: Vec3 = [axis === 0 ? 1 : 0, axis === 1 ? 1 : 0, axis === 2 ? 1 : 0];
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of shapes) {
		const [a, b] = shapeExtent(s, d);
		lo = Math.min(lo, a);
		hi = Math.max(hi, b);
	}
	return [lo, hi];
}

const legOf = (p: BodyPoint | undefined) =>
	p?.startsWith('left') ? 'left' : p?.startsWith('right') ? 'right' : undefined;

/** Whether the body lies (its spine closer to horizontal than vertical). */
export const isLying = (b: Body) => Math.abs(column(b.pelvis, 1)[1]) < 0.6;

/** Body shapes that rest on a raised prop rather than on the floor. */
function restsOnProp(s: Shape, props: readonly PropInput[]): boolean {
	return props.some((p) => {
		if (p.kind === 'step') {
			const leg = legOf(p.under);
			return leg !== undefined && (s.part === `${leg}-foot` || s.part === `${leg}-shin`);
		}
		if (p.kind === 'pillow') return s.part === 'head';
		return false;
	});
}

/**
 * How far the start body must be moved up so it rests on the floor (Y = 0) or on its bench; the
 * floor height is 0 unless a bench carries the body.
 */
function groundingOffset(b: Body, props: readonly PropInput[]): number {
	const bench = props.find((p) => p.kind === 'bench');
	if (bench) {
		const supported =
			bench.under === 'pelvis'
				? b.shapes.filter((s) => s.part === 'pelvis')
				: b.shapes.filter(isSolid);
		return BENCH_HEIGHT - Math.min(...supported.map(shapeBottom));
	}
	const onFloor = b.shapes.filter((s) => isSolid(s) && !restsOnProp(s, props));
	return -Math.min(...onFloor.map(shapeBottom));
}

function box(kind: PropKind, min: Vec3, max: Vec3, support = true): Box {
	return { kind, min, max, support };
}

/** Props sized and placed from the grounded start body (and the end body, for the mat's extent). */
function buildProps(
	inputs: readonly PropInput[],
	start: Body,
	end: Body,
): { boxes: Box[]; rods: [Vec3, Vec3][] } {
	const boxes: Box[] = [];
	const rods: [Vec3, Vec3][] = [];
	const all = [...start.shapes, ...end.shapes];
	const supportTop = (x: number, z: number) =>
		Math.max(
			0,
			...boxes
				.filter(
					(b) => b.support && x >= b.min[0] && x <= b.max[0] && z >= b.min[2] && z <= b.max[2],
				)
				.map((b) => b.max[1]),
		);
	// Benches and chairs first: mats and pillows may lie on them.
	const order = [...inputs].sort((a, b) => rank(a.kind) - rank(b.kind));
	for (const p of order) {
		if (p.kind === 'bench') {
			const sitting = p.under === 'pelvis';
			const [x0, x1] = sitting
				? [start.points.pelvis[0] - 0.32, start.points.knees[0] - 0.06]
				: widen(bounds(all, 0), 0.06);
			const top = sitting
				? shapeBottom(start.shapes.find((s) => s.part === 'pelvis')!)
				: Math.min(...start.shapes.filter(isSolid).map(shapeBottom));
			const zc = start.points.pelvis[2];
			boxes.push(box('bench', [x0, top - 0.05, zc - 0.19], [x1, top, zc + 0.19]));
			for (const x of [x0 + 0.03, x1 - 0.03])
				for (const z of [zc - 0.16, zc + 0.16])
					rods.push([
						[x, top - 0.05, z],
						[x, top - BENCH_HEIGHT, z],
					]);
		} else if (p.kind === 'chair') {
			// Sized to the body that sits: the start, or the end of a squat to a chair (whose
			// bottom stops just above the seat).
			const seatBottom = (b: Body) => shapeBottom(b.shapes.find((s) => s.part === 'pelvis')!);
			const toChair = seatBottom(end) < seatBottom(start) - 0.1;
			const seated = toChair ? end : start;
			const top = seatBottom(seated) - (toChair ? HOVER : 0);
			const px = seated.points.pelvis[0];
			const zc = seated.points.pelvis[2];
			const [x0, x1] = [px - 0.14, px + 0.15];
			boxes.push(box('chair', [x0, top - 0.03, zc - 0.16], [x1, top, zc + 0.16]));
			boxes.push(box('chair', [x0 - 0.025, top, zc - 0.16], [x0, top + 0.26, zc + 0.16], false));
			for (const x of [x0 + 0.01, x1 - 0.015])
				for (const z of [zc - 0.145, zc + 0.145])
					rods.push([
						[x, top - 0.03, z],
						[x, 0, z],
					]);
		}
	}
	for (const p of order) {
		if (p.kind === 'mat') {
			const low = all.filter((s) => isSolid(s) && shapeBottom(s) < supportTop(0, 0) + 0.15);
			const [x0, x1] = widen(bounds(low, 0), 0.05);
			const [z0, z1] = bounds(low, 2);
			const zc = (z0 + z1) / 2;
			const hz = Math.max(0.2, (z1 - z0) / 2 + 0.03);
			const base = supportTop((x0 + x1) / 2, zc);
			boxes.push(box('mat', [x0, base - 0.014, zc - hz], [x1, base, zc + hz]));
		} else if (p.kind === 'step') {
			const leg = legOf(p.under) ?? 'right';
			const heel = start.points[`${leg}-heel`];
			const toe = start.points[`${leg}-toes`];
			const top = Math.min(heel[1], toe[1]) - 0.021;
			boxes.push(
				box(
					'step',
					[Math.min(heel[0], toe[0]) - 0.05, 0, heel[2] - 0.2],
					[Math.max(heel[0], toe[0]) + 0.08, top, heel[2] + 0.2],
				),
			);
		} else if (p.kind === 'pillow') {
			const part = p.under ?? 'head';
			const shape = part === 'head' ? start.shapes.find((s) => s.part === 'head')! : undefined;
			const c = start.points[part];
			const top = shape ? shapeBottom(shape) : c[1] - 0.05;
			const base = supportTop(c[0], c[2]);
			boxes.push(
				box(
					'pillow',
					[c[0] - 0.09, base, c[2] - 0.11],
					[c[0] + 0.09, Math.max(top, base + 0.012), c[2] + 0.11],
				),
			);
		} else if (p.kind === 'wall') {
			const fwd = column(start.pelvis, 0);
			const right = column(start.pelvis, 2);
			const dir =
				p.side === 'in-front'
					? fwd
					: p.side === 'left'
						? scale(right, -1)
						: p.side === 'right'
							? right
							: scale(fwd, -1);
			// The wall is perpendicular to the world axis closest to `dir`.
			const axis = Math.abs(dir[0]) > Math.abs(dir[2]) ? 0 : 2;
			const sign = Math.sign(dir[axis]);
			const [lo, hi] = bounds(all, axis);
			const face = sign > 0 ? hi + 0.005 : lo - 0.005;
			const other = axis === 0 ? 2 : 0;
			const [olo, ohi] = widen(bounds(all, other), 0.15);
			const min: [number, number, number] = [0, 0, 0];
			const max: [number, number, number] = [0, 1.05, 0];
			min[axis] = sign > 0 ? face : face - 0.03;
			max[axis] = sign > 0 ? face + 0.03 : face;
			min[other] = olo;
			max[other] = ohi;
			boxes.push(box('wall', min, max, false));
		}
	}
	return { boxes, rods };
}

const rank = (k: PropKind) => (k === 'bench' || k === 'chair' ? 0 : 1);
const widen = ([a, b]: [number, number], m: number): [number, number] => [a - m, b + m];

/** A unit vector for a direction word, at a body point. */
export function directionVector(d: Direction, body: Body, at: BodyPoint): Vec3 {
	const P = body.pelvis;
	const flat = (v: Vec3) => unit(v);
	const sideSign = at.startsWith('left') ? -1 : 1;
	switch (d) {
		case 'up':
			return [0, 1, 0];
		case 'down':
			return [0, -1, 0];
		case 'forward':
			return flat(column(P, 0));
		case 'back':
			return flat(scale(column(P, 0), -1));
		case 'head':
			return flat(column(P, 1));
		case 'feet':
			return flat(scale(column(P, 1), -1));
		case 'out':
			return flat(scale(column(P, 2), sideSign));
		case 'in':
			return flat(scale(column(P, 2), -sideSign));
	}
}

/** Whether a point is inside a body shape (with a margin). */
export function insideShape(s: Shape, p: Vec3, margin = 0): boolean {
	if (s.kind === 'capsule') return distToSegment(p, s.a, s.b) < s.r + margin;
	return ellipsoidQ(s.axes, sub(p, s.c)) < 1 + margin / 0.06;
}

/** The normalised radius of a point relative to an ellipsoid (1 on the surface). */
export function ellipsoidQ(axes: Mat3, v: Vec3): number {
	// Solve axes · u = v for u (axes columns are orthogonal): u_i = (col_i · v) / |col_i|².
	let q = 0;
	for (const i of [0, 1, 2] as const) {
		const c = column(axes, i);
		const u = dot(c, v) / dot(c, c);
		q += u * u;
	}
	return Math.sqrt(q);
}

export function distToSegment(p: Vec3, a: Vec3, b: Vec3): number {
	const ab = sub(b, a);
	const l = dot(ab, ab);
	const t = l === 0 ? 0 : Math.max(0, Math.min(1, dot(sub(p, a), ab) / l));
	return norm(sub(p, add(a, scale(ab, t))));
}

/** How far from `p` along `dir` the body surface is (0 if `p` is already outside). */
export function surfaceDistance(body: Body, p: Vec3, dir: Vec3): number {
	let t = 0;
	while (
		t < 0.3 &&
		body.shapes.some(
			(s) => !s.part.endsWith('eye') && s.part !== 'hair' && insideShape(s, add(p, scale(dir, t))),
		)
	)
		t += 0.004;
	return t;
}

function examinerHands(body: Body, inputs: readonly HandsInput[]): ExaminerHand[] {
	return inputs.map(({ at, from }) => {
		const p = body.points[at];
		const d = directionVector(from, body, at);
		const c = add(p, scale(d, surfaceDistance(body, p, d) + 0.022));
		// The hand lies along the part (perpendicular to the approach and to the body's left-right
		// axis), its fingers pointing towards the middle of the body and the wrist on the far side.
		let across = unit(crossV(d, column(body.pelvis, 2)));
		if (!(norm(across) > 0.5)) across = unit(crossV(d, column(body.pelvis, 1)));
		if (dot(across, sub(body.points.pelvis, p)) < 0) across = scale(across, -1);
		const wrist = add(c, scale(across, -0.03));
		const hand: [Vec3, Vec3] = [wrist, add(c, scale(across, 0.045))];
		// The forearm leaves the wrist at a slant, towards where the examiner stands: beside the
		// patient on the side of the part, reaching in from beyond the wrist (a hand and forearm,
		// not a post).
		// A hand from below (cupping a heel) cannot have its forearm under the couch: it reaches in level.
		const side = directionVector('out', body, at.startsWith('left') ? at : 'right-hip');
		const reach: Vec3 = d[1] < 0 ? [d[0], 0.3, d[2]] : d;
		const away = unit(add(add(reach, scale(side, 1.2)), scale(across, -0.8)));
		const arm: [Vec3, Vec3] = [add(wrist, scale(away, 0.015)), add(wrist, scale(away, 0.16))];
		return { hand, arm };
	});
}
const crossV = (a: Vec3, b: Vec3): Vec3 => [
	a[1] * b[2] - a[2] * b[1],
	a[2] * b[0] - a[0] * b[2],
	a[0] * b[1] - a[1] * b[0],
];

function straps(body: Body, inputs: readonly PropInput[]): Strap[] {
	return inputs.flatMap((p) => {
		if ((p.kind !== 'band' && p.kind !== 'towel') || !p.from || !p.to) return [];
		const a = body.points[p.from];
		const b = body.points[p.to];
		// Between the same point of both legs (a belt round the knees, a towel under the heels): the
		// strap spans both limbs, past each one's outer edge.
		if (p.from.replace(/^(left|right)-/, '') !== p.to.replace(/^(left|right)-/, ''))
			return [{ a, b, kind: p.kind }];
		const out = scale(unit(sub(b, a)), STRAP_OVERHANG);
		return [{ a: sub(a, out), b: add(b, out), kind: p.kind }];
	});
}

/** Builds the scene for a figure set. */
export function buildScene(input: FigureSetInput): Scene {
	const start = resolvePose(input.start.pose);
	const end = resolvePose(input.end.pose, start);
	const props = input.props ?? [];
	const raw = buildBody(start);
	const lift = groundingOffset(raw, props);
	const startBody = translateBody(raw, [0, lift, 0]);
	const anchor = input.anchor ?? 'pelvis';
	const anchorAt = startBody.points[anchor];
	const restLevel = Math.min(...startBody.shapes.filter(isSolid).map(shapeBottom));
	const fs = pelvisFrame(start);
	const fe = pelvisFrame(end);
	// Frames: eased from start to end, or start → via → end when a middle position is given.
	const via = input.via ? resolvePose(input.via.pose, start) : undefined;
	const fv = via ? pelvisFrame(via) : fs;
	const at = (i: number): [Pose, Mat3] => {
		if (!via) {
			const t = ease(i / (FRAME_COUNT - 1));
			return [interpolatePose(start, end, t), slerp(fs, fe, t)];
		}
		const u = (2 * i) / (FRAME_COUNT - 1);
		return u <= 1
			? [interpolatePose(start, via, u), slerp(fs, fv, u)]
			: [interpolatePose(via, end, u - 1), slerp(fv, fe, u - 1)];
	};
	const bodies: Body[] = [];
	for (let i = 0; i < FRAME_COUNT; i++) {
		if (i === 0) {
			bodies.push(startBody);
			continue;
		}
		const [pose, frame] = at(i);
		const b = buildBody(pose, [0, 0, 0], frame);
		let held = translateBody(b, sub(anchorAt, b.points[anchor]));
		if (!input.anchor) {
			// No anchor: the pelvis keeps its place over the floor and the body rests on what it rested on.
			held = translateBody(held, [
				0,
				restLevel - Math.min(...held.shapes.filter(isSolid).map(shapeBottom)),
				0,
			]);
		} else if (i < FRAME_COUNT - 1) {
			// Between the two positions, a part that would dip below the floor lifts the body instead.
			const dip = Math.min(0, ...held.shapes.filter(isSolid).map(shapeBottom));
			if (dip < 0) held = translateBody(held, [0, -dip, 0]);
		}
		bodies.push(held);
	}
	const { boxes, rods } = buildProps(props, startBody, bodies.at(-1)!);
	const frames = bodies.map((body) => ({
		body,
		straps: straps(body, props),
		hands: examinerHands(body, input.hands ?? []),
	}));
	return { start, end, frames, boxes, rods, input };
}

/** The start and end bodies of a scene. */
export const startBody = (s: Scene) => s.frames[0]!.body;
export const endBody = (s: Scene) => s.frames.at(-1)!.body;
