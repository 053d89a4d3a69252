/**
 * Naive Bayes over likelihood ratios, the way a clinician uses them one condition at a time: each
 * ranked condition starts from its prior odds (against all the others); every chosen finding
 * multiplies those odds by the finding's likelihood ratio for that condition (1 when the condition
 * does not list it), and every test result multiplies its target's odds by LR+ or LR−. Each
 * condition's posterior probability is then rescaled so that the list sums to 1: the helper shows
 * how the conditions compare, not how likely any one is in absolute terms. The method assumes the
 * findings are independent given the condition, which they are not; the output is educational,
 * never a diagnosis.
 */
import type { DifferentialModel } from './model.ts';

export interface CaseState {
	findings: readonly string[];
	positive: readonly string[];
	negative: readonly string[];
}

export interface Contribution {
	kind: 'finding' | 'positive-test' | 'negative-test';
	id: string;
	label: string;
	lr: number;
	/** How the ratio was obtained: a published source, a strength grade, or a test's study. */
	basis: string;
}

export interface RankedCondition {
	id: string;
	name: string;
	/** Relative probability: this condition's posterior probability rescaled so the list sums to 1. */
	probability: number;
	/** Posterior odds of this condition against all the others, before rescaling. */
	odds: number;
	/** Inputs that changed this condition's odds, largest effect first. */
	contributions: Contribution[];
}

export interface NextTest {
	id: string;
	name: string;
	/** Factor by which the better of its two results changes the odds of the top condition against the second. */
	factor: number;
}

export interface RankResult {
	conditions: RankedCondition[];
	redFlags: Array<{ id: string; label: string; urgency: string; action: string }>;
	nextTest?: NextTest;
}

/** Ranks the model's conditions for one case. Unknown ids are ignored (query.ts reports them). */
export function rank(model: DifferentialModel, state: CaseState): RankResult {
	const findingById = new Map(model.findings.map((f) => [f.id, f]));
	const testById = new Map(model.tests.map((t) => [t.id, t]));
	const findings = [...new Set(state.findings)].filter((id) => findingById.has(id));
	const positive = [...new Set(state.positive)].filter((id) => testById.has(id));
	const negative = [...new Set(state.negative)].filter((id) => testById.has(id));

	// Work in log space so long products stay accurate, then normalise with the log-sum-exp trick.
	const scored = model.conditions.map((condition) => {
		const contributions: Contribution[] = [];
		for (const id of findings) {
			const finding = findingById.get(id)!;
			const entry = finding.lr[condition.id];
			if (!entry || entry.value === 1) continue;
			const basis =
				entry.basis.kind === 'published'
					? `published (${entry.basis.source})`
					: `grade: ${entry.basis.grade}`;
			contributions.push({ kind: 'finding', id, label: finding.label, lr: entry.value, basis });
		}
		for (const [ids, kind] of [
			[positive, 'positive-test'],
			[negative, 'negative-test'],
		] as const) {
			for (const id of ids) {
				const test = testById.get(id)!;
				if (test.target !== condition.id) continue;
				const lr = kind === 'positive-test' ? test.lrPositive : test.lrNegative;
				contributions.push({ kind, id, label: test.name, lr, basis: test.source });
			}
		}
		// Log odds keep long products accurate; a prior of 1 (a model with one condition) stays certain.
		const priorLogOdds = Math.log(condition.prior) - Math.log1p(-condition.prior);
		const logOdds = priorLogOdds + contributions.reduce((sum, c) => sum + Math.log(c.lr), 0);
		contributions.sort(
			(a, b) =>
				Math.abs(Math.log(b.lr)) - Math.abs(Math.log(a.lr)) || a.label.localeCompare(b.label),
		);
		return { condition, contributions, logOdds, posterior: 1 / (1 + Math.exp(-logOdds)) };
	});

	const total = scored.reduce((sum, s) => sum + s.posterior, 0);
	const conditions = scored
		.map((s) => ({
			id: s.condition.id,
			name: s.condition.name,
			probability: total > 0 ? s.posterior / total : 1 / scored.length,
			odds: Math.exp(s.logOdds),
			contributions: s.contributions,
		}))
		.sort((a, b) => b.probability - a.probability || a.name.localeCompare(b.name));

	const redFlags = findings.flatMap((id) => {
		const f = findingById.get(id)!;
		return f.redFlag
			? [{ id, label: f.label, urgency: f.redFlag.urgency, action: f.redFlag.action }]
			: [];
	});

	const nextTest = suggestNextTest(model, conditions, new Set([...positive, ...negative]));
	return nextTest ? { conditions, redFlags, nextTest } : { conditions, redFlags };
}

/**
 * The test not yet done whose result would most change the odds of the top condition against the
 * second: a test on either of them multiplies that odds ratio by LR+ or LR− (inverted when it
 * targets the second), so the best is the one with the largest |ln LR| over its two results.
 */
export function suggestNextTest(
	model: DifferentialModel,
	ranked: ReadonlyArray<{ id: string }>,
	done: ReadonlySet<string>,
): NextTest | undefined {
	const [first, second] = ranked;
	if (!first || !second) return undefined;
	let best: NextTest | undefined;
	for (const test of model.tests) {
		if (done.has(test.id) || (test.target !== first.id && test.target !== second.id)) continue;
		const effect = Math.max(
			Math.abs(Math.log(test.lrPositive)),
			Math.abs(Math.log(test.lrNegative)),
		);
		const factor = Math.exp(effect);
		if (!best || factor > best.factor || (factor === best.factor && test.name < best.name)) {
			best = { id: test.id, name: test.name, factor };
		}
	}
	return best;
}
