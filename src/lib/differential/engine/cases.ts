/**
 * The case library runner: a published case (content/cases/*.yaml) through the helper, and where the
 * authors' diagnosis lands. A sub-cause counts at its family's line (the list ranks families; the
 * split is shown inside). A diagnosis the helper does not rank (cauda equina syndrome, the rare serious
 * causes, a signpost page) counts as found when the red-flag alert shows, because the alert is the
 * helper's answer for it, or else at the rank of "something else", the share the helper keeps for
 * causes it does not list.
 */
import { analyse, type Analysis } from './analyse.ts';
import { percentLabel } from './format.ts';
import type { EngineModel } from './model.ts';

export interface CaseInput {
	id: string;
	setting: string;
	findings: { present: readonly string[]; absent: readonly string[] };
	tests: { positive: readonly string[]; negative: readonly string[] };
	diagnosis: string;
}

export interface CaseOutcome {
	id: string;
	diagnosis: string;
	/** How the helper answered: ranked on the list, shown as a red-flag alert, or not on the list at all. */
	outcome: 'ranked' | 'alert' | 'other' | 'not-ranked';
	/** The line the diagnosis is counted at (the family for a sub-cause). */
	line?: string | undefined;
	/** 1 + the number of lines with a strictly higher probability. */
	rank?: number | undefined;
	probability?: number | undefined;
	top1: boolean;
	top3: boolean;
	/** The first three lines, for the case page. */
	leaders: Array<{ id: string; probability: number }>;
	notices: string[];
}

/** 1 + the number of lines clearly above `probability`; sums that differ only by rounding are ties. */
function rankOf(analysis: Analysis, probability: number): number {
	return 1 + analysis.lines.filter((l) => l.probability - probability > 1e-9).length;
}

export function runCase(
	model: EngineModel,
	c: CaseInput,
	emergencies: ReadonlySet<string> = new Set(),
): CaseOutcome {
	const analysis: Analysis = analyse(
		model,
		{
			setting: c.setting,
			present: c.findings.present,
			absent: c.findings.absent,
			positive: c.tests.positive,
			negative: c.tests.negative,
		},
		{ uncertainty: false },
	);
	const leaders = analysis.lines.slice(0, 3).map((l) => ({ id: l.id, probability: l.probability }));
	const condition = model.conditions.find((x) => x.id === c.diagnosis);
	if (!condition) {
		const base = { id: c.id, diagnosis: c.diagnosis, leaders, notices: analysis.notices };
		if (analysis.redFlags.length > 0) return { ...base, outcome: 'alert', top1: true, top3: true };
		// An emergency is found only by its alert; any other unranked cause also by "something else".
		if (emergencies.has(c.diagnosis))
			return { ...base, outcome: 'not-ranked', top1: false, top3: false };
		const rank = rankOf(analysis, analysis.other.probability);
		return {
			...base,
			outcome: rank <= 3 ? 'other' : 'not-ranked',
			rank,
			probability: analysis.other.probability,
			top1: rank === 1,
			top3: rank <= 3,
		};
	}
	const lineId = condition.parent ?? condition.id;
	const line = analysis.lines.find((l) => l.id === lineId)!;
	const rank = rankOf(analysis, line.probability);
	return {
		id: c.id,
		diagnosis: c.diagnosis,
		outcome: 'ranked',
		line: lineId,
		rank,
		probability: line.probability,
		top1: rank === 1,
		top3: rank <= 3,
		leaders,
		notices: analysis.notices,
	};
}

export interface LibrarySummary {
	cases: number;
	top1: number;
	top3: number;
	/** Shares (0..1); NaN for an empty library. */
	top1Share: number;
	top3Share: number;
	misses: CaseOutcome[];
}

export function summarise(outcomes: readonly CaseOutcome[]): LibrarySummary {
	const top1 = outcomes.filter((o) => o.top1).length;
	const top3 = outcomes.filter((o) => o.top3).length;
	return {
		cases: outcomes.length,
		top1,
		top3,
		top1Share: top1 / outcomes.length,
		top3Share: top3 / outcomes.length,
		misses: outcomes.filter((o) => !o.top3),
	};
}

/** Where the helper puts a case's diagnosis, in one plain paragraph for the case page. */
export function outcomeWords(o: CaseOutcome, name: (id: string) => string): string {
	const verdict = o.top1
		? 'First on the list.'
		: o.top3
			? 'In the first three.'
			: 'Outside the first three: a miss.';
	const diagnosis = name(o.diagnosis);
	switch (o.outcome) {
		case 'ranked': {
			const family =
				o.line !== undefined && o.line !== o.diagnosis
					? ` (counted at its family, ${name(o.line)}, which the list ranks)`
					: '';
			return `The helper puts ${diagnosis}${family} at rank ${o.rank} with ${percentLabel(o.probability!)}. ${verdict}`;
		}
		case 'alert':
			return `The helper does not rank ${diagnosis}: its red-flag alert is its answer, and the alert shows for this case. Counted as found.`;
		case 'other':
			return `${diagnosis} is not on the helper's list; its share for something else (${percentLabel(o.probability!)}) comes at rank ${o.rank}. ${verdict}`;
		case 'not-ranked':
			return o.rank === undefined
				? `The helper handles ${diagnosis} only through its red-flag alert, and no red flag was reported in this case. ${verdict}`
				: `${diagnosis} is not on the helper's list, and its share for something else (${percentLabel(o.probability!)}) comes only at rank ${o.rank}. ${verdict}`;
	}
}
