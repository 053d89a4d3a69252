/**
 * How the helper prints its numbers and its working: whole percentages (never false precision),
 * ratios to one decimal, ranges, and the plain sentences a clinician reads.
 */
import type { WeightBasis } from './model.ts';

/** Whole percentage: "28%"; below half a percent "<1%"; at 99.5 % and above ">99%". */
export function percentLabel(p: number): string {
	if (!(Number.isFinite(p) && p >= 0 && p <= 1))
		throw new RangeError(`cannot print probability ${p}`);
	if (p < 0.005) return '<1%';
	if (p >= 0.995) return '>99%';
	return `${Math.round(p * 100)}%`;
}

/**
 * A prior as the reader sees it: a whole percentage from 1 % up ("58%"), one decimal below ("0.2%"),
 * so the rare conditions' priors do not all read "<1%"; below 0.05 % "<0.1%".
 */
export function priorLabel(p: number): string {
	if (p >= 0.01) return percentLabel(p);
	if (!(Number.isFinite(p) && p >= 0)) throw new RangeError(`cannot print prior ${p}`);
	const tenths = Number((p * 100).toFixed(1));
	return p > 0 && tenths === 0 ? '<0.1%' : `${tenths}%`;
}

/**
 * A probability as a bare percent to at most two decimals, trailing zeros dropped ("58", "0.25",
 * "16.1"): what `prior=` carries and what the prior fields show.
 */
export function percentText(p: number): string {
	return String(Number((p * 100).toFixed(2)));
}

/** A range of probabilities: "12–41%"; ends below 1 % print as "<1". */
export function rangeLabel(range: readonly [number, number]): string {
	const end = (p: number) => percentLabel(p).replace('%', '');
	return `${end(range[0])}–${end(range[1])}%`;
}

/** A likelihood ratio to one decimal ("9.9", "0.3"); below 0.1 to one significant figure ("0.08"). */
export function ratioLabel(lr: number): string {
	if (!(Number.isFinite(lr) && lr > 0)) throw new RangeError(`cannot print ratio ${lr}`);
	if (lr < 0.095) return lr.toPrecision(1);
	return lr.toFixed(1);
}

/** What a weight rests on, in words: "graded (strong), not studied", "Suri et al. 2010 (95% CI 4.1–9.9)". */
export function basisLabel(basis: WeightBasis): string {
	switch (basis.kind) {
		case 'graded':
			return `graded (${basis.gradeLabel.toLowerCase()}), not studied`;
		case 'published':
			return basis.ci
				? `${basis.sourceLabel} (95% CI ${ratioLabel(basis.ci[0])}–${ratioLabel(basis.ci[1])})`
				: `${basis.sourceLabel} (no interval published)`;
		case 'frequency':
			return `${basis.sourceLabel}, from how often it occurs (${Math.round(basis.sensitivity * 100)}% with the condition, ${Math.round((1 - basis.specificity) * 100)}% without)`;
		case 'study': {
			const ci = basis.ci
				? ` (95% CI ${ratioLabel(basis.ci[0])}–${ratioLabel(basis.ci[1])})`
				: ' (no counts published for an interval)';
			return `${basis.sourceLabel}${ci}${basis.sharedWith ? '; assumed to be positive as often here as in the study’s target' : ''}`;
		}
		case 'absence-not-reported':
			return `${basis.sourceLabel} reported presence only; absence not studied`;
	}
}

const kindWords = {
	present: '',
	absent: 'absent',
	positive: 'positive',
	negative: 'negative',
} as const;

/** One line of working: "Worse when sitting: ×2.9, graded (strong), not studied". */
export function describeContribution(c: {
	kind: keyof typeof kindWords;
	label: string;
	ratio: number;
	basis: WeightBasis;
	inheritedFrom?: string | undefined;
}): string {
	const what = c.kind === 'present' ? c.label : `${c.label}: ${kindWords[c.kind]}`;
	const inherited = c.inheritedFrom ? ', the family’s weight' : '';
	return `${what}: ×${ratioLabel(c.ratio)}, ${basisLabel(c.basis)}${inherited}`;
}

function movement(now: number, after: number, name: string): string {
	const a = percentLabel(after);
	if (a === percentLabel(now)) return `leave ${name} at about ${a}`;
	return `${after > now ? 'raise' : 'lower'} ${name} to about ${a}`;
}

/** "A positive result would raise PHT to about 79%; a negative one would lower it to about 4%." */
export function describeEffect(e: {
	name: string;
	now: number;
	ifPositive: number;
	ifNegative: number;
}): string {
	const positive = movement(e.now, e.ifPositive, e.name);
	const negative = movement(e.now, e.ifNegative, 'it');
	return `A positive result would ${positive}; a negative one would ${negative}.`;
}

/**
 * A probability as the percent a test page's calculator takes in `?pre=`, to one decimal (28.4), so the
 * calculator starts within 0.05 points of the helper and reproduces its result to about 0.1 point.
 */
export function calculatorPercent(p: number): number {
	if (!(Number.isFinite(p) && p >= 0 && p <= 1))
		throw new RangeError(`cannot pass probability ${p}`);
	return Math.round(p * 1000) / 10;
}
