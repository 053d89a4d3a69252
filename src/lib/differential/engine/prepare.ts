/**
 * The hypotheses the helper reasons over, and the weight each piece of evidence gives each of them.
 *
 * Every ranked condition without sub-causes is one hypothesis. A family (deep gluteal syndrome) is
 * split into its sub-causes (piriformis syndrome) and "the family's other causes"; the list shows the
 * family's total with the split inside it, so a sub-cause is never ranked against its own family.
 * "Something else" is the last hypothesis: every finding and test weighs ×1 for it.
 *
 * Weights: a finding weighs what the condition lists for it; a sub-cause that does not list a finding
 * inherits its family's weight. A test weighs LR+ / LR− for its target (for a family: every member),
 * for the conditions it is also positive in, and ×1 for everything else.
 */
import type { EngineModel, ModelCondition, ModelPrior, WeightPair } from './model.ts';
import { OTHER } from './state.ts';

export interface Hypothesis {
	/** The condition this hypothesis stands for (the family's id for its "other causes"), or null for something else. */
	condition: string | null;
	/** The top-level line of the list it adds to (the family for a sub-cause), or null for something else. */
	line: string | null;
	/** True for a family's "other causes" share. */
	familyRest: boolean;
}

export interface Prepared {
	hypotheses: Hypothesis[];
	/** Top-level conditions (the lines of the list), in model order. */
	lines: ModelCondition[];
	conditionById: Map<string, ModelCondition>;
	/** For each finding, the weight pair each hypothesis uses (absent: ×1). */
	findingWeights: Map<
		string,
		Array<{ hypothesis: number; pair: WeightPair; inheritedFrom?: string | undefined }>
	>;
	/** For each test, the hypotheses its ratios apply to, and why (the target or an alsoPositiveIn condition). */
	testHypotheses: Map<string, Array<{ hypothesis: number; sharedWith?: string | undefined }>>;
}

const cache = new WeakMap<EngineModel, Prepared>();

export function prepare(model: EngineModel): Prepared {
	const cached = cache.get(model);
	if (cached) return cached;
	const conditionById = new Map(model.conditions.map((c) => [c.id, c]));
	const lines = model.conditions.filter((c) => c.parent === undefined);
	const hypotheses: Hypothesis[] = [];
	for (const line of lines) {
		hypotheses.push({ condition: line.id, line: line.id, familyRest: line.children.length > 0 });
		for (const child of line.children)
			hypotheses.push({ condition: child, line: line.id, familyRest: false });
	}
	hypotheses.push({ condition: null, line: null, familyRest: false });

	const findingWeights = new Map<
		string,
		Array<{ hypothesis: number; pair: WeightPair; inheritedFrom?: string | undefined }>
	>();
	for (const f of model.findings) {
		const own = new Map(f.weights.map((w) => [w.condition, w.pair]));
		const list: Array<{
			hypothesis: number;
			pair: WeightPair;
			inheritedFrom?: string | undefined;
		}> = [];
		hypotheses.forEach((h, i) => {
			if (h.condition === null) return;
			const pair = own.get(h.condition);
			if (pair) return void list.push({ hypothesis: i, pair });
			const parent = conditionById.get(h.condition)?.parent;
			const inherited = parent === undefined ? undefined : own.get(parent);
			if (inherited) list.push({ hypothesis: i, pair: inherited, inheritedFrom: parent });
		});
		findingWeights.set(f.id, list);
	}

	const testHypotheses = new Map<string, Array<{ hypothesis: number; sharedWith?: string }>>();
	for (const t of model.tests) {
		const also = new Map(t.alsoPositiveIn.map((a) => [a.condition, a.why]));
		const list: Array<{ hypothesis: number; sharedWith?: string }> = [];
		hypotheses.forEach((h, i) => {
			if (h.condition === null) return;
			const parent = conditionById.get(h.condition)?.parent;
			if (h.condition === t.target || parent === t.target) list.push({ hypothesis: i });
			else if (also.has(h.condition)) list.push({ hypothesis: i, sharedWith: h.condition });
			else if (parent !== undefined && also.has(parent))
				list.push({ hypothesis: i, sharedWith: parent });
		});
		testHypotheses.set(t.id, list);
	}

	const prepared = { hypotheses, lines, conditionById, findingWeights, testHypotheses };
	cache.set(model, prepared);
	return prepared;
}

export interface ResolvedPriors {
	/** Prior of each hypothesis (sums to 1). */
	hypothesis: number[];
	/** Prior of each top-level line and of "other", after overrides. */
	line: Map<string, number>;
	/** Share of each sub-cause within its family, after overrides. */
	share: Map<string, number>;
	/** The setting's entry for each condition. */
	entries: Map<string, ModelPrior>;
}

/**
 * The setting's priors with the reader's overrides: overridden top-level priors are kept as set and
 * the others (with "other") scaled so the total stays 1; an overridden share of a sub-cause replaces
 * the setting's, and the family's other causes take what is left.
 */
export function resolvePriors(
	model: EngineModel,
	settingId: string,
	overrides: Readonly<Record<string, number>>,
): ResolvedPriors {
	const p = prepare(model);
	const setting = model.settings.find((s) => s.id === settingId) ?? model.settings[0]!;
	const entries = new Map(setting.priors.map((e) => [e.condition, e]));
	const value = (id: string, entry: { probability: number }) =>
		overrides[id] !== undefined ? overrides[id] : entry.probability;

	const line = new Map<string, number>();
	for (const l of p.lines) line.set(l.id, value(l.id, entries.get(l.id)!));
	line.set(OTHER, value(OTHER, setting.other));
	const fixed = [...line.keys()].filter((id) => overrides[id] !== undefined);
	const fixedTotal = fixed.reduce((s, id) => s + line.get(id)!, 0);
	const free = [...line.keys()].filter((id) => overrides[id] === undefined);
	const freeTotal = free.reduce((s, id) => s + line.get(id)!, 0);
	if (free.length === 0 || freeTotal === 0) {
		const total = fixedTotal;
		for (const id of line.keys()) line.set(id, line.get(id)! / total);
	} else {
		const scale = (1 - fixedTotal) / freeTotal;
		for (const id of free) line.set(id, line.get(id)! * scale);
	}

	const share = new Map<string, number>();
	for (const l of p.lines) {
		if (l.children.length === 0) continue;
		// Shares within a family never exceed it (the setting schema and normaliseState check this).
		for (const c of l.children) share.set(c, value(c, entries.get(c)!));
	}

	const hypothesis = p.hypotheses.map((h) => {
		if (h.condition === null) return line.get(OTHER)!;
		if (h.line === h.condition && !h.familyRest) return line.get(h.line)!;
		const family = p.conditionById.get(h.line!)!;
		if (h.familyRest)
			return (
				line.get(h.line!)! * Math.max(0, 1 - family.children.reduce((s, c) => s + share.get(c)!, 0))
			);
		return line.get(h.line!)! * share.get(h.condition)!;
	});
	return { hypothesis, line, share, entries };
}
