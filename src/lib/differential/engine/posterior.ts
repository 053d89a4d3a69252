/**
 * Bayes over mutually exclusive hypotheses: each hypothesis's prior times the weights of every
 * piece of evidence, divided by the total over all hypotheses (something else included). Worked in
 * log space so long products stay accurate.
 *
 *   P(h | evidence) = P(h) · Π w(e, h) / Σ_k P(k) · Π w(e, k)
 *
 * When the evidence weighs ×L for one condition and ×1 for every other hypothesis, this reduces to
 * odds × L for that condition: exactly the test page's calculator.
 */
import type { EngineModel, WeightPair } from './model.ts';
import { prepare } from './prepare.ts';
import type { NormalisedState } from './state.ts';

export type EvidenceKind = 'present' | 'absent' | 'positive' | 'negative';

export interface EvidenceItem {
	kind: EvidenceKind;
	id: string;
}

/** One (hypothesis, weight pair, side) term of the product: what the simulation resamples. */
export interface Term {
	hypothesis: number;
	pair: WeightPair;
	side: 'present' | 'absent';
	item: EvidenceItem;
	inheritedFrom?: string | undefined;
	sharedWith?: string | undefined;
}

/** The evidence in a stable order (kind, then id), so results never depend on input order. */
export function evidenceOf(state: NormalisedState): EvidenceItem[] {
	const items: EvidenceItem[] = [];
	for (const kind of ['present', 'absent', 'positive', 'negative'] as const) {
		for (const id of [...state[kind]].sort()) items.push({ kind, id });
	}
	return items;
}

/** Every weight term the evidence contributes (terms of ×1 are left out). */
export function termsOf(model: EngineModel, items: readonly EvidenceItem[]): Term[] {
	const p = prepare(model);
	const testById = new Map(model.tests.map((t) => [t.id, t]));
	const terms: Term[] = [];
	for (const item of items) {
		const side = item.kind === 'present' || item.kind === 'positive' ? 'present' : 'absent';
		if (item.kind === 'present' || item.kind === 'absent') {
			for (const w of p.findingWeights.get(item.id) ?? [])
				terms.push({
					hypothesis: w.hypothesis,
					pair: w.pair,
					side,
					item,
					inheritedFrom: w.inheritedFrom,
				});
		} else {
			const test = testById.get(item.id);
			if (!test) continue;
			for (const h of p.testHypotheses.get(item.id) ?? [])
				terms.push({
					hypothesis: h.hypothesis,
					pair: test.pair,
					side,
					item,
					sharedWith: h.sharedWith,
				});
		}
	}
	return terms;
}

/** Normalised posterior over hypotheses from priors and log-weights per hypothesis. */
export function normalise(priors: readonly number[], logWeights: readonly number[]): number[] {
	const logs = priors.map((p, i) => (p > 0 ? Math.log(p) + logWeights[i]! : -Infinity));
	const max = Math.max(...logs);
	if (max === -Infinity) return priors.map(() => 0);
	const exps = logs.map((l) => (l === -Infinity ? 0 : Math.exp(l - max)));
	const total = exps.reduce((a, b) => a + b, 0);
	return exps.map((e) => e / total);
}

/** Posterior over hypotheses for given priors and terms, with the ratio value each term takes. */
export function posterior(
	priors: readonly number[],
	terms: readonly Term[],
	value: (t: Term) => number = (t) => t.pair[t.side],
): number[] {
	const logWeights = priors.map(() => 0);
	for (const t of terms) logWeights[t.hypothesis]! += Math.log(value(t));
	return normalise(priors, logWeights);
}

/** Entropy in bits of a distribution. */
export function entropyBits(ps: readonly number[]): number {
	let h = 0;
	for (const p of ps) if (p > 0) h -= p * Math.log2(p);
	return h;
}
