/** Words and numbers for an accuracy study as the test pages print them. */
import { formatPercent, formatRatio } from './format.ts';
import { likelihoodRatios } from './odds.ts';

export interface Estimate {
	value: number;
	ci?: readonly [number, number] | undefined;
}

/** "78% (95% CI 61–87%)" or "78% (no CI published)". */
export function formatEstimate(e: Estimate): string {
	if (!e.ci) return `${formatPercent(e.value)} (no CI published)`;
	return `${formatPercent(e.value)} (95% CI ${formatPercent(e.ci[0]).replace('%', '')}–${formatPercent(e.ci[1])})`;
}

export interface StudyFigures {
	sensitivity: string;
	specificity: string;
	lrPositive: string;
	lrNegative: string;
	/** Unrounded ratios, exposed as data attributes so tests can check them against the inputs. */
	raw: { sensitivity: number; specificity: number; lrPositive: number; lrNegative: number };
}

/** Everything the accuracy table prints for one study, with LR+ and LR− derived, never typed in. */
export function studyFigures(sensitivity: Estimate, specificity: Estimate): StudyFigures {
	const lr = likelihoodRatios(sensitivity.value, specificity.value);
	return {
		sensitivity: formatEstimate(sensitivity),
		specificity: formatEstimate(specificity),
		lrPositive: formatRatio(lr.positive),
		lrNegative: formatRatio(lr.negative),
		raw: {
			sensitivity: sensitivity.value,
			specificity: specificity.value,
			lrPositive: lr.positive,
			lrNegative: lr.negative,
		},
	};
}

/** One plain sentence on what a likelihood ratio does to the odds (the usual bedside thresholds). */
export function describeRatio(lr: number): string {
	if (lr >= 10) return 'a large increase in the odds';
	if (lr >= 5) return 'a moderate increase in the odds';
	if (lr >= 2) return 'a small increase in the odds';
	if (lr > 0.5) return 'little change in the odds';
	if (lr > 0.2) return 'a small decrease in the odds';
	if (lr > 0.1) return 'a moderate decrease in the odds';
	return 'a large decrease in the odds';
}
