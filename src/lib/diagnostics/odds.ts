/**
 * Diagnostic arithmetic shared by the test pages, the post-test calculator and the differential
 * helper, so that every number the site shows for a test comes from one place. How the numbers are
 * printed is ./format.ts.
 */

/** Throws unless `p` lies strictly between 0 and 1: the ratios below are undefined at the limits. */
function assertOpenProbability(name: string, p: number): void {
	if (!(Number.isFinite(p) && p > 0 && p < 1)) {
		throw new RangeError(`${name} must be strictly between 0 and 1, got ${p}`);
	}
}

export interface LikelihoodRatios {
	/** How many times more likely a positive result is in people with the condition than without. */
	positive: number;
	/** How many times more likely a negative result is in people with the condition than without. */
	negative: number;
}

/** LR+ = sens / (1 − spec) and LR− = (1 − sens) / spec. */
export function likelihoodRatios(sensitivity: number, specificity: number): LikelihoodRatios {
	assertOpenProbability('sensitivity', sensitivity);
	assertOpenProbability('specificity', specificity);
	return {
		positive: sensitivity / (1 - specificity),
		negative: (1 - sensitivity) / specificity,
	};
}

/** Odds p / (1 − p) for a probability in [0, 1); 1 has no finite odds. */
export function probabilityToOdds(p: number): number {
	if (!(Number.isFinite(p) && p >= 0 && p < 1))
		throw new RangeError(`probability must be in [0, 1), got ${p}`);
	return p / (1 - p);
}

/** Probability o / (1 + o) for non-negative odds; infinite odds give 1. */
export function oddsToProbability(odds: number): number {
	if (!(odds >= 0)) throw new RangeError(`odds must be 0 or more, got ${odds}`);
	return odds === Infinity ? 1 : odds / (1 + odds);
}

/**
 * Post-test probability from a pre-test probability and a likelihood ratio: odds × LR, back to a
 * probability. Written out here rather than through the two functions above, so the browser's
 * calculator carries only this one.
 */
export function postTestProbability(preTest: number, likelihoodRatio: number): number {
	if (!(Number.isFinite(likelihoodRatio) && likelihoodRatio > 0)) {
		throw new RangeError(
			`likelihood ratio must be a positive finite number, got ${likelihoodRatio}`,
		);
	}
	if (!(preTest >= 0 && preTest <= 1))
		throw new RangeError(`pre-test probability must be in [0, 1], got ${preTest}`);
	if (preTest === 1) return 1;
	const odds = (preTest / (1 - preTest)) * likelihoodRatio;
	return odds / (1 + odds);
}
