/**
 * The geometry of a test page's forest plot: one row per study, sensitivity and specificity side by
 * side, each a point with its 95 % interval on a 0–100 % axis. The page draws it as SVG at build time
 * (components/charts/ForestPlot.astro); everything measurable lives here so it can be unit-tested.
 */
import { formatPercent } from './format.ts';
import type { Interval } from './intervals.ts';

export interface ForestStudy {
	id: string;
	/** The row's label ("Martin et al. 2014: deep gluteal syndrome"). */
	label: string;
	sensitivity: number;
	specificity: number;
	sensitivityCi?: Interval | undefined;
	specificityCi?: Interval | undefined;
}

export interface ForestMark {
	/** Centre of the point. */
	cx: number;
	/** Ends of the interval line; absent when the study has no interval. */
	x1?: number | undefined;
	x2?: number | undefined;
}

export interface ForestRow {
	id: string;
	label: string;
	/** Baseline of the label text. */
	labelY: number;
	/** Centre line of the marks. */
	y: number;
	sensitivity: ForestMark;
	specificity: ForestMark;
}

export interface ForestPanel {
	title: string;
	/** Left edge and width of the 0–100 % axis. */
	x: number;
	width: number;
	/** The end ticks' labels are anchored inwards so neighbouring panels' labels cannot collide. */
	ticks: Array<{ x: number; label: string; anchor: 'start' | 'middle' | 'end' }>;
}

export interface ForestPlot {
	width: number;
	height: number;
	/** Baseline of the panel titles, and the y of the axis line under the rows. */
	titleY: number;
	axisY: number;
	panels: [ForestPanel, ForestPanel];
	rows: ForestRow[];
	/** The whole chart in words, one sentence per study: the SVG's description. */
	description: string;
}

// Layout in SVG user units; the SVG scales to its container, so only proportions matter.
const width = 480;
const margin = 20;
const gap = 32;
const titleHeight = 24;
const rowHeight = 48;
const labelToMarks = 20;
const axisHeight = 30;
const tickShares = [0, 0.25, 0.5, 0.75, 1];

const panelWidth = (width - 2 * margin - gap) / 2;

function panel(title: string, x: number): ForestPanel {
	return {
		title,
		x,
		width: panelWidth,
		ticks: tickShares.map((share) => ({
			x: x + share * panelWidth,
			label: formatPercent(share),
			anchor: share === 0 ? 'start' : share === 1 ? 'end' : 'middle',
		})),
	};
}

function mark(p: ForestPanel, value: number, ci: Interval | undefined): ForestMark {
	const at = (share: number) => p.x + share * p.width;
	return { cx: at(value), x1: ci && at(ci.lower), x2: ci && at(ci.upper) };
}

const inWords = (value: number, ci: Interval | undefined) =>
	ci
		? `${formatPercent(value)} (95% CI ${formatPercent(ci.lower)} to ${formatPercent(ci.upper)})`
		: `${formatPercent(value)} (no interval)`;

/** The forest plot for `studies`, top to bottom in the order given. */
export function forestPlot(studies: readonly ForestStudy[]): ForestPlot {
	if (studies.length === 0) throw new RangeError('a forest plot needs at least one study');
	const panels: [ForestPanel, ForestPanel] = [
		panel('Sensitivity', margin),
		panel('Specificity', margin + panelWidth + gap),
	];
	const rows = studies.map((s, i): ForestRow => {
		const top = titleHeight + i * rowHeight;
		return {
			id: s.id,
			label: s.label,
			labelY: top + 16,
			y: top + 16 + labelToMarks,
			sensitivity: mark(panels[0], s.sensitivity, s.sensitivityCi),
			specificity: mark(panels[1], s.specificity, s.specificityCi),
		};
	});
	const axisY = titleHeight + studies.length * rowHeight;
	return {
		width,
		height: axisY + axisHeight,
		titleY: titleHeight - 8,
		axisY,
		panels,
		rows,
		description: studies
			.map(
				(s) =>
					`${s.label}: sensitivity ${inWords(s.sensitivity, s.sensitivityCi)}, specificity ${inWords(s.specificity, s.specificityCi)}.`,
			)
			.join(' '),
	};
}
