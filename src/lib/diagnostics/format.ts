/**
 * How the site prints a probability and a likelihood ratio: the helper's ranking, the test pages,
 * the calculator and the method tables all use these two functions, so one number reads the same
 * everywhere.
 */

/**
 * A probability as a whole percentage: 0.123 → "12%". A probability that is not exactly 0 or 1 never
 * rounds to a certainty: under half a percent reads "<1%", from 99.5 % up ">99%".
 */
export function formatPercent(p: number): string {
	if (!(Number.isFinite(p) && p >= 0 && p <= 1))
		throw new RangeError(`cannot format proportion ${p}`);
	const whole = Math.round(p * 100);
	if (whole === 0 && p > 0) return '<1%';
	if (whole === 100 && p < 1) return '>99%';
	return `${whole}%`;
}

/**
 * A likelihood ratio to one decimal from 1 up (5.9, 10.2), and to two decimals below 1 (0.06, 0.12),
 * where one decimal would print a ratio that halves the odds and one that cuts them by nine tenths
 * alike as "0.1".
 */
export function formatRatio(lr: number): string {
	if (!(Number.isFinite(lr) && lr >= 0))
		throw new RangeError(`cannot format likelihood ratio ${lr}`);
	return lr >= 1 ? lr.toFixed(1) : lr.toFixed(2);
}
