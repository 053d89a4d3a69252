/**
 * Confidence intervals for the figures an accuracy study publishes: Wilson score intervals for a
 * proportion (sensitivity, specificity) and log-method intervals for likelihood ratios from the
 * study's 2×2 table (Simel, Samsa & Matchar 1991). Test pages and the differential helper share
 * these, so an interval printed on a test page is the one the helper's uncertainty uses.
 */

/** The standard normal quantile for a two-sided 95 % interval (a mathematical constant, not data). */
export const Z_95 = 1.959963984540054;

export interface Interval {
	lower: number;
	upper: number;
}

/** A study's 2×2 table as the content stores it. */
export interface TwoByTwo {
	truePositive: number;
	falsePositive: number;
	falseNegative: number;
	trueNegative: number;
}

function assertCount(name: string, n: number): void {
	if (!(Number.isInteger(n) && n >= 0))
		throw new RangeError(`${name} must be a whole number of 0 or more, got ${n}`);
}

/**
 * Wilson score interval for `successes` out of `trials`. Unlike the simple p ± z·SE interval it stays
 * inside [0, 1] and behaves at 0 % and 100 %, which small diagnostic studies often report.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
	assertCount('successes', successes);
	assertCount('trials', trials);
	if (trials === 0) throw new RangeError('a proportion needs at least one trial');
	if (successes > trials)
		throw new RangeError(`successes (${successes}) cannot exceed trials (${trials})`);
	const p = successes / trials;
	const z2 = z * z;
	const denominator = 1 + z2 / trials;
	const centre = (p + z2 / (2 * trials)) / denominator;
	const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
	// Clamp the rounding dust at the edges (p = 0 or 1 gives exactly 0 or 1 in exact arithmetic).
	return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

export interface RatioWithInterval extends Interval {
	/** The ratio computed from the counts. */
	value: number;
	/** Standard error of ln(ratio), for anyone who wants to propagate the uncertainty further. */
	logSe: number;
}

export interface LikelihoodRatioIntervals {
	positive: RatioWithInterval;
	negative: RatioWithInterval;
	/** True when a cell was 0 and 0.5 was added to every cell (Haldane's correction) to keep the logarithms finite. */
	corrected: boolean;
}

/**
 * LR+ and LR− with their confidence intervals by the log method:
 * ln LR+ ± z·√(1/TP − 1/(TP+FN) + 1/FP − 1/(FP+TN)) and
 * ln LR− ± z·√(1/FN − 1/(TP+FN) + 1/TN − 1/(FP+TN)).
 * When any cell is 0, 0.5 is added to all four cells first, and `corrected` says so.
 */
export function likelihoodRatioIntervals(table: TwoByTwo, z = Z_95): LikelihoodRatioIntervals {
	assertCount('truePositive', table.truePositive);
	assertCount('falsePositive', table.falsePositive);
	assertCount('falseNegative', table.falseNegative);
	assertCount('trueNegative', table.trueNegative);
	if (table.truePositive + table.falseNegative === 0)
		throw new RangeError('the table has nobody with the condition');
	if (table.falsePositive + table.trueNegative === 0)
		throw new RangeError('the table has nobody without the condition');
	const corrected = [
		table.truePositive,
		table.falsePositive,
		table.falseNegative,
		table.trueNegative,
	].some((n) => n === 0);
	const add = corrected ? 0.5 : 0;
	const a = table.truePositive + add;
	const b = table.falsePositive + add;
	const c = table.falseNegative + add;
	const d = table.trueNegative + add;
	const withCondition = a + c;
	const without = b + d;
	const ratio = (value: number, logSe: number): RatioWithInterval => ({
		value,
		logSe,
		lower: Math.exp(Math.log(value) - z * logSe),
		upper: Math.exp(Math.log(value) + z * logSe),
	});
	return {
		positive: ratio(
			a / withCondition / (b / without),
			Math.sqrt(1 / a - 1 / withCondition + 1 / b - 1 / without),
		),
		negative: ratio(
			c / withCondition / (d / without),
			Math.sqrt(1 / c - 1 / withCondition + 1 / d - 1 / without),
		),
		corrected,
	};
}

/**
 * The standard error of ln(ratio) implied by a published 95 % interval [lower, upper], assuming the
 * interval was symmetric on the log scale (as the log method makes it).
 */
export function logSeFromInterval(lower: number, upper: number, z = Z_95): number {
	if (!(lower > 0 && upper >= lower && Number.isFinite(upper)))
		throw new RangeError(`not a ratio interval: [${lower}, ${upper}]`);
	return (Math.log(upper) - Math.log(lower)) / (2 * z);
}
