/**
 * Draws a figure set (scene.ts) as inline SVG: a start and an end still, and an animation that
 * loops between them with SMIL (no script). Bodies are outlined in `currentColor` and filled with
 * tones mixed from `currentColor` and the page background (classes styled by the component's CSS),
 * so the figures follow light mode, dark mode and print. Limbs nearer the viewer are darker (more
 * `currentColor`); parts are drawn far to near, ordered pair by pair where they overlap.
 */
import { type Body, type Shape, type BodyPoint, sides } from './body.ts';
import { makeCamera, type Camera } from './camera.ts';
import {
	buildScene,
	directionVector,
	surfaceDistance,
	type Box,
	type Frame,
	type FigureSetInput,
	type Scene,
} from './scene.ts';
import { add, column, dot, norm, scale, sub, unit, type Vec3 } from './vec.ts';

/** SVG units per body height. Coordinates are written as integers. */
export const SCALE = 200;
/** Outline thickness on each side of a shape, in SVG units. */
const LINE = 1.6;
const PAD = 0.05;
/** Arrowheads: length and half-width in SVG units. */
const HEAD_LENGTH = 15;
const HEAD_WIDTH = 9;

type Tone = 'n' | 'm' | 'r' | 't';

interface Ell2 {
	cx: number;
	cy: number;
	rx: number;
	ry: number;
	/** Degrees, SVG orientation (y down). */
	rot: number;
}
type Prim2 =
	| { t: 'line'; a: [number, number]; b: [number, number]; w: number }
	| ({ t: 'ell' } & Ell2)
	| { t: 'poly'; pts: [number, number][] };

interface Element {
	key: string;
	tone: Tone;
	/** merged: outlines of all shapes, then their fills (one silhouette); single: outline + fill. */
	merged: boolean;
	/** Shapes of this element in a frame. */
	shapes: (f: Frame) => Shape[];
	/** Drawn in front of the body whatever the depth (straps). */
	front?: boolean;
	/** Dashed outline (an examiner's hand). */
	examiner?: boolean;
	/** A filled dot in the outline colour (an eye). */
	dot?: boolean;
	/** Drawn with a thin outline (a nose seen from the front). */
	soft?: boolean;
	/** Groups of shape indices drawn as one smooth outline (their convex hull): the trunk. */
	hulls?: number[][];
}

const fmt = (v: number) => String(Math.round(v));

/** Orthographic projection of an ellipsoid: an ellipse (semi-axes and angle) in screen units. */
export function projectEllipsoid(
	cam: Camera,
	c: Vec3,
	axes: import('./vec.ts').Mat3,
): { x: number; y: number; rx: number; ry: number; angle: number } {
	// Σ = A Aᵀ; its 2×2 projection onto (right, up) gives the shadow ellipse.
	const cols = [column(axes, 0), column(axes, 1), column(axes, 2)];
	const pr = cols.map((v) => [dot(v, cam.right), dot(v, cam.up)] as const);
	const a = pr.reduce((s, [x]) => s + x * x, 0);
	const b = pr.reduce((s, [x, y]) => s + x * y, 0);
	const d = pr.reduce((s, [, y]) => s + y * y, 0);
	const tr = (a + d) / 2;
	const disc = Math.sqrt(Math.max(0, ((a - d) / 2) ** 2 + b * b));
	const l1 = tr + disc;
	const l2 = Math.max(0, tr - disc);
	const angle = Math.abs(b) < 1e-12 && a >= d ? 0 : (Math.atan2(l1 - a, b) * 180) / Math.PI;
	return {
		x: dot(c, cam.right),
		y: dot(c, cam.up),
		rx: Math.sqrt(l1),
		ry: Math.sqrt(l2),
		angle: Math.abs(b) < 1e-12 && a < d ? 90 : angle,
	};
}

class Projector {
	readonly cam: Camera;
	readonly minX: number;
	readonly maxY: number;
	x0 = 0;
	y0 = 0;
	W = 0;
	H = 0;
	constructor(cam: Camera, minX: number, maxY: number) {
		this.cam = cam;
		this.minX = minX;
		this.maxY = maxY;
	}
	x = (p: Vec3) => (dot(p, this.cam.right) - this.minX) * SCALE;
	y = (p: Vec3) => (this.maxY - dot(p, this.cam.up)) * SCALE;
	pt = (p: Vec3): [number, number] => [this.x(p), this.y(p)];
	prim(s: Shape): Prim2 {
		if (s.kind === 'capsule')
			return { t: 'line', a: this.pt(s.a), b: this.pt(s.b), w: 2 * s.r * SCALE };
		const e = projectEllipsoid(this.cam, s.c, s.axes);
		return {
			t: 'ell',
			cx: (e.x - this.minX) * SCALE,
			cy: (this.maxY - e.y) * SCALE,
			rx: e.rx * SCALE,
			ry: e.ry * SCALE,
			rot: -e.angle,
		};
	}
}

/** Screen bounds (x right, y up, in body heights) of a set of 3D points and shapes. */
function screenBounds(cam: Camera, shapes: Shape[], points: Vec3[]) {
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	const grow = (x: number, y: number, r: number) => {
		minX = Math.min(minX, x - r);
		maxX = Math.max(maxX, x + r);
		minY = Math.min(minY, y - r);
		maxY = Math.max(maxY, y + r);
	};
	for (const s of shapes) {
		if (s.kind === 'capsule') {
			for (const p of [s.a, s.b]) grow(dot(p, cam.right), dot(p, cam.up), s.r);
		} else {
			const e = projectEllipsoid(cam, s.c, s.axes);
			grow(e.x, e.y, e.rx);
		}
	}
	for (const p of points) grow(dot(p, cam.right), dot(p, cam.up), 0);
	return { minX, maxX, minY, maxY };
}

function boxCorners(b: Box): Vec3[] {
	const out: Vec3[] = [];
	for (const x of [b.min[0], b.max[0]])
		for (const y of [b.min[1], b.max[1]]) for (const z of [b.min[2], b.max[2]]) out.push([x, y, z]);
	return out;
}

/** The faces of a box the camera sees, each as 4 corners, and whether it is the top. */
function visibleFaces(b: Box, cam: Camera): { pts: Vec3[]; top: boolean }[] {
	const [x0, y0, z0] = b.min;
	const [x1, y1, z1] = b.max;
	const faces: { n: Vec3; pts: Vec3[] }[] = [
		{
			n: [0, 1, 0],
			pts: [
				[x0, y1, z0],
				[x1, y1, z0],
				[x1, y1, z1],
				[x0, y1, z1],
			],
		},
		{
			n: [0, -1, 0],
			pts: [
				[x0, y0, z0],
				[x1, y0, z0],
				[x1, y0, z1],
				[x0, y0, z1],
			],
		},
		{
			n: [0, 0, 1],
			pts: [
				[x0, y0, z1],
				[x1, y0, z1],
				[x1, y1, z1],
				[x0, y1, z1],
			],
		},
		{
			n: [0, 0, -1],
			pts: [
				[x0, y0, z0],
				[x1, y0, z0],
				[x1, y1, z0],
				[x0, y1, z0],
			],
		},
		{
			n: [1, 0, 0],
			pts: [
				[x1, y0, z0],
				[x1, y1, z0],
				[x1, y1, z1],
				[x1, y0, z1],
			],
		},
		{
			n: [-1, 0, 0],
			pts: [
				[x0, y0, z0],
				[x0, y1, z0],
				[x0, y1, z1],
				[x0, y0, z1],
			],
		},
	];
	return faces
		.filter((f) => dot(f.n, cam.toward) > 0.02)
		.map((f) => ({ pts: f.pts, top: f.n[1] === 1 }));
}

/** Which side's limbs are nearer the camera (darker) in the start pose. */
function tones(body: Body, cam: Camera): Record<'leg' | 'arm', Record<'left' | 'right', Tone>> {
	const pick = (l: Vec3, r: Vec3): Record<'left' | 'right', Tone> => {
		const d = dot(sub(r, l), cam.toward);
		if (Math.abs(d) < 0.03) return { left: 'n', right: 'n' };
		return d > 0 ? { left: 'r', right: 'n' } : { left: 'n', right: 'r' };
	};
	return {
		leg: pick(body.points['left-hip'], body.points['right-hip']),
		arm: pick(body.points['left-shoulder'], body.points['right-shoulder']),
	};
}

/** The body's drawable elements (torso as one silhouette, each limb segment on its own). */
function elements(scene: Scene, cam: Camera): Element[] {
	const b0 = scene.frames[0]!.body;
	const t = tones(b0, cam);
	const find = (f: Frame, part: string) => f.body.shapes.filter((s) => s.part === part);
	const els: Element[] = [
		{
			key: 'torso',
			tone: 'm',
			merged: true,
			hulls: [
				[0, 1],
				[1, 2],
			],
			shapes: (f) => ['pelvis', 'abdomen', 'chest', 'shoulders', 'neck'].flatMap((p) => find(f, p)),
		},
	];
	// The nose joins the head's silhouette when seen from the side; facing the viewer it gets its own outline.
	const facing = dot(b0.gaze, cam.toward);
	// Hair: a darker cap at the back of the head, behind the face unless the head faces away.
	els.push({ key: 'hair', tone: 'n', merged: false, shapes: (f) => find(f, 'hair') });
	if (Math.abs(facing) < 0.55)
		els.push({
			key: 'head',
			tone: 'm',
			merged: true,
			shapes: (f) => [...find(f, 'head'), ...find(f, 'nose')],
		});
	else {
		els.push({ key: 'head', tone: 'm', merged: true, shapes: (f) => find(f, 'head') });
		els.push({ key: 'nose', tone: 'm', merged: false, soft: true, shapes: (f) => find(f, 'nose') });
	}
	for (const s of sides) {
		const eye = b0.shapes.find((x) => x.part === `${s}-eye`)!;
		const head = b0.shapes.find((x) => x.part === 'head')!;
		if (eye.kind === 'ellipsoid' && head.kind === 'ellipsoid') {
			const normal = unit(sub(eye.c, head.c));
			if (dot(normal, cam.toward) > 0.2)
				els.push({
					key: `${s}-eye`,
					tone: 'm',
					merged: false,
					dot: true,
					shapes: (f) => find(f, `${s}-eye`),
				});
		}
		for (const seg of ['thigh', 'shin', 'foot'] as const)
			els.push({
				key: `${s}-${seg}`,
				tone: t.leg[s],
				merged: false,
				shapes: (f) => find(f, `${s}-${seg}`),
			});
		for (const seg of ['upper-arm', 'forearm', 'hand'] as const)
			els.push({
				key: `${s}-${seg}`,
				tone: t.arm[s],
				merged: false,
				shapes: (f) => find(f, `${s}-${seg}`),
			});
	}
	scene.input.props?.forEach((p, i) => {
		if (p.kind !== 'band' && p.kind !== 'towel') return;
		const r = p.kind === 'band' ? 0.012 : 0.016;
		els.push({
			key: `strap${i}`,
			tone: 't',
			merged: false,
			front: true,
			shapes: (f) =>
				f.straps
					.filter((_, j) => j === strapIndex(scene, i))
					.map((s) => ({ kind: 'capsule', part: 'pelvis', a: s.a, b: s.b, r })),
		});
	});
	(scene.input.hands ?? []).forEach((_, i) => {
		els.push({
			key: `ex${i}`,
			tone: 'r',
			merged: true,
			examiner: true,
			shapes: (f) => {
				const h = f.hands[i]!;
				return [
					{ kind: 'capsule', part: 'pelvis', a: h.arm[0], b: h.arm[1], r: 0.026 },
					{ kind: 'capsule', part: 'pelvis', a: h.hand[0], b: h.hand[1], r: 0.022 },
				];
			},
		});
	});
	return els;
}

const strapIndex = (scene: Scene, propIndex: number) =>
	(scene.input.props ?? [])
		.slice(0, propIndex)
		.filter((p) => (p.kind === 'band' || p.kind === 'towel') && p.from && p.to).length;

/** A shape's axis (for overlap and depth tests) and its thickness. */
function core(s: Shape): { a: Vec3; b: Vec3; r: number } {
	if (s.kind === 'capsule') return s;
	const cols = [column(s.axes, 0), column(s.axes, 1), column(s.axes, 2)].sort(
		(p, q) => norm(q) - norm(p),
	);
	const long = cols[0]!;
	const r = norm(cols[1]!);
	const k = Math.max(0, 1 - r / norm(long));
	return { a: add(s.c, scale(long, -k)), b: add(s.c, scale(long, k)), r };
}

/** Closest points of two 2D segments: parameters along each and the distance. */
function closest2(
	a0: number[],
	a1: number[],
	b0: number[],
	b1: number[],
): { s: number; t: number; d: number } {
	let best = { s: 0, t: 0, d: Infinity };
	const n = 12;
	for (let i = 0; i <= n; i++) {
		const s = i / n;
		const p = [a0[0]! + (a1[0]! - a0[0]!) * s, a0[1]! + (a1[1]! - a0[1]!) * s];
		const ux = b1[0]! - b0[0]!;
		const uy = b1[1]! - b0[1]!;
		const l = ux * ux + uy * uy;
		const t =
			l === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - b0[0]!) * ux + (p[1]! - b0[1]!) * uy) / l));
		const d = Math.hypot(p[0]! - (b0[0]! + ux * t), p[1]! - (b0[1]! + uy * t));
		if (d < best.d) best = { s, t, d };
	}
	return best;
}

/** +1 when shape a is in front of shape b where they overlap on screen, −1 behind, 0 apart. */
function inFront(cam: Camera, a: Shape, b: Shape): number {
	const ca = core(a);
	const cb = core(b);
	const p = (v: Vec3) => [dot(v, cam.right), dot(v, cam.up)];
	const c = closest2(p(ca.a), p(ca.b), p(cb.a), p(cb.b));
	if (c.d > ca.r + cb.r - 0.004) return 0;
	const da = dot(add(ca.a, scale(sub(ca.b, ca.a), c.s)), cam.toward);
	const db = dot(add(cb.a, scale(sub(cb.b, cb.a), c.t)), cam.toward);
	if (Math.abs(da - db) < 0.003) return 0;
	return da > db ? 1 : -1;
}

/** Far-to-near drawing order of the elements, consistent over every frame. */
function drawOrder(els: Element[], scene: Scene, cam: Camera): Element[] {
	const body = els.filter((e) => !e.front);
	const n = body.length;
	const votes = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	const depth = new Array<number>(n).fill(0);
	scene.frames.forEach((f, fi) => {
		const w = fi === 0 || fi === scene.frames.length - 1 ? 2 : 1;
		const shapes = body.map((e) => e.shapes(f));
		for (let i = 0; i < n; i++) {
			for (const s of shapes[i]!)
				depth[i]! +=
					dot(s.kind === 'capsule' ? scale(add(s.a, s.b), 0.5) : s.c, cam.toward) /
					shapes[i]!.length;
			for (let j = i + 1; j < n; j++) {
				let v = 0;
				for (const a of shapes[i]!) for (const b of shapes[j]!) v += inFront(cam, a, b);
				votes[i]![j]! += Math.sign(v) * w;
				votes[j]![i]! -= Math.sign(v) * w;
			}
		}
	});
	// Eyes and a separate nose always sit on the head; the hair is behind the face unless the face looks away.
	const idx = (k: string) => body.findIndex((e) => e.key === k);
	const h = idx('head');
	const away = dot(scene.frames[0]!.body.gaze, cam.toward) < -0.3;
	for (const k of ['left-eye', 'right-eye', 'nose', 'hair']) {
		const i = idx(k);
		if (i < 0 || h < 0) continue;
		const front = k === 'hair' ? (away ? 99 : -99) : 99;
		votes[i]![h] = front;
		votes[h]![i] = -front;
	}
	// Kahn's algorithm: draw an element once everything it is in front of is drawn.
	const done = new Set<number>();
	const order: Element[] = [];
	while (done.size < n) {
		const left = [...Array(n).keys()].filter((i) => !done.has(i));
		// Free: nothing still undrawn must be drawn behind it.
		const free = left.filter((i) => left.every((j) => j === i || votes[i]![j]! <= 0));
		const pool = free.length ? free : left;
		const next = pool.reduce((a, b) => (depth[a]! <= depth[b]! ? a : b));
		done.add(next);
		order.push(body[next]!);
	}
	return [...order, ...els.filter((e) => e.front)];
}

const HULL_POINTS = 24;

/** The convex hull of 2D ellipses, as points at evenly spaced outward directions (a fixed count, for animation). */
function hull(es: Ell2[]): [number, number][] {
	const pts: [number, number][] = [];
	for (let k = 0; k < HULL_POINTS; k++) {
		const a = (2 * Math.PI * k) / HULL_POINTS;
		const u = [Math.cos(a), Math.sin(a)];
		let best: [number, number] = [0, 0];
		let bestH = -Infinity;
		for (const e of es) {
			const r = (e.rot * Math.PI) / 180;
			// Direction in the ellipse's own axes.
			const lx = u[0]! * Math.cos(r) + u[1]! * Math.sin(r);
			const ly = -u[0]! * Math.sin(r) + u[1]! * Math.cos(r);
			const n = Math.hypot(e.rx * lx, e.ry * ly) || 1;
			const px = (e.rx * e.rx * lx) / n;
			const py = (e.ry * e.ry * ly) / n;
			const x = e.cx + px * Math.cos(r) - py * Math.sin(r);
			const y = e.cy + px * Math.sin(r) + py * Math.cos(r);
			const h = x * u[0]! + y * u[1]!;
			if (h > bestH) {
				bestH = h;
				best = [x, y];
			}
		}
		pts.push(best);
	}
	return pts;
}

function ellPath(e: Ell2): string {
	const r = (e.rot * Math.PI) / 180;
	const dx = Math.cos(r) * e.rx;
	const dy = Math.sin(r) * e.rx;
	const arc = `A${fmt(e.rx)} ${fmt(e.ry)} ${fmt(e.rot)} 0 1 `;
	return `M${fmt(e.cx - dx)} ${fmt(e.cy - dy)}${arc}${fmt(e.cx + dx)} ${fmt(e.cy + dy)}${arc}${fmt(e.cx - dx)} ${fmt(e.cy - dy)}Z`;
}
const linePath = (p: Extract<Prim2, { t: 'line' }>) =>
	`M${fmt(p.a[0])} ${fmt(p.a[1])}L${fmt(p.b[0])} ${fmt(p.b[1])}`;
const polyPath = (pts: [number, number][]) =>
	'M' + pts.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L') + 'Z';
const primPath = (p: Prim2) =>
	p.t === 'line' ? linePath(p) : p.t === 'ell' ? ellPath(p) : polyPath(p.pts);

/** Keeps an ellipse's angle continuous with the previous frame's (so the animation does not spin). */
function continuous(prev: Ell2 | undefined, e: Ell2): Ell2 {
	if (!prev) return e;
	const options: Ell2[] = [];
	for (const k of [-2, -1, 0, 1, 2]) {
		options.push({ ...e, rot: e.rot + 180 * k });
		options.push({ ...e, rx: e.ry, ry: e.rx, rot: e.rot + 90 + 180 * k });
	}
	return options.reduce((a, b) =>
		Math.abs(a.rot - prev.rot) + Math.abs(a.rx - prev.rx) <=
		Math.abs(b.rot - prev.rot) + Math.abs(b.rx - prev.rx)
			? a
			: b,
	);
}

/** A motion arrow along the path of a body point, set off to the side with less body in the way. */
interface Arrow {
	d: string;
	head: string;
	pts: [number, number][];
}

function arrowPath(
	scene: Scene,
	point: BodyPoint,
	proj: Projector,
	frames2: { prims: Prim2[] }[],
	floorY: number | undefined,
): Arrow | undefined {
	let pts = scene.frames.map((f) => proj.pt(f.body.points[point]));
	const first = pts[0]!;
	const last = pts.at(-1)!;
	const chord = Math.hypot(last[0] - first[0], last[1] - first[1]);
	if (chord < 0.04 * SCALE) return undefined;
	// A short movement still gets an arrow long enough to read: extend both ends along the path.
	const minLength = 0.13 * SCALE;
	if (chord < minLength) {
		const ext = (minLength - chord) / 2;
		// Directions at the ends from points far enough along to be more than rounding noise.
		const far = (from: [number, number], list: [number, number][]) =>
			list.find((q) => Math.hypot(q[0] - from[0], q[1] - from[1]) > 0.3 * chord)!;
		const a = far(first, pts);
		const b = far(last, [...pts].reverse());
		const d0 = unit2([a[0] - first[0], a[1] - first[1]]);
		const d1 = unit2([last[0] - b[0], last[1] - b[1]]);
		pts = [
			[first[0] - d0[0] * ext, first[1] - d0[1] * ext],
			...pts,
			[last[0] + d1[0] * ext, last[1] + d1[1] * ext],
		];
	}
	const inside = (q: [number, number]) =>
		frames2.some((f) =>
			f.prims.some((p) => {
				if (p.t === 'line') return distPt(q, p.a, p.b) < p.w / 2 + 3;
				if (p.t === 'poly') return insidePoly(q, p.pts);
				const r = (p.rot * Math.PI) / 180;
				const x = (q[0] - p.cx) * Math.cos(r) + (q[1] - p.cy) * Math.sin(r);
				const y = -(q[0] - p.cx) * Math.sin(r) + (q[1] - p.cy) * Math.cos(r);
				return (x / (p.rx + 3)) ** 2 + (y / (p.ry + 3)) ** 2 < 1;
			}),
		);
	// Normals along the path (perpendicular to the local direction).
	const normals = pts.map((_, i) => {
		const a = pts[Math.max(0, i - 1)]!;
		const b = pts[Math.min(pts.length - 1, i + 1)]!;
		return unit2([-(b[1] - a[1]), b[0] - a[0]]);
	});
	// Set the arrow off to whichever side and distance costs least: body underneath, below the floor, distance.
	let best: { pts: [number, number][]; cost: number } | undefined;
	for (const side of [1, -1]) {
		for (const off of [0.03, 0.05, 0.075, 0.1, 0.13, 0.16]) {
			const shifted = pts.map(
				(p, i) =>
					[
						p[0] + normals[i]![0] * side * off * SCALE,
						p[1] + normals[i]![1] * side * off * SCALE,
					] as [number, number],
			);
			const samples = sample(shifted);
			const below =
				floorY === undefined ? 0 : samples.filter((q) => q[1] > floorY - 4).length / samples.length;
			const cost = (2 * samples.filter(inside).length) / samples.length + 6 * below + off / 0.05;
			if (!best || cost < best.cost) best = { pts: shifted, cost };
		}
	}
	const path = best!.pts;
	const tip = path.at(-1)!;
	// The head points along the path from the last point clear of it, and the shaft stops at the
	// head's base (points under the head would fold the shaft back on itself).
	const clear = path.findLastIndex(
		(q) => Math.hypot(q[0] - tip[0], q[1] - tip[1]) > HEAD_LENGTH * 1.2,
	);
	const from = path[Math.max(0, clear)]!;
	const dir = unit2([tip[0] - from[0], tip[1] - from[1]]);
	const base: [number, number] = [tip[0] - dir[0] * HEAD_LENGTH, tip[1] - dir[1] * HEAD_LENGTH];
	const d = smooth([...path.slice(0, Math.max(1, clear + 1)), base]);
	const nx = -dir[1];
	const ny = dir[0];
	const w = HEAD_WIDTH;
	const headPath = `M${fmt(tip[0])} ${fmt(tip[1])}L${fmt(base[0] + nx * w)} ${fmt(base[1] + ny * w)}L${fmt(base[0] - nx * w)} ${fmt(base[1] - ny * w)}Z`;
	return { d, head: headPath, pts: path };
}

/** Whether a point is inside a polygon (even-odd rule). */
function insidePoly(q: [number, number], pts: [number, number][]): boolean {
	let inside = false;
	for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
		const [xi, yi] = pts[i]!;
		const [xj, yj] = pts[j]!;
		if (yi > q[1] !== yj > q[1] && q[0] < ((xj - xi) * (q[1] - yi)) / (yj - yi) + xi)
			inside = !inside;
	}
	return inside;
}

const unit2 = (v: [number, number]): [number, number] => {
	const l = Math.hypot(v[0], v[1]) || 1;
	return [v[0] / l, v[1] / l];
};
function distPt(q: [number, number], a: [number, number], b: [number, number]) {
	const ux = b[0] - a[0];
	const uy = b[1] - a[1];
	const l = ux * ux + uy * uy;
	const t = l === 0 ? 0 : Math.max(0, Math.min(1, ((q[0] - a[0]) * ux + (q[1] - a[1]) * uy) / l));
	return Math.hypot(q[0] - a[0] - ux * t, q[1] - a[1] - uy * t);
}
function sample(pts: [number, number][]): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i + 1 < pts.length; i++)
		for (let k = 0; k < 4; k++)
			out.push([
				pts[i]![0] + ((pts[i + 1]![0] - pts[i]![0]) * k) / 4,
				pts[i]![1] + ((pts[i + 1]![1] - pts[i]![1]) * k) / 4,
			]);
	out.push(pts.at(-1)!);
	return out;
}
/** Catmull-Rom spline through the points, as cubic Béziers. */
function smooth(p: [number, number][]): string {
	let d = `M${fmt(p[0]![0])} ${fmt(p[0]![1])}`;
	for (let i = 0; i + 1 < p.length; i++) {
		const p0 = p[Math.max(0, i - 1)]!;
		const p1 = p[i]!;
		const p2 = p[i + 1]!;
		const p3 = p[Math.min(p.length - 1, i + 2)]!;
		const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
		const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
		d += `C${fmt(c1[0]!)} ${fmt(c1[1]!)} ${fmt(c2[0]!)} ${fmt(c2[1]!)} ${fmt(p2[0])} ${fmt(p2[1])}`;
	}
	return d;
}

/** A straight force arrow: the patient pushing a part, or an examiner pushing it. */
function pushArrow(scene: Scene, cam: Camera, proj: Projector, i: number): Arrow | undefined {
	const push = scene.input.push![i]!;
	const body = scene.frames.at(-1)!.body;
	const p = body.points[push.at];
	const dir = directionVector(push.toward, body, push.at);
	const screenLen = Math.hypot(dot(dir, cam.right), dot(dir, cam.up));
	if (screenLen < 0.4) return undefined;
	let tail: Vec3;
	let tip: Vec3;
	if (push.by === 'examiner') {
		const out = scale(dir, -1);
		const s = surfaceDistance(body, p, out);
		tip = add(p, scale(out, s + 0.02));
		tail = add(tip, scale(out, 0.14 / screenLen));
	} else {
		const s = surfaceDistance(body, p, dir);
		tail = add(p, scale(dir, s + 0.02));
		tip = add(tail, scale(dir, 0.14 / screenLen));
	}
	const a = proj.pt(tail);
	const b = proj.pt(tip);
	const u = unit2([b[0] - a[0], b[1] - a[1]]);
	const base: [number, number] = [b[0] - u[0] * HEAD_LENGTH, b[1] - u[1] * HEAD_LENGTH];
	const w = HEAD_WIDTH;
	return {
		d: `M${fmt(a[0])} ${fmt(a[1])}L${fmt(base[0])} ${fmt(base[1])}`,
		head: `M${fmt(b[0])} ${fmt(b[1])}L${fmt(base[0] - u[1] * w)} ${fmt(base[1] + u[0] * w)}L${fmt(base[0] + u[1] * w)} ${fmt(base[1] - u[0] * w)}Z`,
		pts: [a, b],
	};
}

export interface RenderedFigures {
	/** The still of the start position. */
	start: string;
	/** The still of the end position. */
	end: string;
	/** The looping animation (undefined when nothing moves). */
	animation: string | undefined;
	/** Whether some limb is drawn in the far-side tone (the key then explains it). */
	hasFar: boolean;
	/** Whether a motion or force arrow is drawn. */
	hasArrow: boolean;
	/** Width ÷ height of every figure of the set. */
	aspect: number;
	scene: Scene;
}

export interface RenderOptions {
	/** Unique id prefix for this figure set on the page. */
	id: string;
	/** Text ids that label the start and end stills (figcaptions). */
	labelledBy?: { start: string; end: string } | undefined;
	/** Also draw the animation (default true). */
	animate?: boolean | undefined;
}

const ANIM_SECONDS = 6;
/** Hold the start, move, hold the end, move back: key times for frames 0…4…0. */
export function timeline(n: number): { keyTimes: string; index: number[] } {
	// Hold the start until 0.12, move until 0.42, hold the end until 0.6, move back until 0.9, hold.
	const frames = [...Array(n).keys()];
	const index = [0, ...frames, ...[...frames].reverse(), 0];
	const move = (a: number, b: number) => frames.map((i) => a + ((b - a) * i) / (n - 1));
	const times = [0, ...move(0.12, 0.42), ...move(0.6, 0.9), 1];
	return { keyTimes: times.map((t) => String(Math.round(t * 1000) / 1000)).join(';'), index };
}

/** Renders a figure set: two stills and an animation sharing one frame and scale. */
export function renderFigures(input: FigureSetInput, opts: RenderOptions): RenderedFigures {
	const scene = buildScene(input);
	const cam = makeCamera(input.view ?? 'side');
	const els = elements(scene, cam);
	const ordered = drawOrder(els, scene, cam);

	// Screen coordinates start at the body's top left; the viewBox is fitted to everything drawn.
	const allShapes = scene.frames.flatMap((f) => ordered.flatMap((e) => e.shapes(f)));
	const propPts = [...scene.boxes.flatMap(boxCorners), ...scene.rods.flat()];
	const b = screenBounds(cam, allShapes, propPts);
	const proj = new Projector(cam, b.minX, b.maxY);

	// 2D primitives per element per frame.
	const prev = new Map<string, Ell2>();
	const frames2 = scene.frames.map((f) => ({
		els: ordered.map((e): Prim2[] => {
			const prims = e.shapes(f).map((s, i): Prim2 => {
				const p = proj.prim(s);
				if (p.t === 'ell') {
					const k = `${e.key}${i}`;
					const c = continuous(prev.get(k), p);
					prev.set(k, c);
					return { t: 'ell', ...c };
				}
				return p;
			});
			if (!e.hulls) return prims;
			const used = new Set(e.hulls.flat());
			const hulls = e.hulls.map((g): Prim2 => ({
				t: 'poly',
				pts: hull(g.map((i) => prims[i] as Ell2)),
			}));
			return [...hulls, ...prims.filter((_, i) => !used.has(i))];
		}),
	}));

	const bodyPrims = frames2.map((f) => ({ prims: f.els.flat() }));
	const floorY =
		cam.toward[1] < 0.42 ? proj.y([0, 0, scene.frames[0]!.body.points.pelvis[2]]) : undefined;
	const arrows = (input.move ?? [])
		.map((p) => arrowPath(scene, p, proj, [bodyPrims[0]!, bodyPrims.at(-1)!], floorY))
		.filter((a) => a !== undefined);
	const pushes = (input.push ?? [])
		.map((_, i) => pushArrow(scene, cam, proj, i))
		.filter((a) => a !== undefined);
	const hasFar = ordered.some((e) => e.tone === 'r' && !e.examiner);

	// The viewBox: every frame's body, the props and the arrows, with a margin.
	const ext = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
	const grow = (x: number, y: number, r = 0) => {
		ext.x0 = Math.min(ext.x0, x - r);
		ext.x1 = Math.max(ext.x1, x + r);
		ext.y0 = Math.min(ext.y0, y - r);
		ext.y1 = Math.max(ext.y1, y + r);
	};
	for (const f of frames2)
		for (const ps of f.els)
			for (const p of ps) {
				if (p.t === 'line') for (const q of [p.a, p.b]) grow(q[0], q[1], p.w / 2 + LINE);
				else if (p.t === 'ell') grow(p.cx, p.cy, Math.max(p.rx, p.ry) + LINE);
				else for (const q of p.pts) grow(q[0], q[1], LINE);
			}
	for (const q of propPts) grow(proj.x(q), proj.y(q), 2);
	for (const a of [...arrows, ...pushes]) for (const q of a.pts) grow(q[0], q[1], 9);
	const m = PAD * SCALE;
	proj.x0 = Math.floor(ext.x0 - m);
	proj.y0 = Math.floor(ext.y0 - m);
	proj.W = Math.ceil(ext.x1 + m) - proj.x0;
	proj.H = Math.ceil(ext.y1 + m / 3) - proj.y0;
	const { W, H } = proj;
	const viewBox = `${proj.x0} ${proj.y0} ${W} ${H}`;
	const back = renderBack(scene, cam, proj);
	const arrowSvg = (list: Arrow[]) =>
		list
			.map(
				(a) =>
					`<path class="w" d="${a.d}"/><path class="a" d="${a.d}"/><path class="h" d="${a.head}"/>`,
			)
			.join('');

	const still = (fi: number, which: 'start' | 'end') => {
		const parts = ordered.map((e, i) => drawElement(e, frames2[fi]!.els[i]!));
		const label = opts.labelledBy?.[which];
		const a11y = label ? ` role="img" aria-labelledby="${label}"` : ' aria-hidden="true"';
		const extra = which === 'end' ? arrowSvg(pushes) : '';
		return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${W}" height="${H}" class="kb-figure" data-figure="${opts.id}-${which}"${a11y}>${back}${parts.join('')}${arrowSvg(arrows)}${extra}</svg>`;
	};

	const moving = frames2.some(
		(f, fi) =>
			fi > 0 &&
			f.els.some((ps, i) => ps.some((p, j) => primPath(p) !== primPath(frames2[0]!.els[i]![j]!))),
	);
	let animation: string | undefined;
	if (opts.animate !== false && moving) {
		const { keyTimes, index } = timeline(scene.frames.length);
		const defs: string[] = [];
		const uses: string[] = [];
		ordered.forEach((e, i) => {
			const ids = frames2[0]!.els[i]!.map((p, j) => {
				const id = `${opts.id}-${i}-${j}`;
				const path = (q: Prim2) => {
					if (!e.dot) return primPath(q);
					const [x, y] = dotAt(q);
					return `M${fmt(x)} ${fmt(y)}L${fmt(x)} ${fmt(y)}`;
				};
				const values = index.map((fi) => path(frames2[fi]!.els[i]![j]!));
				const same = values.every((v) => v === values[0]);
				defs.push(
					same
						? `<path id="${id}" d="${values[0]}"/>`
						: `<path id="${id}" d="${values[0]}"><animate attributeName="d" dur="${ANIM_SECONDS}s" repeatCount="indefinite" keyTimes="${keyTimes}" values="${values.join(';')}"/></path>`,
				);
				return { id, p };
			});
			uses.push(drawElementUse(e, ids));
		});
		animation = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${W}" height="${H}" class="kb-figure kb-figure--moving" data-figure="${opts.id}-moving" aria-hidden="true"><defs>${defs.join('')}</defs>${back}${uses.join('')}${arrowSvg(arrows)}${arrowSvg(pushes)}</svg>`;
	}
	return {
		start: still(0, 'start'),
		end: still(scene.frames.length - 1, 'end'),
		animation,
		hasFar,
		hasArrow: arrows.length + pushes.length > 0,
		aspect: W / H,
		scene,
	};
}

const classFor = (e: Element) => (e.examiner ? ' x' : e.soft ? ' s' : '');
const dotAt = (p: Prim2): [number, number] =>
	p.t === 'ell' ? [p.cx, p.cy] : p.t === 'line' ? p.a : p.pts[0]!;

/** One element: an outline pass then a fill pass (lines are strokes, ellipses fills). */
function drawElement(e: Element, prims: Prim2[]): string {
	if (e.dot) {
		const p = prims[0]!;
		const [x, y] = dotAt(p);
		return `<circle class="d" cx="${fmt(x)}" cy="${fmt(y)}" r="2"/>`;
	}
	const outline = (p: Prim2) =>
		p.t === 'line'
			? `<path class="o${classFor(e)}" stroke-width="${fmt(p.w + 2 * LINE)}" d="${linePath(p)}"/>`
			: `<path class="e ${e.tone}${classFor(e)}" d="${primPath(p)}"/>`;
	const fill = (p: Prim2) =>
		p.t === 'line'
			? `<path class="f ${e.tone}" stroke-width="${fmt(p.w)}" d="${linePath(p)}"/>`
			: `<path class="g ${e.tone}" d="${primPath(p)}"/>`;
	if (e.merged) return prims.map(outline).join('') + prims.map(fill).join('');
	return prims.map((p) => outline(p) + fill(p)).join('');
}

function drawElementUse(e: Element, ids: { id: string; p: Prim2 }[]): string {
	if (e.dot) {
		// An eye: a round-capped zero-length line follows the head in the animation.
		return ids.map(({ id }) => `<use href="#${id}" class="o" stroke-width="4"/>`).join('');
	}
	const outline = ({ id, p }: { id: string; p: Prim2 }) =>
		p.t === 'line'
			? `<use href="#${id}" class="o${classFor(e)}" stroke-width="${fmt(p.w + 2 * LINE)}"/>`
			: `<use href="#${id}" class="e ${e.tone}${classFor(e)}"/>`;
	const fill = ({ id, p }: { id: string; p: Prim2 }) =>
		p.t === 'line'
			? `<use href="#${id}" class="f ${e.tone}" stroke-width="${fmt(p.w)}"/>`
			: `<use href="#${id}" class="g ${e.tone}"/>`;
	if (e.merged) return ids.map(outline).join('') + ids.map(fill).join('');
	return ids.map((x) => outline(x) + fill(x)).join('');
}

/** A floor line for low cameras without a mat or bench (those show the ground themselves). */
const floorShown = (scene: Scene, cam: Camera) =>
	cam.toward[1] < 0.42 && !scene.boxes.some((b) => b.kind === 'mat' || b.kind === 'bench');

/** Floor, props and chair legs: drawn before the body. */
function renderBack(scene: Scene, cam: Camera, proj: Projector): string {
	const out: string[] = [];
	const poly = (pts: Vec3[]) =>
		'M' + pts.map((p) => `${fmt(proj.x(p))} ${fmt(proj.y(p))}`).join('L') + 'Z';
	if (floorShown(scene, cam)) {
		// The floor: a line across the picture at the body's depth.
		const y = fmt(proj.y([0, 0, scene.frames[0]!.body.points.pelvis[2]]));
		out.push(`<path class="fl" d="M${proj.x0} ${y}H${proj.x0 + proj.W}"/>`);
	}
	const depth = (b: Box) => dot(scale(add(b.min, b.max), 0.5), cam.toward);
	const rods = scene.rods.map((r) => ({
		d: Math.max(dot(r[0], cam.toward), dot(r[1], cam.toward)),
		svg: `<path class="k" d="M${fmt(proj.x(r[0]))} ${fmt(proj.y(r[0]))}L${fmt(proj.x(r[1]))} ${fmt(proj.y(r[1]))}"/>`,
	}));
	const boxes = [...scene.boxes]
		.sort((a, b) => depth(a) - depth(b))
		.map((b) => ({
			d: depth(b),
			svg: visibleFaces(b, cam)
				.map((f) => `<path class="${f.top ? 'p' : 'q'}" d="${poly(f.pts)}"/>`)
				.join(''),
		}));
	for (const x of [...rods, ...boxes].sort((a, b) => a.d - b.d)) out.push(x.svg);
	return out.join('');
}
