/**
 * The differential helper's answer for one case: the list (families with their sub-causes, and
 * "something else"), what moved each line and on what basis, the priors used, red flags, the next
 * test by expected information, each done test's before/after for the test page's calculator, and a
 * plausible range for every line. Pure: no DOM, no Astro; numbers only from the model.
 */
import type { EngineModel, ModelPrior, WeightBasis } from './model.ts';
import {
	entropyBits,
	evidenceOf,
	normalise,
	posterior,
	termsOf,
	type EvidenceKind,
	type Term,
} from './posterior.ts';
import { prepare, resolvePriors } from './prepare.ts';
import { normaliseState, OTHER, type CaseState, type NormalisedState } from './state.ts';
import { simulate } from './uncertainty.ts';
import { percentLabel } from './format.ts';

/** One factor in a line's working: "Worse sitting: ×2.9, graded (strong), not studied". */
export interface Contribution {
	kind: EvidenceKind;
	/** Finding or test id. */
	id: string;
	/** The finding's plain label or the test's name. */
	label: string;
	ratio: number;
	basis: WeightBasis;
	/** The weight is the family's, used for a sub-cause that does not list the finding itself. */
	inheritedFrom?: string | undefined;
}

export interface PriorUsed {
	/** The probability used (after any override; for a sub-cause, its share of the family). */
	probability: number;
	/** The setting's value, before any override. */
	setting: number;
	overridden: boolean;
	range: readonly [number, number];
	basis: ModelPrior['basis'];
	sourceLabel?: string | undefined;
	source?: string | undefined;
	furtherSources: Array<{ id: string; label: string }>;
	detail: string;
}

export interface SubCause {
	id: string;
	name: string;
	/** Probability in absolute terms (part of the family's). */
	probability: number;
	/** Share of the family. */
	shareOfFamily: number;
	prior: PriorUsed;
	contributions: Contribution[];
	range?: readonly [number, number] | undefined;
}

export interface Line {
	id: string;
	name: string;
	probability: number;
	/** Whole percentage as shown ("28%", "<1%"). */
	label: string;
	/** 1-based rank; lines shown with the same percentage share a rank. */
	rank: number;
	/** True when another line shows the same percentage. */
	tied: boolean;
	prior: PriorUsed;
	/** What moved it (for a family: the weights its members share), largest effect first. */
	contributions: Contribution[];
	/** Sub-causes of a family, with the split shown within it. */
	subCauses: SubCause[];
	range?: readonly [number, number] | undefined;
	/** Entities that often coexist with this one, and the combined probability of the group. */
	overlap?: { with: string[]; combined: number; why: string } | undefined;
}

export interface Effect {
	id: string;
	name: string;
	now: number;
	ifPositive: number;
	ifNegative: number;
}

export interface TestValue {
	id: string;
	name: string;
	/** The line (or sub-cause) the test's study targeted. */
	target: string;
	/** Expected reduction in the entropy of the whole list, in bits. */
	gainBits: number;
	probabilityPositive: number;
	/** The largest move of any line, either result. */
	largestChange: number;
	/** What each result would do to the target, and to the current leader when it is another line. */
	effects: Effect[];
	/** The target's probability now: what the test page's calculator should start from. */
	preTest: number;
	lrPositive: number;
	lrNegative: number;
	/** Other conditions in which the test is positive as often (the helper moves them too). */
	sharedWith: string[];
	/**
	 * The target and sharedWith together: every condition the test's ratios apply to. Their combined
	 * probability follows the test page's calculator exactly (odds × LR), so the calculator link
	 * starts from `groupNow`.
	 */
	group: string[];
	groupNow: number;
	groupIfPositive: number;
	groupIfNegative: number;
}

export interface DoneTest {
	id: string;
	name: string;
	result: 'positive' | 'negative';
	target: string;
	/**
	 * False when another result from the same study and target counts instead (the tests were studied
	 * in the same patients, so their results are not independent); `instead` names that test.
	 */
	counted: boolean;
	instead?: string | undefined;
	/** The target's probability without this result (the calculator's input) and with it. */
	before: number;
	after: number;
	ratio: number;
	/** True when the result also moves other conditions (alsoPositiveIn): the calculator then only approximates the helper. */
	shared: boolean;
	/**
	 * The target and the conditions the test is also positive in: their combined probability before and
	 * after this result, which the test page's calculator reproduces exactly from `groupBefore`.
	 */
	group: string[];
	groupBefore: number;
	groupAfter: number;
}

export interface Analysis {
	/** True when nothing is chosen: show no list. */
	empty: boolean;
	setting: { id: string; label: string; description: string };
	lines: Line[];
	other: {
		probability: number;
		label: string;
		prior: {
			probability: number;
			setting: number;
			overridden: boolean;
			range: readonly [number, number];
			detail: string;
		};
		range?: readonly [number, number] | undefined;
	};
	redFlags: Array<{ id: string; label: string; urgency: string; action: string }>;
	/** The suggested next test, when one would change the picture materially. */
	nextTest?: TestValue | undefined;
	/** Every test not yet done, most informative first. */
	candidates: TestValue[];
	done: DoneTest[];
	notices: string[];
	/** Simulations behind the ranges (0 when not run). */
	samples: number;
}

export interface AnalyseOptions {
	/** Run the uncertainty simulation (default true). */
	uncertainty?: boolean;
}

export function analyse(
	model: EngineModel,
	input: CaseState,
	options: AnalyseOptions = {},
): Analysis {
	const { state, notices } = normaliseState(model, input);
	const p = prepare(model);
	const setting = model.settings.find((s) => s.id === state.setting)!;
	const priors = resolvePriors(model, state.setting, state.priors);
	const counting = countedTests(model, state);
	const items = evidenceOf({ ...state, positive: counting.positive, negative: counting.negative });
	const terms = termsOf(model, items);
	for (const [id, instead] of counting.dropped) {
		notices.push(
			`Not counted: “${testById(model, id).name}”, studied in the same patients as “${testById(model, instead).name}”; only the more telling of the two results counts.`,
		);
	}
	const post = posterior(priors.hypothesis, terms);
	const findingById = new Map(model.findings.map((f) => [f.id, f]));
	const testByIdMap = new Map(model.tests.map((t) => [t.id, t]));
	const itemLabel = (kind: EvidenceKind, id: string) =>
		kind === 'present' || kind === 'absent'
			? findingById.get(id)!.label
			: testByIdMap.get(id)!.name;

	const redFlags = state.present.flatMap((id) => {
		const f = findingById.get(id)!;
		return f.redFlag
			? [{ id, label: f.label, urgency: f.redFlag.urgency, action: f.redFlag.action }]
			: [];
	});
	const settingInfo = { id: setting.id, label: setting.label, description: setting.description };
	const otherPrior = {
		probability: priors.line.get(OTHER)!,
		setting: setting.other.probability,
		overridden: state.priors[OTHER] !== undefined,
		range: setting.other.range,
		detail: setting.other.detail,
	};
	if (items.length === 0) {
		return {
			empty: true,
			setting: settingInfo,
			lines: [],
			other: {
				probability: otherPrior.probability,
				label: percentLabel(otherPrior.probability),
				prior: otherPrior,
			},
			redFlags,
			candidates: [],
			done: [],
			notices,
			samples: 0,
		};
	}

	const lineProbability = (ps: readonly number[]) => {
		const totals = new Map<string, number>();
		p.hypotheses.forEach((h, k) =>
			totals.set(h.line ?? OTHER, (totals.get(h.line ?? OTHER) ?? 0) + ps[k]!),
		);
		return totals;
	};
	const totals = lineProbability(post);
	const contributionsOf = (hypothesis: number): Contribution[] =>
		terms
			.filter((t) => t.hypothesis === hypothesis)
			.map((t) => ({
				kind: t.item.kind,
				id: t.item.id,
				label: itemLabel(t.item.kind, t.item.id),
				ratio: t.pair[t.side],
				basis: t.sharedWith
					? {
							...(t.pair[`${t.side}Basis`] as Extract<WeightBasis, { kind: 'study' }>),
							sharedWith: t.sharedWith,
						}
					: t.pair[`${t.side}Basis`],
				...(t.inheritedFrom ? { inheritedFrom: t.inheritedFrom } : {}),
			}))
			.sort(
				(a, b) =>
					Math.abs(Math.log(b.ratio)) - Math.abs(Math.log(a.ratio)) ||
					a.label.localeCompare(b.label),
			);
	const priorUsed = (id: string): PriorUsed => {
		const entry = priors.entries.get(id)!;
		const isChild = entry.withinParent !== undefined;
		return {
			probability: isChild ? priors.share.get(id)! : priors.line.get(id)!,
			setting: entry.probability,
			overridden: state.priors[id] !== undefined,
			range: entry.range,
			basis: entry.basis,
			source: entry.source,
			sourceLabel: entry.sourceLabel,
			furtherSources: entry.furtherSources,
			detail: entry.detail,
		};
	};

	const ranges = options.uncertainty === false ? undefined : simulate(model, state, terms);
	let lines: Line[] = p.lines.map((l) => {
		const own = p.hypotheses.findIndex((h) => h.condition === l.id);
		const family = totals.get(l.id)!;
		const subCauses: SubCause[] = l.children.map((c) => {
			const k = p.hypotheses.findIndex((h) => h.condition === c);
			return {
				id: c,
				name: p.conditionById.get(c)!.name,
				probability: post[k]!,
				shareOfFamily: family > 0 ? post[k]! / family : 0,
				prior: priorUsed(c),
				contributions: contributionsOf(k),
				range: ranges?.child.get(c),
			};
		});
		return {
			id: l.id,
			name: l.name,
			probability: family,
			label: percentLabel(family),
			rank: 0,
			tied: false,
			prior: priorUsed(l.id),
			contributions: contributionsOf(own),
			subCauses,
			range: ranges?.line.get(l.id),
		};
	});
	lines.sort((a, b) => b.probability - a.probability || a.name.localeCompare(b.name));
	lines = lines.map((line, i) => {
		const first = lines.findIndex((x) => x.label === line.label);
		return {
			...line,
			rank: first + 1,
			tied: lines.some((x, j) => j !== i && x.label === line.label),
		};
	});
	for (const group of model.overlaps) {
		const members = lines.filter((l) => group.conditions.includes(l.id));
		const combined = members.reduce((s, l) => s + l.probability, 0);
		for (const m of members)
			m.overlap = { with: group.conditions.filter((c) => c !== m.id), combined, why: group.why };
	}

	// Each done test: the target before this one result (the calculator's input) and after.
	const done: DoneTest[] = (['positive', 'negative'] as const).flatMap((result) =>
		[...state[result]].sort().map((id) => {
			const test = testByIdMap.get(id)!;
			const item = items.find((i) => i.kind === result && i.id === id);
			const without = item
				? posterior(
						priors.hypothesis,
						terms.filter((t) => t.item !== item),
					)
				: post;
			const targetOf = (ps: readonly number[]) => targetProbability(model, test.target, ps);
			const group = groupOf(test);
			const groupOfPs = (ps: readonly number[]) => groupProbability(model, group, ps);
			return {
				id: test.id,
				name: test.name,
				result,
				target: test.target,
				counted: item !== undefined,
				...(item ? {} : { instead: counting.dropped.get(id) }),
				before: targetOf(without),
				after: targetOf(post),
				ratio: result === 'positive' ? test.pair.present : test.pair.absent,
				shared: test.alsoPositiveIn.length > 0,
				group,
				groupBefore: groupOfPs(without),
				groupAfter: groupOfPs(post),
			};
		}),
	);

	const candidates = rankTests(model, state, post, lines[0]?.id, counting.groupsDone);
	const { minimumGainBits, minimumChange } = model.method.nextTest;
	const nextTest = candidates.find(
		(c) => c.gainBits >= minimumGainBits && c.largestChange >= minimumChange,
	);

	return {
		empty: false,
		setting: settingInfo,
		lines,
		other: {
			probability: totals.get(OTHER)!,
			label: percentLabel(totals.get(OTHER)!),
			prior: otherPrior,
			range: ranges?.line.get(OTHER),
		},
		redFlags,
		nextTest,
		candidates,
		done,
		notices,
		samples: ranges?.samples ?? 0,
	};
}

function testById(model: EngineModel, id: string) {
	return model.tests.find((t) => t.id === id)!;
}

/**
 * Of the results from tests that share a study and target (a group), only the most telling counts: the one
 * whose ratio is furthest from 1 (ties: the first id). The others are reported as not counted.
 */
function countedTests(model: EngineModel, state: NormalisedState) {
	const byGroup = new Map<
		string,
		Array<{ id: string; result: 'positive' | 'negative'; strength: number }>
	>();
	for (const result of ['positive', 'negative'] as const) {
		for (const id of state[result]) {
			const test = testById(model, id);
			const strength = Math.abs(
				Math.log(result === 'positive' ? test.pair.present : test.pair.absent),
			);
			byGroup.set(test.group, [...(byGroup.get(test.group) ?? []), { id, result, strength }]);
		}
	}
	const positive: string[] = [];
	const negative: string[] = [];
	const dropped = new Map<string, string>();
	for (const members of byGroup.values()) {
		const [kept, ...rest] = [...members].sort(
			(a, b) => b.strength - a.strength || a.id.localeCompare(b.id),
		);
		(kept!.result === 'positive' ? positive : negative).push(kept!.id);
		for (const r of rest) dropped.set(r.id, kept!.id);
	}
	return { positive, negative, dropped, groupsDone: new Set(byGroup.keys()) };
}

/** A test's target and the conditions it is also positive in, target first. */
function groupOf(test: EngineModel['tests'][number]): string[] {
	return [test.target, ...test.alsoPositiveIn.map((a) => a.condition)];
}

/**
 * Combined probability of conditions (each as targetProbability counts it); a sub-cause whose family
 * is also in the group is already inside the family's total and is not added twice.
 */
export function groupProbability(
	model: EngineModel,
	ids: readonly string[],
	ps: readonly number[],
): number {
	const p = prepare(model);
	return ids
		.filter((id) => {
			const parent = p.conditionById.get(id)!.parent;
			return parent === undefined || !ids.includes(parent);
		})
		.reduce((sum, id) => sum + targetProbability(model, id, ps), 0);
}

/** Probability of a condition from hypothesis probabilities: a family's total, a sub-cause's own, a line's own. */
export function targetProbability(model: EngineModel, id: string, ps: readonly number[]): number {
	const p = prepare(model);
	const condition = p.conditionById.get(id)!;
	return p.hypotheses.reduce((sum, h, k) => {
		if (h.condition === null) return sum;
		const inFamily =
			condition.parent === undefined ? h.line === id : h.condition === id && !h.familyRest;
		return inFamily ? sum + ps[k]! : sum;
	}, 0);
}

/**
 * Every test not yet done, by expected information: its likelihood of a positive result is the
 * study's sensitivity for the target (and the conditions it is also positive in) and 1 − specificity
 * for every other hypothesis, something else included.
 */
function rankTests(
	model: EngineModel,
	state: NormalisedState,
	post: readonly number[],
	leader: string | undefined,
	groupsDone: ReadonlySet<string>,
): TestValue[] {
	const p = prepare(model);
	const done = new Set([...state.positive, ...state.negative]);
	const before = entropyBits(post);
	const lineTotals = (ps: readonly number[]) => {
		const t = new Map<string, number>();
		p.hypotheses.forEach((h, k) => t.set(h.line ?? OTHER, (t.get(h.line ?? OTHER) ?? 0) + ps[k]!));
		return t;
	};
	const now = lineTotals(post);
	const values: TestValue[] = [];
	for (const test of model.tests) {
		// A test from a study already represented adds no independent evidence.
		if (done.has(test.id) || groupsDone.has(test.group)) continue;
		const applies = new Set((p.testHypotheses.get(test.id) ?? []).map((h) => h.hypothesis));
		const positiveGiven = p.hypotheses.map((_, k) =>
			applies.has(k) ? test.sensitivity : 1 - test.specificity,
		);
		const probabilityPositive = post.reduce((s, x, k) => s + x * positiveGiven[k]!, 0);
		const ifPositive = normalise(
			post,
			positiveGiven.map((q) => Math.log(q)),
		);
		const ifNegative = normalise(
			post,
			positiveGiven.map((q) => Math.log(1 - q)),
		);
		const gainBits =
			before -
			(probabilityPositive * entropyBits(ifPositive) +
				(1 - probabilityPositive) * entropyBits(ifNegative));
		const plus = lineTotals(ifPositive);
		const minus = lineTotals(ifNegative);
		let largestChange = 0;
		for (const [id, x] of now)
			largestChange = Math.max(
				largestChange,
				Math.abs(plus.get(id)! - x),
				Math.abs(minus.get(id)! - x),
			);
		for (const h of p.hypotheses.keys()) {
			// Sub-causes count too: a test may split a family without moving its total.
			largestChange = Math.max(
				largestChange,
				Math.abs(ifPositive[h]! - post[h]!),
				Math.abs(ifNegative[h]! - post[h]!),
			);
		}
		const effectOf = (id: string): Effect => ({
			id,
			name: p.conditionById.get(id)!.name,
			now: targetProbability(model, id, post),
			ifPositive: targetProbability(model, id, ifPositive),
			ifNegative: targetProbability(model, id, ifNegative),
		});
		const effects = [effectOf(test.target)];
		if (
			leader !== undefined &&
			leader !== test.target &&
			leader !== p.conditionById.get(test.target)!.parent
		)
			effects.push(effectOf(leader));
		values.push({
			id: test.id,
			name: test.name,
			target: test.target,
			gainBits: Math.max(0, gainBits),
			probabilityPositive,
			largestChange,
			effects,
			preTest: targetProbability(model, test.target, post),
			lrPositive: test.pair.present,
			lrNegative: test.pair.absent,
			sharedWith: test.alsoPositiveIn.map((a) => a.condition),
			group: groupOf(test),
			groupNow: groupProbability(model, groupOf(test), post),
			groupIfPositive: groupProbability(model, groupOf(test), ifPositive),
			groupIfNegative: groupProbability(model, groupOf(test), ifNegative),
		});
	}
	return values.sort((a, b) => b.gainBits - a.gainBits || a.name.localeCompare(b.name));
}

export type { CaseState, NormalisedState, Term };
