/**
 * Draws a pose (pose.ts) as a small inline SVG: strokes in `currentColor` so the figure follows the
 * text colour in light mode, dark mode and print; far-side limbs fainter than near-side ones; an
 * optional floor line and boxes (a step, a bench, a chair seat) standing on the floor.
 */
import { jointsOf, outlinePoints, segmentLengths, type Joints, type LimbJoints, type Point, type Pose } from './pose.ts';

export interface Box {
	/** Left and right edges, in body heights relative to the hip. */
	from: number;
	to: number;
	/** Height of the top edge above the floor, in body heights. */
	height: number;
	/** The leg whose foot stands on this box: the box top then meets that foot. */
	under?: 'near' | 'far' | undefined;
}

export interface FigureSpec {
	pose: Pose;
	/** Boxes standing on the floor (steps, benches, chair seats). */
	boxes?: readonly Box[] | undefined;
	/** Draw a floor line under the lowest point (default true). */
	floor?: boolean | undefined;
}

// SVG units (and CSS pixels at natural size) per body height: every figure shares one scale.
const SCALE = 200;
const PAD = 0.06;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const fmt = (v: number) => (Math.round(v * 10) / 10).toString();

/**
 * Where the floor is: the lowest point of the figure, or, when a box stands under one foot, the
 * bottom of that box (so a figure can stand on a step with its other foot in the air).
 */
export function floorLevel(j: Joints, boxes: readonly Box[] = []): number {
	const lowest = Math.min(...outlinePoints(j).map((p) => p.y));
	const supported = boxes.flatMap((b) => {
		if (!b.under) return [];
		const leg = j[b.under];
		return [Math.min(leg.ankle.y, leg.toe.y) - b.height];
	});
	return Math.min(lowest, ...supported);
}

export function renderFigure(spec: FigureSpec, label: string, id: string): string {
	const j = jointsOf(spec.pose);
	const floorY = floorLevel(j, spec.boxes);
	const boxes = (spec.boxes ?? []).map((b) => ({ x0: b.from, x1: b.to, y0: floorY, y1: floorY + b.height }));
	const pts = [...outlinePoints(j), ...boxes.flatMap((b) => [{ x: b.x0, y: b.y0 }, { x: b.x1, y: b.y1 }])];
	const minX = Math.min(...pts.map((p) => p.x)) - PAD;
	const maxX = Math.max(...pts.map((p) => p.x)) + PAD;
	const minY = floorY - PAD / 2;
	const maxY = Math.max(...pts.map((p) => p.y)) + PAD;
	// SVG y grows downwards: flip around the top of the drawing.
	const X = (x: number) => fmt((x - minX) * SCALE);
	const Y = (y: number) => fmt((maxY - y) * SCALE);
	const line = (a: Point, b: Point) => `M${X(a.x)} ${Y(a.y)}L${X(b.x)} ${Y(b.y)}`;
	const limbPath = (hip: Point, shoulder: Point, l: LimbJoints) =>
		[line(shoulder, l.elbow), line(l.elbow, l.wrist), line(hip, l.knee), line(l.knee, l.ankle), line(l.ankle, l.toe)].join('');
	const width = fmt((maxX - minX) * SCALE);
	const height = fmt((maxY - minY) * SCALE);
	const titleId = `${id}-title`;
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}" class="kb-figure" data-figure="${escapeXml(id)}">`,
		`<title id="${titleId}">${escapeXml(label)}</title>`,
		'<g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">',
		...boxes.map((b) => `<rect x="${X(b.x0)}" y="${Y(b.y1)}" width="${fmt((b.x1 - b.x0) * SCALE)}" height="${fmt((b.y1 - b.y0) * SCALE)}" stroke-width="1.5" stroke-opacity="0.6"/>`),
		spec.floor === false ? '' : `<path d="M0 ${Y(floorY)}H${width}" stroke-width="1.5" stroke-opacity="0.6"/>`,
		`<path d="${limbPath(j.hip, j.shoulder, j.far)}" stroke-width="6" stroke-opacity="0.45"/>`,
		`<path d="${line(j.hip, j.shoulder)}${line(j.shoulder, j.neck)}" stroke-width="9"/>`,
		`<circle cx="${X(j.head.x)}" cy="${Y(j.head.y)}" r="${fmt(segmentLengths.headRadius * SCALE)}" stroke-width="5"/>`,
		`<path d="${limbPath(j.hip, j.shoulder, j.near)}" stroke-width="7"/>`,
		'</g></svg>',
	];
	return parts.filter(Boolean).join('');
}
