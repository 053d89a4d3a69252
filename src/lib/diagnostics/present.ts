/** Words and numbers for an accuracy study as the test pages print them. */
import { formatPercent, formatRatio } from './format.ts';
import {
	likelihoodRatioIntervals,
	wilsonInterval,
	type Interval,
	type TwoByTwo,
} from './intervals.ts';
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

/** "95% CI 0.79–34.4": a ratio's interval, each bound printed like the ratio itself. */
export function formatRatioCi(ci: Interval): string {
	return `95% CI ${formatRatio(ci.lower)}–${formatRatio(ci.upper)}`;
}

/** "5.2 (95% CI 0.79–34.4)": a ratio with its interval. */
export function formatRatioInterval(value: number, ci: Interval): string {
	return `${formatRatio(value)} (${formatRatioCi(ci)})`;
}

/**
 * A proportion's interval for a chart or a sentence: the published one, else the Wilson interval of
 * the counts, else none. `computed` says which, so a caption can tell the reader.
 */
export function proportionInterval(
	estimate: Estimate,
	successes: number | undefined,
	trials: number | undefined,
): { interval: Interval; computed: boolean } | undefined {
	if (estimate.ci)
		return { interval: { lower: estimate.ci[0], upper: estimate.ci[1] }, computed: false };
	if (successes === undefined || trials === undefined || trials === 0) return undefined;
	return { interval: wilsonInterval(successes, trials), computed: true };
}

export interface StudyFigures {
	sensitivity: string;
	specificity: string;
	/** LR+ alone, as the index table prints it. */
	lrPositive: string;
	lrNegative: string;
	/** LR+'s 95 % interval ("95% CI 0.78–34.9"), from the study's counts or as the paper published it. */
	lrPositiveCi?: string | undefined;
	lrNegativeCi?: string | undefined;
	/** Where the ratios' intervals come from, so the page can say so; undefined when there are none. */
	lrCiSource?: 'counts' | 'published' | undefined;
	/** Said under the ratios when a zero cell forced the 0.5 correction; otherwise undefined. */
	correction?: string | undefined;
	/** Unrounded figures, exposed as data attributes so tests can check them against the inputs. */
	raw: {
		sensitivity: number;
		specificity: number;
		lrPositive: number;
		lrNegative: number;
		lrPositiveCi?: Interval | undefined;
		lrNegativeCi?: Interval | undefined;
		sensitivityCi?: Interval | undefined;
		specificityCi?: Interval | undefined;
	};
}

const computedNote = (e: Estimate, interval: Interval | undefined) =>
	e.ci || !interval
		? formatEstimate(e)
		: `${formatPercent(e.value)} (95% CI ${formatPercent(interval.lower).replace('%', '')}–${formatPercent(interval.upper)}, Wilson, from the counts)`;

/**
 * Everything the accuracy table prints for one study, with LR+ and LR− derived, never typed in. With
 * the study's 2×2 counts, the ratios get log-method intervals (intervals.ts) and a sensitivity or
 * specificity published without an interval gets the Wilson interval of its counts, labelled so.
 * Without counts, the ratios carry the intervals the paper published, when it gave them.
 * The point ratios stay those of the published proportions, so the page and the helper agree.
 */
export function studyFigures(
	sensitivity: Estimate,
	specificity: Estimate,
	counts?: TwoByTwo,
	publishedLrCis?: { positive: readonly [number, number]; negative: readonly [number, number] },
): StudyFigures {
	const lr = likelihoodRatios(sensitivity.value, specificity.value);
	const interval = ([lower, upper]: readonly [number, number]): Interval => ({ lower, upper });
	const intervals: { positive: Interval; negative: Interval; corrected?: boolean } | undefined =
		counts
			? likelihoodRatioIntervals(counts)
			: publishedLrCis && {
					positive: interval(publishedLrCis.positive),
					negative: interval(publishedLrCis.negative),
				};
	const sens = proportionInterval(
		sensitivity,
		counts?.truePositive,
		counts && counts.truePositive + counts.falseNegative,
	);
	const spec = proportionInterval(
		specificity,
		counts?.trueNegative,
		counts && counts.trueNegative + counts.falsePositive,
	);
	return {
		sensitivity: computedNote(sensitivity, sens?.interval),
		specificity: computedNote(specificity, spec?.interval),
		lrPositive: formatRatio(lr.positive),
		lrNegative: formatRatio(lr.negative),
		lrPositiveCi: intervals && formatRatioCi(intervals.positive),
		lrNegativeCi: intervals && formatRatioCi(intervals.negative),
		lrCiSource: counts ? 'counts' : publishedLrCis && 'published',
		correction: intervals?.corrected
			? 'One cell of the 2×2 table is zero, so 0.5 was added to each cell for the intervals.'
			: undefined,
		raw: {
			sensitivity: sensitivity.value,
			specificity: specificity.value,
			lrPositive: lr.positive,
			lrNegative: lr.negative,
			lrPositiveCi: intervals && {
				lower: intervals.positive.lower,
				upper: intervals.positive.upper,
			},
			lrNegativeCi: intervals && {
				lower: intervals.negative.lower,
				upper: intervals.negative.upper,
			},
			sensitivityCi: sens?.interval,
			specificityCi: spec?.interval,
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
