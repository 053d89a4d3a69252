import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatio } from '../../src/lib/diagnostics/format.ts';
import {
	likelihoodRatios,
	oddsToProbability,
	postTestProbability,
	probabilityToOdds,
} from '../../src/lib/diagnostics/odds.ts';
import { describeRatio, formatEstimate, studyFigures } from '../../src/lib/diagnostics/present.ts';

const openProbability = fc.double({ min: 0.001, max: 0.999, noNaN: true });

describe('likelihoodRatios', () => {
	it('computes LR+ and LR− from sensitivity and specificity', () => {
		// Cacchio 2012, modified bent-knee stretch: 0.89 / (1 − 0.91) = 9.888…; (1 − 0.89) / 0.91 = 0.1208…
		const lr = likelihoodRatios(0.89, 0.91);
		expect(lr.positive).toBeCloseTo(9.8889, 3);
		expect(lr.negative).toBeCloseTo(0.12088, 4);
	});

	it('gives LR+ = LR− = 1 for a test no better than chance (sens = 1 − spec)', () => {
		fc.assert(
			fc.property(openProbability, (sens) => {
				const lr = likelihoodRatios(sens, 1 - sens);
				expect(lr.positive).toBeCloseTo(1, 9);
				expect(lr.negative).toBeCloseTo(1, 9);
			}),
		);
	});

	it('keeps LR+ ≥ 1 ≥ LR− whenever sens + spec ≥ 1', () => {
		fc.assert(
			fc.property(openProbability, openProbability, (sens, spec) => {
				fc.pre(sens + spec >= 1);
				const lr = likelihoodRatios(sens, spec);
				expect(lr.positive).toBeGreaterThanOrEqual(1 - 1e-12);
				expect(lr.negative).toBeLessThanOrEqual(1 + 1e-12);
			}),
		);
	});

	it.each([
		['sensitivity 0', 0, 0.5],
		['sensitivity 1', 1, 0.5],
		['specificity 0', 0.5, 0],
		['specificity 1', 0.5, 1],
		['a percentage instead of a proportion', 95, 0.84],
		['NaN', Number.NaN, 0.5],
	])('rejects %s, where a ratio would be undefined or meaningless', (_label, sens, spec) => {
		expect(() => likelihoodRatios(sens, spec)).toThrow(RangeError);
	});

	it('stays finite just inside the limits', () => {
		const lr = likelihoodRatios(0.999999, 0.999999);
		expect(Number.isFinite(lr.positive)).toBe(true);
		expect(lr.positive).toBeCloseTo(999999, 0);
		expect(lr.negative).toBeGreaterThan(0);
	});
});

describe('odds and probability', () => {
	it('round-trips probability → odds → probability', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 0.999, noNaN: true }), (p) => {
				expect(oddsToProbability(probabilityToOdds(p))).toBeCloseTo(p, 9);
			}),
		);
	});

	it('converts known values', () => {
		expect(probabilityToOdds(0.5)).toBe(1);
		expect(probabilityToOdds(0.2)).toBeCloseTo(0.25, 12);
		expect(oddsToProbability(3)).toBe(0.75);
		expect(oddsToProbability(Infinity)).toBe(1);
	});

	it('rejects impossible inputs', () => {
		expect(() => probabilityToOdds(1)).toThrow(RangeError);
		expect(() => probabilityToOdds(-0.1)).toThrow(RangeError);
		expect(() => oddsToProbability(-1)).toThrow(RangeError);
		expect(() => oddsToProbability(Number.NaN)).toThrow(RangeError);
	});
});

describe('postTestProbability', () => {
	it('applies odds × LR (worked example)', () => {
		// Pre-test 20 % → odds 0.25; LR 4 → odds 1 → 50 %.
		expect(postTestProbability(0.2, 4)).toBeCloseTo(0.5, 12);
		// Pre-test 50 % → odds 1; LR 0.25 → odds 0.25 → 20 %.
		expect(postTestProbability(0.5, 0.25)).toBeCloseTo(0.2, 12);
	});

	it('moves the probability in the direction of the ratio', () => {
		fc.assert(
			fc.property(openProbability, fc.double({ min: 0.01, max: 100, noNaN: true }), (pre, lr) => {
				const post = postTestProbability(pre, lr);
				expect(post).toBeGreaterThanOrEqual(0);
				expect(post).toBeLessThanOrEqual(1);
				if (lr > 1) expect(post).toBeGreaterThanOrEqual(pre - 1e-12);
				if (lr < 1) expect(post).toBeLessThanOrEqual(pre + 1e-12);
			}),
		);
	});

	it('leaves certainty alone and rejects bad ratios and probabilities', () => {
		expect(postTestProbability(0, 10)).toBe(0);
		expect(postTestProbability(1, 0.1)).toBe(1);
		expect(() => postTestProbability(0.5, 0)).toThrow(RangeError);
		expect(() => postTestProbability(0.5, Infinity)).toThrow(RangeError);
		expect(() => postTestProbability(1.2, 2)).toThrow(RangeError);
		expect(() => postTestProbability(Number.NaN, 2)).toThrow(RangeError);
	});

	it('matches odds × LR done through the two conversions', () => {
		fc.assert(
			fc.property(openProbability, fc.double({ min: 0.01, max: 100, noNaN: true }), (pre, lr) => {
				expect(postTestProbability(pre, lr)).toBeCloseTo(
					oddsToProbability(probabilityToOdds(pre) * lr),
					12,
				);
			}),
		);
	});
});

describe('formatting', () => {
	it.each([
		// One decimal from 1 up; two below 1, where 0.06 and 0.12 differ twofold.
		[5.9375, '5.9'],
		[9.888, '9.9'],
		[10.2, '10.2'],
		[1, '1.0'],
		[0.1208, '0.12'],
		[0.0595, '0.06'],
		[0, '0.00'],
	])('formatRatio(%d) = %s', (lr, text) => {
		expect(formatRatio(lr)).toBe(text);
	});

	it.each([
		// Whole percentages: the helper's 0.123 and a test page's 0.123 read alike.
		[0.95, '95%'],
		[0.881, '88%'],
		[0.123, '12%'],
		[0.005, '1%'],
		[0.0049, '<1%'],
		[0.0005, '<1%'],
		[0.994, '99%'],
		[0.995, '>99%'],
		[0, '0%'],
		[1, '100%'],
	])('formatPercent(%d) = %s', (p, text) => {
		expect(formatPercent(p)).toBe(text);
	});

	it('refuses numbers that are not a proportion or a ratio', () => {
		expect(() => formatPercent(1.5)).toThrow(RangeError);
		expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
		expect(() => formatRatio(-1)).toThrow(RangeError);
		expect(() => formatRatio(Infinity)).toThrow(RangeError);
	});

	it('prints the estimate with its CI or says none was published', () => {
		expect(formatEstimate({ value: 0.91, ci: [0.73, 0.98] })).toBe('91% (95% CI 73–98%)');
		expect(formatEstimate({ value: 0.95 })).toBe('95% (no CI published)');
	});

	it('derives the printed LRs from the same numbers it prints as raw values', () => {
		const figures = studyFigures({ value: 0.95 }, { value: 0.84 });
		expect(figures.raw.lrPositive).toBeCloseTo(0.95 / 0.16, 12);
		expect(figures.lrPositive).toBe(formatRatio(0.95 / 0.16));
		expect(figures.lrNegative).toBe(formatRatio(0.05 / 0.84));
	});

	it('describes ratios with the usual bedside thresholds', () => {
		const bands = [12, 7, 3, 1, 0.3, 0.15, 0.05].map(describeRatio);
		expect(bands).toEqual([
			'a large increase in the odds',
			'a moderate increase in the odds',
			'a small increase in the odds',
			'little change in the odds',
			'a small decrease in the odds',
			'a moderate decrease in the odds',
			'a large decrease in the odds',
		]);
	});
});
