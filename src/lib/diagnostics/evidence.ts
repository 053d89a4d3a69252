/**
 * The fact line under a test's bottom line: how much evidence there is and the most useful ratios,
 * derived from the accuracy entries so the judgment in content always sits beside the numbers.
 */
import type { ClinicalTest } from '../../schemas/clinical-test.ts';
import { formatRatio } from './format.ts';
import type { Interval } from './intervals.ts';
import { formatRatioInterval } from './present.ts';

export interface EvidenceStudy {
	/** Short citation of the study ("Martin et al. 2014"). */
	source: string;
	/** The target condition's name: named beside a ratio when the studies target different conditions. */
	target: string;
	sample: { total: number; withCondition?: number | undefined };
	lrPositive: number;
	lrNegative: number;
	lrPositiveCi?: Interval | undefined;
	lrNegativeCi?: Interval | undefined;
}

/**
 * Two entries with the same sample size (and the same number with the condition) are taken as two
 * analyses of one cohort: content records a study's combined-test figures as a second entry, and
 * counting its people twice would overstate the evidence.
 */
const cohortKey = (s: EvidenceStudy) => `${s.sample.total}/${s.sample.withCondition ?? '?'}`;

const ratio = (value: number, ci: Interval | undefined) =>
	ci ? formatRatioInterval(value, ci) : `${formatRatio(value)} (no interval: counts not published)`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "2 studies, 66 people; best LR+ 5.2 (95% CI 0.79–34.4; Martin et al. 2014); best LR− …".
 * "Best" is the highest LR+ (for ruling in) and the lowest LR− (for ruling out). Undefined without studies.
 */
export function evidenceLine(studies: readonly EvidenceStudy[]): string | undefined {
	if (studies.length === 0) return undefined;
	const cohorts = new Map(studies.map((s) => [cohortKey(s), s.sample.total]));
	const people = [...cohorts.values()].reduce((a, b) => a + b, 0);
	const analyses =
		studies.length > cohorts.size ? ` (${plural(studies.length, 'analysis', 'analyses')})` : '';
	const bestIn = studies.reduce((a, b) => (b.lrPositive > a.lrPositive ? b : a));
	const bestOut = studies.reduce((a, b) => (b.lrNegative < a.lrNegative ? b : a));
	const mixed = new Set(studies.map((s) => s.target)).size > 1;
	const where = (s: EvidenceStudy) =>
		(studies.length > 1 ? `, ${s.source}` : '') + (mixed ? `, for ${s.target}` : '');
	return (
		`${plural(cohorts.size, 'study', 'studies')}${analyses}, ${plural(people, 'person', 'people')}; ` +
		`best LR+ ${ratio(bestIn.lrPositive, bestIn.lrPositiveCi)}${where(bestIn)}; ` +
		`best LR− ${ratio(bestOut.lrNegative, bestOut.lrNegativeCi)}${where(bestOut)}.`
	);
}

export type NoAccuracyReason = NonNullable<ClinicalTest['noAccuracyReason']>;

/** Why a test has no figures, as the tests index and the test page's fact line say it. */
export const noAccuracyLabels: Record<NoAccuracyReason, string> = {
	'none-published': 'No published accuracy study',
	'not-verified': 'No accuracy figures entered: studies exist but could not be verified',
	'not-usable':
		'Published figures not usable (a 100% sensitivity or specificity gives no finite ratio)',
};

/** The label for a test without figures; a test whose reason is not recorded says only that none are entered. */
export function noAccuracyLabel(reason: NoAccuracyReason | undefined): string {
	return reason ? noAccuracyLabels[reason] : 'No accuracy figures entered';
}
