/**
 * The geometry of the ROC-space chart on /tests/: every accuracy study as a point at
 * (1 − specificity, sensitivity), one colour and one shape per target condition (so colour is never
 * the only cue), each point a link to its test page. The index draws it as SVG at build time
 * (components/charts/RocSpace.astro) and lists the same points as text beside it.
 */
import { formatPercent } from './format.ts';

export interface RocStudy {
	testName: string;
	/** The test page. */
	href: string;
	/** Short citation of the study. */
	source: string;
	target: { id: string; name: string; href: string };
	sensitivity: number;
	specificity: number;
}

export interface RocPoint extends RocStudy {
	cx: number;
	cy: number;
	/** The marker outline, centred on (cx, cy). */
	path: string;
	/** Index of the target condition in `groups`, which styles the marker. */
	group: number;
	/** What the point says, for its link's accessible name and the text list. */
	label: string;
}

export interface RocGroup {
	id: string;
	name: string;
	href: string;
	/** The legend's marker, drawn at the origin. */
	path: string;
	points: RocPoint[];
}

export interface RocChart {
	size: number;
	/** The plot square: left, top and side length. */
	plot: { x: number; y: number; side: number };
	ticks: Array<{ share: number; label: string; x: number; y: number }>;
	points: RocPoint[];
	groups: RocGroup[];
}

/** How many distinct markers there are; more targets than this reuse them (the colours differ too). */
export const markerCount = 8;

/** A marker of radius `r` centred on (cx, cy): circle, square, triangles, diamond, and so on. */
export function markerPath(shape: number, cx: number, cy: number, r: number): string {
	const polygon = (sides: number, turn: number, radius = r) =>
		Array.from({ length: sides }, (_, k) => {
			const a = turn + (2 * Math.PI * k) / sides;
			return `${k === 0 ? 'M' : 'L'}${(cx + radius * Math.cos(a)).toFixed(2)} ${(cy + radius * Math.sin(a)).toFixed(2)}`;
		}).join(' ') + ' Z';
	switch (shape % markerCount) {
		case 0:
			return `M${cx - r} ${cy} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
		case 1:
			return polygon(4, Math.PI / 4, r * 1.2);
		case 2:
			return polygon(3, -Math.PI / 2, r * 1.3);
		case 3:
			return polygon(4, 0, r * 1.3);
		case 4:
			return polygon(3, Math.PI / 2, r * 1.3);
		case 5:
			return polygon(6, 0, r * 1.15);
		case 6:
			return polygon(5, -Math.PI / 2, r * 1.2);
		default: {
			// A plus sign with arms a third of the marker wide.
			const t = r / 3;
			return `M${cx - t} ${cy - r} h${2 * t} v${r - t} h${r - t} v${2 * t} h${t - r} v${r - t} h${-2 * t} v${t - r} h${t - r} v${-2 * t} h${r - t} Z`;
		}
	}
}

const size = 400;
const margin = { left: 52, top: 12, right: 12, bottom: 48 };
const side = size - margin.left - margin.right;
const radius = 6;
// Points at the same place are nudged sideways by this much each, so each stays visible and clickable.
const nudge = 7;

/** The chart for every study given, grouped by target condition in order of first appearance. */
export function rocSpace(studies: readonly RocStudy[]): RocChart {
	const groupIds = [...new Set(studies.map((s) => s.target.id))];
	const seen = new Map<string, number>();
	const points = studies.map((s): RocPoint => {
		const group = groupIds.indexOf(s.target.id);
		const place = `${s.sensitivity}/${s.specificity}`;
		const earlier = seen.get(place) ?? 0;
		seen.set(place, earlier + 1);
		const cx = margin.left + (1 - s.specificity) * side + earlier * nudge;
		const cy = margin.top + (1 - s.sensitivity) * side;
		return {
			...s,
			cx,
			cy,
			group,
			path: markerPath(group, cx, cy, radius),
			label: `${s.testName} (${s.source}), ${s.target.name}: sensitivity ${formatPercent(s.sensitivity)}, 1 − specificity ${formatPercent(1 - s.specificity)}`,
		};
	});
	return {
		size,
		plot: { x: margin.left, y: margin.top, side },
		ticks: [0, 0.25, 0.5, 0.75, 1].map((share) => ({
			share,
			label: formatPercent(share),
			x: margin.left + share * side,
			y: margin.top + (1 - share) * side,
		})),
		points,
		groups: groupIds.map((id, i) => {
			const first = studies.find((s) => s.target.id === id)!;
			return {
				id,
				name: first.target.name,
				href: first.target.href,
				path: markerPath(i, 0, 0, radius),
				points: points.filter((p) => p.group === i),
			};
		}),
	};
}
