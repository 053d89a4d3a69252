/**
 * A plausible range for each line by seeded Monte Carlo: each draw takes every prior from its range
 * (a triangular distribution on the log-odds scale between the range's ends, peaking at the stated
 * prior), every weight in play from its spread (published intervals and counts; a stated spread for
 * graded and unreported ones), and recomputes the whole list. The range is the middle `coverage`
 * share of the draws. Every uncertain parameter has its own random stream seeded from the method's
 * seed and its name, so a case always gives the same range and adding a finding does not reshuffle
 * the draws of the rest.
 */
import type { EngineModel, WeightPair } from './model.ts';
import { posterior, type Term } from './posterior.ts';
import { prepare, resolvePriors } from './prepare.ts';
import { beta, generator, normal, quantile, streamSeed, triangular } from './random.ts';
import { OTHER, type NormalisedState } from './state.ts';

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/** One simulated (presence, absence) pair of ratios. */
function drawPair(random: () => number, pair: WeightPair): { present: number; absent: number } {
	if (pair.spread.kind === 'beta') {
		const sens = beta(random, pair.spread.sensitivity[0], pair.spread.sensitivity[1]);
		const spec = beta(random, pair.spread.specificity[0], pair.spread.specificity[1]);
		return { present: sens / (1 - spec), absent: (1 - sens) / spec };
	}
	const { present, absent } = pair.spread;
	return {
		present: present > 0 ? pair.present * Math.exp(present * normal(random)) : pair.present,
		absent: absent > 0 ? pair.absent * Math.exp(absent * normal(random)) : pair.absent,
	};
}

export interface Ranges {
	/** [lower, upper] per top-level line id, and for "other". */
	line: Map<string, readonly [number, number]>;
	/** [lower, upper] of each sub-cause's absolute probability. */
	child: Map<string, readonly [number, number]>;
	samples: number;
}

export function simulate(model: EngineModel, state: NormalisedState, terms: readonly Term[]): Ranges {
	const { samples, seed, coverage } = model.method.uncertainty;
	const p = prepare(model);

	// One stream per prior and per weight pair in play.
	const priorStreams = new Map<string, () => number>();
	const priorStream = (id: string) => {
		let s = priorStreams.get(id);
		if (!s) priorStreams.set(id, (s = generator(streamSeed(seed, `prior:${state.setting}:${id}`))));
		return s;
	};
	const pairs = new Map<string, { pair: WeightPair; random: () => number; value?: { present: number; absent: number } }>();
	for (const t of terms) if (!pairs.has(t.pair.key)) pairs.set(t.pair.key, { pair: t.pair, random: generator(streamSeed(seed, t.pair.key)) });

	const lineValues = new Map<string, number[]>([...p.lines.map((l) => [l.id, [] as number[]] as const), [OTHER, []]]);
	const childValues = new Map<string, number[]>(p.hypotheses.filter((h) => h.condition !== null && h.line !== h.condition).map((h) => [h.condition!, []]));

	for (let i = 0; i < samples; i++) {
		const priors = resolvePriors(model, state.setting, state.priors, (id, entry) => {
			const [low, high] = entry.range;
			return expit(triangular(priorStream(id), logit(low), logit(entry.probability), logit(high)));
		});
		for (const item of pairs.values()) item.value = drawPair(item.random, item.pair);
		const post = posterior(priors.hypothesis, terms, (t) => pairs.get(t.pair.key)!.value![t.side]);
		const totals = new Map<string, number>();
		p.hypotheses.forEach((h, k) => {
			const id = h.line ?? OTHER;
			totals.set(id, (totals.get(id) ?? 0) + post[k]!);
			if (h.condition !== null && h.line !== h.condition) childValues.get(h.condition)!.push(post[k]!);
		});
		for (const [id, v] of totals) lineValues.get(id)!.push(v);
	}

	const tail = (1 - coverage) / 2;
	const range = (values: number[]): readonly [number, number] => {
		values.sort((a, b) => a - b);
		return [quantile(values, tail), quantile(values, 1 - tail)];
	};
	return {
		line: new Map([...lineValues].map(([id, v]) => [id, range(v)])),
		child: new Map([...childValues].map(([id, v]) => [id, range(v)])),
		samples,
	};
}
