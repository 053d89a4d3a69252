import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	likelihoodRatioIntervals,
	logSeFromInterval,
	wilsonInterval,
	Z_95,
} from '../../src/lib/diagnostics/intervals.ts';

describe('wilsonInterval', () => {
	it('matches a hand calculation for 41 of 46', () => {
		// p = 41/46 = 0.891304; z² = 3.841459; z²/n = 0.083510; denominator 1.083510.
		// centre = (0.891304 + 3.841459/92) / 1.083510 = 0.933059 / 1.083510 = 0.861145.
		// half = (1.959964 / 1.083510) × √(0.891304 × 0.108696 / 46 + 3.841459 / (4 × 46²))
		//      = 1.808898 × √(0.0021061 + 0.0004539) = 1.808898 × 0.050596 = 0.091523.
		// Interval 0.861145 ± 0.091523 = 0.7696 to 0.9527.
		const ci = wilsonInterval(41, 46);
		expect(ci.lower).toBeCloseTo(0.7696, 4);
		expect(ci.upper).toBeCloseTo(0.9527, 4);
	});

	it('stays inside [0, 1] at 0 of 10', () => {
		// p = 0: centre = (z²/20) / (1 + z²/10) = 0.192073 / 1.384146 = 0.138766; half = (z / 1.384146) × √(z²/400)
		// = 1.416 × 0.097998 = 0.138766. Lower 0, upper 0.2775.
		const ci = wilsonInterval(0, 10);
		expect(ci.lower).toBe(0);
		expect(ci.upper).toBeCloseTo(0.2775, 4);
	});

	it('always contains the observed proportion', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 500 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(n, share) => {
					const x = Math.round(share * n);
					const ci = wilsonInterval(x, n);
					expect(ci.lower).toBeLessThanOrEqual(x / n + 1e-12);
					expect(ci.upper).toBeGreaterThanOrEqual(x / n - 1e-12);
					expect(ci.lower).toBeGreaterThanOrEqual(0);
					expect(ci.upper).toBeLessThanOrEqual(1);
				},
			),
		);
	});

	it('refuses impossible counts', () => {
		expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
		expect(() => wilsonInterval(1, 0)).toThrow(RangeError);
		expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
	});
});

describe('likelihoodRatioIntervals', () => {
	it('matches a hand calculation by the log method (41/5 with the condition, 4/42 without)', () => {
		// LR+ = (41/46) / (4/46) = 10.25; SE(ln) = √(1/41 − 1/46 + 1/4 − 1/46) = √0.230913 = 0.480534;
		// 10.25 × e^(±1.959964 × 0.480534) = 10.25 × e^(±0.941829) → 4.00 to 26.29.
		// LR− = (5/46) / (42/46) = 0.119048; SE(ln) = √(1/5 − 1/46 + 1/42 − 1/46) = √0.180332 = 0.424655;
		// 0.119048 × e^(±0.832310) → 0.0518 to 0.2736.
		const r = likelihoodRatioIntervals({
			truePositive: 41,
			falseNegative: 5,
			falsePositive: 4,
			trueNegative: 42,
		});
		expect(r.corrected).toBe(false);
		expect(r.positive.value).toBeCloseTo(10.25, 10);
		expect(r.positive.lower).toBeCloseTo(4.0, 2);
		expect(r.positive.upper).toBeCloseTo(26.29, 2);
		expect(r.negative.value).toBeCloseTo(0.119048, 6);
		expect(r.negative.lower).toBeCloseTo(0.0518, 4);
		expect(r.negative.upper).toBeCloseTo(0.2736, 4);
	});

	it('adds 0.5 to every cell when one is zero, and says so', () => {
		// 10/0 with, 2/8 without → 10.5/0.5 and 2.5/8.5: LR+ = (10.5/11)/(2.5/11) = 4.2;
		// SE = √(1/10.5 − 1/11 + 1/2.5 − 1/11) = √0.313420 = 0.559839.
		const r = likelihoodRatioIntervals({
			truePositive: 10,
			falseNegative: 0,
			falsePositive: 2,
			trueNegative: 8,
		});
		expect(r.corrected).toBe(true);
		expect(r.positive.value).toBeCloseTo(4.2, 10);
		expect(r.positive.logSe).toBeCloseTo(0.559839, 6);
	});

	it('gives an interval that contains the ratio, symmetric on the log scale', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 200 }),
				fc.integer({ min: 1, max: 200 }),
				fc.integer({ min: 1, max: 200 }),
				fc.integer({ min: 1, max: 200 }),
				(tp, fn, fp, tn) => {
					const r = likelihoodRatioIntervals({
						truePositive: tp,
						falseNegative: fn,
						falsePositive: fp,
						trueNegative: tn,
					});
					for (const ratio of [r.positive, r.negative]) {
						expect(ratio.lower).toBeLessThanOrEqual(ratio.value);
						expect(ratio.upper).toBeGreaterThanOrEqual(ratio.value);
						expect(Math.log(ratio.upper) - Math.log(ratio.value)).toBeCloseTo(
							Math.log(ratio.value) - Math.log(ratio.lower),
							9,
						);
					}
				},
			),
		);
	});

	it('recovers the standard error from a published interval', () => {
		// Suri 2010: LR 6.4 (4.1–9.9): SE = (ln 9.9 − ln 4.1) / (2 × 1.959964) = (2.292535 − 1.410987) / 3.919928 = 0.224889.
		expect(logSeFromInterval(4.1, 9.9)).toBeCloseTo(0.224889, 5);
		expect(logSeFromInterval(4.1, 9.9, Z_95)).toBeCloseTo(0.224889, 5);
	});
});
