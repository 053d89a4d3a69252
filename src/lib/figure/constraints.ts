/**
 * What a caption says about a pose, checked against the pose's geometry. Content lists under
 * `shows:` the constraints its caption states ("foot off the floor", "knees apart"); the unit tests
 * fail when a pose contradicts them. Some checks always run: no body part sinks into the floor or a
 * prop, and no two body parts pass through each other (a tangle).
 *
 * "Floor" means whatever the part rests on or hangs over: the floor, a mat, a step, a bench.
 */
import {
	dims,
	isSolid,
	otherSide,
	sides,
	shapeBottom,
	type Body,
	type BodyPoint,
	type Capsule,
	type Ellipsoid,
	type PartName,
	type Shape,
	type Side,
} from './body.ts';
import { distToSegment, ellipsoidQ, type Box, type Scene } from './scene.ts';
import { add, angleBetween, column, dot, norm, scale, sub, type Vec3 } from './vec.ts';

/** Distance within which a part counts as touching a surface. */
export const TOUCH = 0.012;
/** Clearance above which a part counts as off the floor. */
export const CLEAR = 0.015;

export interface Check {
	ok: boolean;
	/** How far from satisfied (≤ 0 when satisfied): lengths in body heights, angles in degrees ÷ 100. */
	miss: number;
	/** What was measured, for a failure message. */
	detail: string;
}

interface Ctx {
	body: Body;
	boxes: readonly Box[];
	/** The start body, for constraints about what stays put. */
	start: Body;
}

const UP: Vec3 = [0, 1, 0];
const fromVertical = (v: Vec3) =>
	angleBetween(v, UP) > 90 ? 180 - angleBetween(v, UP) : angleBetween(v, UP);
const fromHorizontal = (v: Vec3) => 90 - fromVertical(v);
const r2 = (v: number) => Math.round(v * 1000) / 1000;

const shape = (b: Body, part: PartName) => b.shapes.find((s) => s.part === part)!;

/** The top of the highest support (floor, mat, step, bench, pillow) under (x, z) at or below height y. */
export function supportBelow(
	boxes: readonly Box[],
	x: number,
	z: number,
	y: number,
): { top: number; kind: string } {
	let best = { top: 0, kind: 'floor' };
	for (const b of boxes) {
		if (!b.support || x < b.min[0] || x > b.max[0] || z < b.min[2] || z > b.max[2]) continue;
		if (b.max[1] <= y + TOUCH && b.max[1] > best.top) best = { top: b.max[1], kind: b.kind };
	}
	return best;
}

/** The lowest point of a shape. */
function lowestPoint(s: Shape): Vec3 {
	if (s.kind === 'capsule') {
		const p = s.a[1] < s.b[1] ? s.a : s.b;
		return [p[0], p[1] - s.r, p[2]];
	}
	return [s.c[0], shapeBottom(s), s.c[2]];
}

/** Height of a part above what is under it, and what that is. */
export function clearance(c: Ctx, part: PartName): { gap: number; on: string } {
	const p = lowestPoint(shape(c.body, part));
	const s = supportBelow(c.boxes, p[0], p[2], p[1]);
	return { gap: p[1] - s.top, on: s.kind };
}

/** Height of a point on the sole (heel or toe) above what is under it. */
function soleGap(c: Ctx, side: Side, which: 'heel' | 'toes'): number {
	const p = c.body.points[`${side}-${which}`];
	const bottom = p[1] - dims.footR;
	return bottom - supportBelow(c.boxes, p[0], p[2], bottom).top;
}

const check = (miss: number, detail: string): Check => ({ ok: miss <= 0, miss, detail });
/** Satisfied when every one of the misses is. */
const all = (...misses: number[]) => Math.max(...misses);

/** Angle at a joint between its two segments (0 = straight). */
const bend = (a: Vec3, j: Vec3, b: Vec3) => 180 - angleBetween(sub(a, j), sub(b, j));

/** Distance between the surfaces of two capsules (negative when they overlap). */
function capsuleGap(a: Capsule, b: Capsule): number {
	return segSegDist(a.a, a.b, b.a, b.b) - a.r - b.r;
}

/** Closest distance between two segments (sampled finely enough for figures). */
export function segSegDist(p1: Vec3, q1: Vec3, p2: Vec3, q2: Vec3): number {
	let best = Infinity;
	const n = 24;
	for (let i = 0; i <= n; i++) {
		const p = add(p1, scale(sub(q1, p1), i / n));
		best = Math.min(best, distToSegment(p, p2, q2));
	}
	for (let i = 0; i <= n; i++) {
		const p = add(p2, scale(sub(q2, p2), i / n));
		best = Math.min(best, distToSegment(p, p1, q1));
	}
	return best;
}

/** Approximate signed distance from a point to an ellipsoid's surface (negative inside). */
function ellipsoidGap(e: Ellipsoid, p: Vec3): number {
	const v = sub(p, e.c);
	const q = ellipsoidQ(e.axes, v);
	return q === 0 ? -0.05 : norm(v) * (1 - 1 / q);
}

/** Penetration depth of a capsule into an ellipsoid (≤ 0 when apart). */
function capsuleIntoEllipsoid(c: Capsule, e: Ellipsoid): number {
	let pen = -Infinity;
	for (let i = 0; i <= 16; i++)
		pen = Math.max(pen, c.r - ellipsoidGap(e, add(c.a, scale(sub(c.b, c.a), i / 16))));
	return pen;
}

const chainPairs = new Set<string>([
	'pelvis|abdomen',
	'chest|shoulders',
	'neck|shoulders',
	'abdomen|shoulders',
	'head|shoulders',
	'left-upper-arm|shoulders',
	'right-upper-arm|shoulders',
	'abdomen|chest',
	'pelvis|chest',
	'chest|neck',
	'neck|head',
	'chest|head',
	'abdomen|neck',
	...sides.flatMap((s) => [
		`pelvis|${s}-thigh`,
		`abdomen|${s}-thigh`,
		`${s}-thigh|${s}-shin`,
		`${s}-shin|${s}-foot`,
		`chest|${s}-upper-arm`,
		`${s}-upper-arm|${s}-forearm`,
		`${s}-forearm|${s}-hand`,
		`neck|${s}-upper-arm`,
	]),
]);
const adjacent = (a: PartName, b: PartName) =>
	chainPairs.has(`${a}|${b}`) || chainPairs.has(`${b}|${a}`);

/** Overlap allowed between two parts that touch (soft tissue gives a little). */
const ALLOWED = 0.5;

const solid = isSolid;

export interface Problem {
	detail: string;
	miss: number;
}

/** Pairs of body parts that pass through each other. */
export function tangles(body: Body): Problem[] {
	const parts = body.shapes.filter(solid);
	const out: Problem[] = [];
	for (let i = 0; i < parts.length; i++) {
		for (let j = i + 1; j < parts.length; j++) {
			const a = parts[i]!;
			const b = parts[j]!;
			if (adjacent(a.part, b.part)) continue;
			let pen: number;
			let limit: number;
			if (a.kind === 'capsule' && b.kind === 'capsule') {
				pen = -capsuleGap(a, b);
				limit = ALLOWED * Math.min(a.r, b.r) + 0.004;
			} else if (a.kind === 'capsule' || b.kind === 'capsule') {
				const c = (a.kind === 'capsule' ? a : b) as Capsule;
				const e = (a.kind === 'capsule' ? b : a) as Ellipsoid;
				pen = capsuleIntoEllipsoid(c, e);
				limit = ALLOWED * c.r + 0.006;
			} else continue;
			if (pen > limit)
				out.push({ detail: `${a.part} passes ${r2(pen)} into ${b.part}`, miss: pen - limit });
		}
	}
	return out;
}

/** Body parts below the floor or inside a prop. */
export function sinking(body: Body, boxes: readonly Box[]): Problem[] {
	const out: Problem[] = [];
	for (const s of body.shapes.filter(solid)) {
		const p = lowestPoint(s);
		if (p[1] < -TOUCH)
			out.push({ detail: `${s.part} is ${r2(-p[1])} below the floor`, miss: -p[1] - TOUCH });
		for (const b of boxes) {
			if (!b.support) continue;
			const inFootprint =
				p[0] > b.min[0] + 0.01 &&
				p[0] < b.max[0] - 0.01 &&
				p[2] > b.min[2] + 0.01 &&
				p[2] < b.max[2] - 0.01;
			if (inFootprint && p[1] < b.max[1] - TOUCH * 1.5 && p[1] > b.min[1] - 0.2)
				out.push({
					detail: `${s.part} sinks ${r2(b.max[1] - p[1])} into the ${b.kind}`,
					miss: b.max[1] - p[1] - TOUCH * 1.5,
				});
		}
	}
	return out;
}

type Checker = (c: Ctx) => Check;

function sideChecks(s: Side): Record<string, Checker> {
	const o = otherSide(s);
	const P = (c: Ctx, j: string) => c.body.points[`${s}-${j}` as BodyPoint];
	const footGap = (c: Ctx) => Math.min(soleGap(c, s, 'heel'), soleGap(c, s, 'toes'));
	return {
		[`${s}-foot-on-floor`]: (c) =>
			check(footGap(c) - TOUCH, `${s} foot ${r2(footGap(c))} above what is under it`),
		[`${s}-foot-off-floor`]: (c) =>
			check(CLEAR - footGap(c), `${s} foot ${r2(footGap(c))} above what is under it`),
		[`${s}-foot-flat`]: (c) => {
			const h = soleGap(c, s, 'heel');
			const t = soleGap(c, s, 'toes');
			return check(all(h, t) - TOUCH, `${s} heel ${r2(h)}, toes ${r2(t)} above the surface`);
		},
		[`${s}-foot-on-step`]: (c) => {
			const p = P(c, 'foot');
			const sup = supportBelow(c.boxes, p[0], p[2], p[1]);
			const g = footGap(c);
			return check(
				sup.kind === 'step' ? g - TOUCH : 1,
				`${s} foot over the ${sup.kind}, ${r2(g)} above it`,
			);
		},
		[`${s}-heel-up`]: (c) => {
			const h = soleGap(c, s, 'heel');
			const t = soleGap(c, s, 'toes');
			return check(all(0.02 - h, t - TOUCH), `${s} heel ${r2(h)}, toes ${r2(t)} above the floor`);
		},
		[`${s}-knee-on-floor`]: (c) => {
			const g = kneeGap(c, s);
			return check(g - TOUCH, `${s} knee ${r2(g)} above the floor`);
		},
		[`${s}-knee-off-floor`]: (c) => {
			const g = kneeGap(c, s);
			return check(CLEAR - g, `${s} knee ${r2(g)} above the floor`);
		},
		[`${s}-knee-just-off-floor`]: (c) => {
			const g = kneeGap(c, s);
			return check(all(0.01 - g, g - 0.1), `${s} knee ${r2(g)} above the floor (wanted 0.01–0.1)`);
		},
		[`${s}-hand-on-floor`]: (c) => {
			const g = clearance(c, `${s}-hand`).gap;
			return check(g - TOUCH, `${s} hand ${r2(g)} above the floor`);
		},
		[`${s}-knee-bent`]: (c) => {
			const a = bend(P(c, 'hip'), P(c, 'knee'), P(c, 'ankle'));
			return check((30 - a) / 100, `${s} knee bent ${Math.round(a)}°`);
		},
		[`${s}-knee-straight`]: (c) => {
			const a = bend(P(c, 'hip'), P(c, 'knee'), P(c, 'ankle'));
			return check((a - 12) / 100, `${s} knee bent ${Math.round(a)}°`);
		},
		[`${s}-arm-straight`]: (c) => {
			const a = bend(P(c, 'shoulder'), P(c, 'elbow'), P(c, 'wrist'));
			return check((a - 15) / 100, `${s} elbow bent ${Math.round(a)}°`);
		},
		[`${s}-shin-vertical`]: (c) => {
			const a = fromVertical(sub(P(c, 'knee'), P(c, 'ankle')));
			return check((a - 15) / 100, `${s} shin ${Math.round(a)}° from vertical`);
		},
		[`${s}-thigh-level`]: (c) => {
			const a = fromHorizontal(sub(P(c, 'knee'), P(c, 'hip')));
			return check((a - 15) / 100, `${s} thigh ${Math.round(a)}° from level`);
		},
		[`${s}-thigh-vertical`]: (c) => {
			const a = fromVertical(sub(P(c, 'knee'), P(c, 'hip')));
			return check((a - 15) / 100, `${s} thigh ${Math.round(a)}° from vertical`);
		},
		[`${s}-leg-level`]: (c) => {
			const a = fromHorizontal(sub(P(c, 'ankle'), P(c, 'hip')));
			return check((a - 15) / 100, `${s} leg ${Math.round(a)}° from level`);
		},
		[`${s}-arm-level`]: (c) => {
			const a = fromHorizontal(sub(P(c, 'wrist'), P(c, 'shoulder')));
			return check((a - 15) / 100, `${s} arm ${Math.round(a)}° from level`);
		},
		[`${s}-arm-reaching-ahead`]: (c) => {
			const d = dot(sub(P(c, 'wrist'), P(c, 'shoulder')), column(c.body.chestFrame, 1));
			return check(0.25 - d, `${s} wrist ${r2(d)} beyond the shoulder towards the head`);
		},
		[`${s}-leg-reaching-back`]: (c) => {
			const d = dot(sub(P(c, 'ankle'), P(c, 'hip')), column(c.body.pelvis, 1));
			return check(d + 0.4, `${s} ankle ${r2(-d)} beyond the hip along the body`);
		},
		[`${s}-knee-over-foot`]: (c) => {
			const f = column(c.body.pelvis, 0);
			const fwd = norm([f[0], 0, f[2]]) > 0.3 ? f : column(c.body.pelvis, 1);
			const d =
				dot(sub(P(c, 'knee'), P(c, 'ankle')), [fwd[0], 0, fwd[2]]) /
				(norm([fwd[0], 0, fwd[2]]) || 1);
			return check(Math.abs(d) - 0.07, `${s} knee ${r2(d)} ahead of the ankle`);
		},
		[`${s}-foot-forward`]: (c) => {
			const f = column(c.body.pelvis, 0);
			const d = dot(sub(P(c, 'ankle'), c.body.points[`${o}-ankle`]), [f[0], 0, f[2]]);
			return check(0.2 - d, `${s} ankle ${r2(d)} ahead of the ${o} ankle`);
		},
		[`${s}-ankle-on-${o}-knee`]: (c) => {
			const ankle = P(c, 'ankle');
			const hip = c.body.points[`${o}-hip`];
			const knee = c.body.points[`${o}-knee`];
			const d = distToSegment(ankle, hip, knee) - dims.thighR - dims.shinR;
			const along = dot(sub(ankle, hip), sub(knee, hip)) / dot(sub(knee, hip), sub(knee, hip));
			return check(
				all(d - 0.03, 0.6 - along),
				`${s} ankle ${r2(d)} from the ${o} thigh, ${Math.round(along * 100)} % of the way to the knee`,
			);
		},
		[`${s}-hand-on-${s}-thigh`]: (c) => handOn(c, s, `${s}-thigh`),
		[`${s}-hand-on-${s}-shin`]: (c) => handOn(c, s, `${s}-shin`),
		[`${s}-hand-on-hip`]: (c) => handOnPelvis(c, s),
		[`${s}-hand-on-belly`]: (c) => handOnPelvis(c, s, 'abdomen'),
		[`hands-on-${s}-thigh`]: (c) => {
			const a = handOn(c, 'left', `${s}-thigh`);
			const b = handOn(c, 'right', `${s}-thigh`);
			return check(all(a.miss, b.miss), `${a.detail}; ${b.detail}`);
		},
		[`${s}-foot-stays`]: (c) => {
			const d = horizontal(P(c, 'foot'), c.start.points[`${s}-foot`]);
			return check(d - 0.03, `${s} foot moved ${r2(d)} from where it started`);
		},
		[`${s}-hand-under-shoulder`]: (c) => {
			const d = horizontal(P(c, 'hand'), P(c, 'shoulder'));
			return check(d - 0.1, `${s} hand ${r2(d)} from under the shoulder`);
		},
		[`${s}-hand-stays`]: (c) => {
			const d = horizontal(P(c, 'hand'), c.start.points[`${s}-hand`]);
			return check(d - 0.03, `${s} hand moved ${r2(d)} from where it started`);
		},
		[`${s}-toes-stay`]: (c) => {
			const d = horizontal(P(c, 'toes'), c.start.points[`${s}-toes`]);
			return check(d - 0.03, `${s} toes moved ${r2(d)} from where they started`);
		},
		[`${s}-foot-on-${o}-leg`]: (c) => {
			const f = shape(c.body, `${s}-foot`) as Capsule;
			const g = Math.min(
				capsuleGap(f, shape(c.body, `${o}-shin`) as Capsule),
				capsuleGap(f, shape(c.body, `${o}-thigh`) as Capsule),
			);
			return check(g - 0.02, `${s} foot ${r2(g)} from the ${o} leg`);
		},
		[`${s}-hip-lower`]: (c) => {
			const d = c.body.points[`${o}-hip`][1] - P(c, 'hip')[1];
			return check(0.012 - d, `${s} hip ${r2(d)} below the ${o}`);
		},
		[`${s}-knee-across`]: (c) => {
			const d =
				dot(sub(P(c, 'knee'), c.body.points.pelvis), column(c.body.pelvis, 2)) *
				(s === 'right' ? 1 : -1);
			return check(d + 0.02, `${s} knee ${r2(-d)} across the midline`);
		},
	};
}

function kneeGap(c: Ctx, s: Side): number {
	// The knee's front: the lower of the thigh's and shin's ends there.
	const k = c.body.points[`${s}-knee`];
	const bottom = k[1] - dims.thighR;
	return bottom - supportBelow(c.boxes, k[0], k[2], bottom).top;
}

function handOn(c: Ctx, hand: Side, part: PartName): Check {
	const h = shape(c.body, `${hand}-hand`) as Capsule;
	const t = shape(c.body, part) as Capsule;
	const g = capsuleGap(h, t);
	return check(g - 0.025, `${hand} hand ${r2(g)} from the ${part}`);
}

function handOnPelvis(c: Ctx, s: Side, part: 'pelvis' | 'abdomen' = 'pelvis'): Check {
	const h = shape(c.body, `${s}-hand`) as Capsule;
	const e = shape(c.body, part) as Ellipsoid;
	const g = -capsuleIntoEllipsoid(h, e);
	return check(g - 0.03, `${s} hand ${r2(g)} from the ${part === 'pelvis' ? 'hip' : 'belly'}`);
}

function trunkAxis(b: Body): Vec3 {
	return sub(b.points.neck, b.points.pelvis);
}

const globalChecks: Record<string, Checker> = {
	'feet-together': (c) => {
		const d = dist2(c.body.points['left-ankle'], c.body.points['right-ankle']);
		return check(d - 0.1, `ankles ${r2(d)} apart`);
	},
	'feet-apart': (c) => {
		const d = dist2(c.body.points['left-ankle'], c.body.points['right-ankle']);
		return check(0.2 - d, `ankles ${r2(d)} apart`);
	},
	'knees-together': (c) => {
		const d = dist2(c.body.points['left-knee'], c.body.points['right-knee']);
		return check(d - 0.15, `knees ${r2(d)} apart`);
	},
	'knees-apart': (c) => {
		const d = dist2(c.body.points['left-knee'], c.body.points['right-knee']);
		return check(0.2 - d, `knees ${r2(d)} apart`);
	},
	'back-level': (c) => {
		const a = fromHorizontal(trunkAxis(c.body));
		return check((a - 15) / 100, `back ${Math.round(a)}° from level`);
	},
	'back-upright': (c) => {
		const a = fromVertical(trunkAxis(c.body));
		return check((a - 12) / 100, `back ${Math.round(a)}° from upright`);
	},
	'back-straight': (c) => {
		const a = angleBetween(column(c.body.pelvis, 1), column(c.body.chestFrame, 1));
		return check((a - 10) / 100, `back bent ${Math.round(a)}°`);
	},
	'back-rounded': (c) => {
		const f = dot(column(c.body.chestFrame, 1), column(c.body.pelvis, 0));
		return check(0.3 - f, `chest tipped ${r2(f)} forwards of the pelvis`);
	},
	'back-arched': (c) => {
		const f = dot(column(c.body.chestFrame, 1), column(c.body.pelvis, 0));
		return check(f + 0.25, `chest tipped ${r2(-f)} backwards of the pelvis`);
	},
	'leaning-forward': (c) => {
		const a = fromVertical(trunkAxis(c.body));
		return check(all(20 - a, a - 75) / 100, `back ${Math.round(a)}° from upright`);
	},
	'hips-on-floor': (c) => {
		const g = clearance(c, 'pelvis').gap;
		return check(g - TOUCH, `hips ${r2(g)} above the floor`);
	},
	'hips-off-floor': (c) => {
		const g = clearance(c, 'pelvis').gap;
		return check(0.05 - g, `hips ${r2(g)} above the floor`);
	},
	'shoulders-on-floor': (c) => {
		const g = clearance(c, 'chest').gap;
		return check(g - TOUCH, `shoulders ${r2(g)} above the floor`);
	},
	'head-supported': (c) => {
		const g = clearance(c, 'head').gap;
		return check(g - TOUCH, `head ${r2(g)} above what is under it`);
	},
	'shoulders-hips-knees-line': (c) => {
		const a = bend(c.body.points.chest, c.body.points.pelvis, c.body.points.knees);
		return check((a - 15) / 100, `shoulders, hips and knees bent ${Math.round(a)}° from a line`);
	},
	'looking-up': (c) => check(0.4 - c.body.gaze[1], `gaze ${Math.round(gazeAngle(c))}° above level`),
	'looking-down': (c) =>
		check(c.body.gaze[1] + 0.4, `gaze ${Math.round(gazeAngle(c))}° above level`),
	'looking-ahead': (c) =>
		check(Math.abs(c.body.gaze[1]) - 0.3, `gaze ${Math.round(gazeAngle(c))}° above level`),
	'chin-down': (c) => {
		const f = dot(c.body.faceUp, column(c.body.chestFrame, 0));
		return check(0.35 - f, `head bent ${r2(f)} towards the chest`);
	},
	'sitting-on-seat': (c) => {
		const { gap, on } = clearance(c, 'pelvis');
		return check(
			on === 'chair' || on === 'bench' ? gap - TOUCH : 1,
			`pelvis ${r2(gap)} above the ${on}`,
		);
	},
	'on-hands-and-knees': (c) => {
		const parts = sides.flatMap((s) => [kneeGap(c, s), clearance(c, `${s}-hand`).gap]);
		return check(
			Math.max(...parts) - TOUCH,
			`knees and hands ${parts.map(r2).join(', ')} above the floor`,
		);
	},
	'hands-on-hips': (c) => {
		const a = handOnPelvis(c, 'left');
		const b = handOnPelvis(c, 'right');
		return check(all(a.miss, b.miss), `${a.detail}; ${b.detail}`);
	},
	'hands-on-thighs': (c) => {
		const a = handOn(c, 'left', 'left-thigh');
		const b = handOn(c, 'right', 'right-thigh');
		return check(all(a.miss, b.miss), `${a.detail}; ${b.detail}`);
	},
	'pelvis-level': (c) => {
		const d = c.body.points['left-hip'][1] - c.body.points['right-hip'][1];
		return check(Math.abs(d) - 0.012, `hips ${r2(d)} apart in height`);
	},
};

const dist2 = (a: Vec3, b: Vec3) => norm(sub(a, b));
const horizontal = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[2] - b[2]);
const gazeAngle = (c: Ctx) =>
	(Math.asin(Math.max(-1, Math.min(1, c.body.gaze[1]))) * 180) / Math.PI;

/** Every constraint content may name, with its checker. */
export const constraintCheckers: Readonly<Record<string, Checker>> = {
	...globalChecks,
	...sideChecks('left'),
	...sideChecks('right'),
};
export const constraintNames = Object.keys(constraintCheckers).sort() as readonly string[];

export interface Violation {
	figure: 'start' | 'end' | 'between';
	constraint: string;
	detail: string;
	miss: number;
}

/** Checks one body against a list of constraint names, plus the checks that always run. */
export function checkBody(
	body: Body,
	boxes: readonly Box[],
	shows: readonly string[],
	figure: Violation['figure'],
	start: Body = body,
): Violation[] {
	const c: Ctx = { body, boxes, start };
	const out: Violation[] = [];
	for (const name of shows) {
		const checker = constraintCheckers[name];
		if (!checker) {
			out.push({ figure, constraint: name, detail: 'unknown constraint', miss: 1 });
			continue;
		}
		const r = checker(c);
		if (!r.ok) out.push({ figure, constraint: name, detail: r.detail, miss: r.miss });
	}
	for (const t of tangles(body)) out.push({ figure, constraint: 'no-tangle', ...t });
	for (const s of sinking(body, boxes)) out.push({ figure, constraint: 'no-sinking', ...s });
	return out;
}

/** Checks a whole scene: the start and end poses against their captions, and every frame between. */
export function checkScene(scene: Scene): Violation[] {
	const { frames, boxes, input } = scene;
	const out = [
		...checkBody(frames[0]!.body, boxes, input.start.shows ?? [], 'start'),
		...checkBody(frames.at(-1)!.body, boxes, input.end.shows ?? [], 'end', frames[0]!.body),
	];
	for (const f of frames.slice(1, -1)) out.push(...checkBody(f.body, boxes, [], 'between'));
	return out;
}

/**
 * Phrases a caption may use, and the constraint (one of) the figure must then declare. This keeps
 * captions and declared constraints from drifting apart.
 */
export const captionClaims: readonly (readonly [RegExp, RegExp])[] = [
	[/\bjust (off|above) the floor\b/i, /knee-just-off-floor|foot-off-floor/],
	[/\boff the floor\b/i, /off-floor$/],
	[/\bknees and feet together\b/i, /^knees-together$/],
	[/\bfeet (stay )?together\b/i, /^feet-together$/],
	[
		/\bfeet (are )?flat\b|\bfoot flat\b|\bflat on the floor\b/i,
		/foot-flat$|foot-on-floor$|hand-on-floor$/,
	],
	[/\bstraight line\b/i, /^shoulders-hips-knees-line$/],
	[/\blook(s|ing)? up\b/i, /^looking-up$/],
	[/\blook(s|ing)? (ahead|forward)\b/i, /^looking-ahead$/],
	[/\blook(s|ing)? down\b/i, /^looking-down$/],
	[/\bknees? (lifted|opens?)\b|\bknees apart\b|\baway from the bottom knee\b/i, /^knees-apart$/],
	[/\blevel with\b|\bthigh level\b/i, /-level$/],
	[/\bhands on the hips\b/i, /^hands-on-hips$/],
	[/\bhand (resting )?on the belly\b/i, /hand-on-belly$/],
	[/\bjust below the knees\b/i, /hand-on-(left|right)-shin$/],
	[/\bhands resting on the thighs\b/i, /^hands-on-thighs$/],
	[/\bon the step\b/i, /foot-on-step$/],
	[/\bankle (crossed )?(over|on|above) the other knee\b/i, /ankle-on-(left|right)-knee$/],
	[/\bstanding tall\b|\bbody upright\b|\bsitting upright\b/i, /^back-upright$/],
	[/\bon hands and knees\b/i, /^on-hands-and-knees$/],
	[/\bheel lifted\b/i, /heel-up$/],
	[/\bknee over the (front )?foot\b/i, /knee-over-foot$/],
	[/\bknee straight(ened)?\b|\bstraight (top )?leg\b|\bleg straight\b/i, /knee-straight$/],
	[/\bhips lifted\b/i, /^hips-off-floor$/],
	[/\bfoot just off the floor\b|\bother foot (just |still )?off the floor\b/i, /foot-off-floor$/],
];

/** Caption phrases whose constraint the figure does not declare. */
export function unbackedClaims(alt: string, shows: readonly string[]): string[] {
	return captionClaims
		.filter(([phrase, c]) => phrase.test(alt) && !shows.some((s) => c.test(s)))
		.map(([phrase]) => phrase.source);
}
