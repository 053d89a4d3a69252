/**
 * What a clinical-test page derives from its accuracy entries: intervals, the evidence line, the
 * forest plot and ROC geometry, the `?pre=` reading and the setting priors. Every expected value is
 * worked out by hand in the comment beside it, or is a figure a paper published.
 */
import { describe, expect, it } from 'vitest';
import { evidenceLine, noAccuracyLabel } from '../../src/lib/diagnostics/evidence.ts';
import { forestPlot } from '../../src/lib/diagnostics/forest-plot.ts';
import { wilsonInterval } from '../../src/lib/diagnostics/intervals.ts';
import { preTestFromQuery, readPreTest } from '../../src/lib/diagnostics/pretest.ts';
import {
	formatRatioInterval,
	proportionInterval,
	studyFigures,
} from '../../src/lib/diagnostics/present.ts';
import { markerCount, markerPath, rocSpace } from '../../src/lib/diagnostics/roc-space.ts';
import { settingPriors } from '../../src/lib/pages/setting-priors.ts';
import { lookups, raw, site } from '../support/content.ts';

describe('intervals against a published example', () => {
	it('reproduces the Wilson intervals Mkumbuzi et al. published for 20 of 25 and 5 of 7', () => {
		// The slump pilot printed sensitivity 0.800 (0.609–0.911) and specificity 0.714 (0.359–0.918).
		const sens = wilsonInterval(20, 25);
		const spec = wilsonInterval(5, 7);
		expect([sens.lower, sens.upper].map((x) => x.toFixed(3))).toEqual(['0.609', '0.911']);
		expect([spec.lower, spec.upper].map((x) => x.toFixed(3))).toEqual(['0.359', '0.918']);
	});
});

describe('studyFigures with counts', () => {
	// Martin 2014, seated piriformis stretch test: 12/23 with entrapment positive, 1/10 controls positive.
	// LR+ = (12/23)/(1/10) = 5.2174; SE(ln) = √(1/12 − 1/23 + 1/1 − 1/10) = √0.939855 = 0.969461;
	// 5.2174 × e^(±1.959964 × 0.969461) = 5.2174 × e^(±1.900109) → 0.780 to 34.89.
	// LR− = (11/23)/(9/10) = 0.531401; SE(ln) = √(1/11 − 1/23 + 1/9 − 1/10) = √0.058542 = 0.241954;
	// 0.531401 × e^(±0.474221) → 0.3307 to 0.8538.
	const counts = { truePositive: 12, falsePositive: 1, falseNegative: 11, trueNegative: 9 };
	const f = studyFigures({ value: 0.52, ci: [0.33, 0.71] }, { value: 0.9 }, counts);

	it('gives both likelihood ratios their log-method intervals', () => {
		expect(f.raw.lrPositiveCi!.lower).toBeCloseTo(0.78, 2);
		expect(f.raw.lrPositiveCi!.upper).toBeCloseTo(34.89, 1);
		expect(f.raw.lrNegativeCi!.lower).toBeCloseTo(0.3307, 3);
		expect(f.raw.lrNegativeCi!.upper).toBeCloseTo(0.8538, 3);
		// The point ratios stay those of the published proportions: 0.52 / 0.10 = 5.2, 0.48 / 0.90 = 0.533.
		expect([f.lrPositive, f.lrPositiveCi]).toEqual(['5.2', '95% CI 0.78–34.9']);
		expect([f.lrNegative, f.lrNegativeCi]).toEqual(['0.53', '95% CI 0.33–0.85']);
		expect(f.correction).toBeUndefined();
		expect(f.lrCiSource).toBe('counts');
	});

	it('keeps a published interval and labels a Wilson interval computed from the counts', () => {
		expect(f.sensitivity).toBe('52% (95% CI 33–71%)');
		// 9 of 10 by Wilson: 0.5958 to 0.9821.
		expect(f.specificity).toBe('90% (95% CI 60–98%, Wilson, from the counts)');
		expect(f.raw.specificityCi!.lower).toBeCloseTo(0.5958, 4);
	});

	it('says when a zero cell forced the half-count correction, and prints no interval without counts', () => {
		const zero = studyFigures(
			{ value: 0.5 },
			{ value: 0.9 },
			{
				truePositive: 5,
				falseNegative: 5,
				falsePositive: 0,
				trueNegative: 10,
			},
		);
		expect(zero.correction).toMatch(/0\.5 was added/);
		const none = studyFigures({ value: 0.5 }, { value: 0.9 });
		expect(none.lrPositiveCi).toBeUndefined();
		expect(none.raw.sensitivityCi).toBeUndefined();
		expect(none.lrPositive).toBe('5.0');
	});

	it('shows the intervals a paper published for its ratios when its counts are unknown', () => {
		// Boylan 2021 (ECQ): sensitivity 0.525, specificity 0.871, LR+ 2.57–6.42, LR− 0.44–0.68.
		const f = studyFigures({ value: 0.525 }, { value: 0.871 }, undefined, {
			positive: [2.57, 6.42],
			negative: [0.44, 0.68],
		});
		expect(f.lrPositive).toBe('4.1');
		expect(f.lrPositiveCi).toBe('95% CI 2.6–6.4');
		expect(f.lrNegativeCi).toBe('95% CI 0.44–0.68');
		expect(f.raw.lrNegativeCi).toEqual({ lower: 0.44, upper: 0.68 });
		expect(f.correction).toBeUndefined();
		expect(f.lrCiSource).toBe('published');
		expect(studyFigures({ value: 0.5 }, { value: 0.9 }).lrCiSource).toBeUndefined();
	});

	it('prints a ratio interval bound by bound like the ratio', () => {
		expect(formatRatioInterval(9.9, { lower: 4.04, upper: 26.29 })).toBe('9.9 (95% CI 4.0–26.3)');
		expect(proportionInterval({ value: 0.5 }, undefined, 0)).toBeUndefined();
	});
});

describe('evidenceLine', () => {
	const study = (
		source: string,
		total: number,
		withCondition: number,
		lrPositive: number,
		lrNegative: number,
	) => ({
		source,
		target: 'Alpha',
		sample: { total, withCondition },
		lrPositive,
		lrNegative,
	});

	it('counts studies and people once per cohort and names the best ratios with their intervals', () => {
		const line = evidenceLine([
			{ ...study('Smith 2020', 100, 40, 9.9, 0.3), lrPositiveCi: { lower: 4.04, upper: 26.29 } },
			study('Jones 2021', 80, 30, 2, 0.1),
			// A second analysis of Jones's cohort (same sample): not more people.
			study('Jones 2021b', 80, 30, 3, 0.2),
		]);
		expect(line).toBe(
			'2 studies (3 analyses), 180 people; best LR+ 9.9 (95% CI 4.0–26.3), Smith 2020; ' +
				'best LR− 0.10 (no interval: counts not published), Jones 2021.',
		);
	});

	it('names the target beside each ratio when the studies target different conditions', () => {
		expect(
			evidenceLine([
				study('Smith 2020', 10, 5, 4, 0.5),
				{ ...study('Jones 2021', 20, 5, 2, 0.2), target: 'Beta syndrome' },
			]),
		).toBe(
			'2 studies, 30 people; best LR+ 4.0 (no interval: counts not published), Smith 2020, for Alpha; ' +
				'best LR− 0.20 (no interval: counts not published), Jones 2021, for Beta syndrome.',
		);
	});

	it('leaves the source out when there is only one study, and says nothing without studies', () => {
		expect(evidenceLine([study('Smith 2020', 33, 23, 5.2, 0.53)])).toBe(
			'1 study, 33 people; best LR+ 5.2 (no interval: counts not published); best LR− 0.53 (no interval: counts not published).',
		);
		expect(evidenceLine([])).toBeUndefined();
	});

	it('tells "none published" from "not entered" for a test without figures', () => {
		expect(noAccuracyLabel('none-published')).toBe('No published accuracy study');
		expect(noAccuracyLabel('not-verified')).toMatch(/^No accuracy figures entered: studies exist/);
		expect(noAccuracyLabel('not-usable')).toMatch(/no finite ratio/);
		expect(noAccuracyLabel(undefined)).toBe('No accuracy figures entered');
	});
});

describe('forestPlot', () => {
	// Width 480, margins 20, gap 32: each panel is (480 − 40 − 32) / 2 = 204 wide; sensitivity from
	// x = 20, specificity from x = 20 + 204 + 32 = 256. Rows 48 high under a 24-high title band.
	const plot = forestPlot([
		{
			id: 'a',
			label: 'Smith 2020',
			sensitivity: 0.5,
			specificity: 0.25,
			sensitivityCi: { lower: 0.4, upper: 0.6 },
		},
		{ id: 'b', label: 'Jones 2021', sensitivity: 1 - 1e-9, specificity: 0.75 },
	]);

	it('places each estimate and its interval on a 0–100 % axis per panel', () => {
		expect(plot.panels.map((p) => [p.x, p.width])).toEqual([
			[20, 204],
			[256, 204],
		]);
		const [a] = plot.rows;
		expect(a!.sensitivity.cx).toBeCloseTo(122, 9); // 20 + 0.5 × 204
		expect(a!.sensitivity.x1).toBeCloseTo(101.6, 9); // 20 + 0.4 × 204
		expect(a!.sensitivity.x2).toBeCloseTo(142.4, 9);
		expect(a!.specificity.cx).toBeCloseTo(307, 9); // 256 + 0.25 × 204
		expect(a!.specificity.x1).toBeUndefined();
		expect(plot.rows.map((r) => r.y)).toEqual([60, 108]); // 24 + 16 + 20, then + 48
		expect(plot.axisY).toBe(120); // 24 + 2 × 48
		expect(plot.height).toBe(150);
		expect(plot.panels[1].ticks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
		expect(plot.panels[1].ticks.map((t) => t.anchor)).toEqual([
			'start',
			'middle',
			'middle',
			'middle',
			'end',
		]);
	});

	it('describes every study in words', () => {
		expect(plot.description).toBe(
			'Smith 2020: sensitivity 50% (95% CI 40% to 60%), specificity 25% (no interval). ' +
				'Jones 2021: sensitivity >99% (no interval), specificity 75% (no interval).',
		);
		expect(() => forestPlot([])).toThrow(RangeError);
	});
});

describe('rocSpace', () => {
	const point = (testName: string, target: string, sensitivity: number, specificity: number) => ({
		testName,
		href: `/tests/${testName}/`,
		source: 'Smith 2020',
		target: { id: target, name: target.toUpperCase(), href: `/conditions/${target}/` },
		sensitivity,
		specificity,
	});
	// Size 400 with margins 52 left, 12 top and right: the plot square is 336 wide from (52, 12).
	const chart = rocSpace([
		point('t1', 'alpha', 0.8, 0.9),
		point('t2', 'beta', 0.5, 0.5),
		point('t3', 'alpha', 0.8, 0.9),
	]);

	it('puts each study at (1 − specificity, sensitivity), nudging one that would hide another', () => {
		const [t1, t2, t3] = chart.points;
		expect(t1!.cx).toBeCloseTo(52 + 0.1 * 336, 9);
		expect(t1!.cy).toBeCloseTo(12 + 0.2 * 336, 9);
		expect(t2!.cx).toBeCloseTo(52 + 168, 9);
		expect(t2!.cy).toBeCloseTo(12 + 168, 9);
		expect(t3!.cx).toBeCloseTo(t1!.cx + 7, 9);
		expect(t1!.label).toBe('t1 (Smith 2020), ALPHA: sensitivity 80%, 1 − specificity 10%');
	});

	it('groups the points by target condition, each with its own marker', () => {
		expect(chart.groups.map((g) => [g.id, g.points.map((p) => p.testName)])).toEqual([
			['alpha', ['t1', 't3']],
			['beta', ['t2']],
		]);
		expect(chart.points.map((p) => p.group)).toEqual([0, 1, 0]);
		expect(chart.ticks.map((t) => [t.x, t.y])[4]).toEqual([388, 12]);
	});

	it('draws a distinct closed marker for each of its shapes', () => {
		const paths = Array.from({ length: markerCount }, (_, i) => markerPath(i, 10, 10, 6));
		expect(new Set(paths).size).toBe(markerCount);
		for (const d of paths) expect(d.endsWith('Z')).toBe(true);
		expect(paths[0]).toBe('M4 10 a6 6 0 1 0 12 0 a6 6 0 1 0 -12 0 Z');
		expect(markerPath(markerCount, 10, 10, 6)).toBe(paths[0]);
	});
});

describe('the pre-test probability from the input and from ?pre=', () => {
	it('reads plain percentages strictly between 0 and 100', () => {
		expect(readPreTest(' 30 ')).toEqual({ kind: 'value', probability: 0.3 });
		expect(readPreTest('.5')).toEqual({ kind: 'value', probability: 0.005 });
		expect(readPreTest('')).toEqual({ kind: 'empty' });
		expect(readPreTest('0')).toEqual({ kind: 'boundary', percent: 0 });
		expect(readPreTest('100.0')).toEqual({ kind: 'boundary', percent: 100 });
		for (const bad of ['-5', '150', '1e1', '0x1f', '30%', 'abc', '12.', 'Infinity', '<b>'])
			expect(readPreTest(bad), bad).toEqual({ kind: 'invalid' });
	});

	it('takes ?pre= only when it is one usable value', () => {
		expect(preTestFromQuery('?pre=30')).toBe(0.3);
		expect(preTestFromQuery('?f=a,b&pre=12.5')).toBe(0.125);
		expect(preTestFromQuery('?pre=30&pre=30')).toBe(0.3);
		for (const hostile of [
			'',
			'?pre=',
			'?pre=0',
			'?pre=100',
			'?pre=-1',
			'?pre=1e1',
			'?pre=30&pre=40',
			'?pre=%3Cscript%3Ealert(1)%3C/script%3E',
			'?pre=NaN',
			'?pre=99999999999999999999',
		])
			expect(preTestFromQuery(hostile), hostile).toBeUndefined();
	});
});

describe('settingPriors', () => {
	const all = lookups({
		references: {
			'smith-2020': raw.reference(['Smith A'], 2020),
			'jones-2021': raw.reference(['Jones B'], 2021),
		},
	});
	const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
	const prior = (condition: string, probability: number, extra: Record<string, unknown> = {}) => ({
		condition: ref('conditions' as const, condition),
		probability,
		range: [0, 1] as [number, number],
		basis: 'published' as const,
		source: ref('references' as const, 'smith-2020'),
		furtherSources: [],
		detail: 'Because.',
		...extra,
	});
	const setting = (id: string, order: number, priors: unknown[]) => ({
		id,
		data: {
			label: `Setting ${id}`,
			description: 'Who.',
			order,
			priors,
			other: { probability: 0.1, range: [0, 1], detail: 'Else.' },
			reviewed: new Date('2026-11-24'),
		},
	});
	const settings = [
		setting('b', 2, [prior('alpha', 0.2)]),
		setting('a', 1, [
			prior('family', 0.08, { furtherSources: [ref('references', 'jones-2021')] }),
			prior('alpha', 0.5, {
				withinParent: ref('conditions', 'family'),
				basis: 'no-data',
				source: undefined,
			}),
		]),
		setting('c', 3, [prior('beta', 0.3)]),
	] as unknown as Parameters<typeof settingPriors>[0];

	it('gives the prior in each setting that ranks the condition, a sub-cause multiplied out', () => {
		const result = settingPriors(settings, 'alpha', all.references, site);
		expect(result.map((p) => [p.setting, p.percent])).toEqual([
			['a', 4], // 0.5 of the family's 0.08
			['b', 20],
		]);
		expect(result[0]!.probability).toBeCloseTo(0.04, 12);
		expect(result[0]!.basis).toBe(
			'50% of 8% for the family (a judgment without data; family published)',
		);
		expect(result[0]!.sources.map((s) => s.label)).toEqual(['Smith 2020', 'Jones 2021']);
		expect(result[1]).toMatchObject({ label: 'Setting b', basis: 'published' });
		expect(settingPriors(settings, 'gamma', all.references, site)).toEqual([]);
	});

	it('fails loudly when a sub-cause names a family the setting does not rank', () => {
		const orphan = [
			setting('x', 1, [prior('alpha', 0.5, { withinParent: ref('conditions', 'ghost') })]),
		] as unknown as Parameters<typeof settingPriors>[0];
		expect(() => settingPriors(orphan, 'alpha', all.references, site)).toThrow(/ghost/);
	});
});
