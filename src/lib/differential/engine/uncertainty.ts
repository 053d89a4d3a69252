/**
 * A plausible range for each line by seeded Monte Carlo: each draw takes every prior from its range
 * (a triangular distribution on the log-odds scale between the range's ends, peaking at the stated
 * prior), every weight in play from its spread (published intervals and counts; a stated spread for
 * graded and unreported ones), and recomputes the whole list. The range is the middle `coverage`
 * share of the draws. Every uncertain parameter has its own random stream seeded from the method's
 * seed and its name, so a case always gives the same range and adding a finding does not reshuffle
 * the draws of the rest. Written with flat arrays: it runs on every click in the browser.
 */
import type { EngineModel, Spread } from './model.ts';
import type { Term } from './posterior.ts';
import { prepare } from './prepare.ts';
import { beta, generator, normalPair, quantile, streamSeed, triangular } from './random.ts';
import { OTHER, type NormalisedState } from './state.ts';

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

export interface Ranges {
	/** [lower, upper] per top-level line id, and for "other". */
	line: Map<string, readonly [number, number]>;
	/** [lower, upper] of each sub-cause's absolute probability. */
	child: Map<string, readonly [number, number]>;
	samples: number;
}

/** A prior to draw: fixed (a reader's override) or triangular on the log-odds scale. */
interface PriorDraw {
	fixed?: number | undefined;
	low: number;
	mode: number;
	high: number;
	random: () => number;
}

export function simulate(
	model: EngineModel,
	state: NormalisedState,
	terms: readonly Term[],
): Ranges {
	const { samples, seed, coverage } = model.method.uncertainty;
	const p = prepare(model);
	const setting = model.settings.find((s) => s.id === state.setting)!;
	const entries = new Map(setting.priors.map((e) => [e.condition, e]));
	const priorDraw = (
		id: string,
		entry: { probability: number; range: readonly [number, number] },
	): PriorDraw => ({
		fixed: state.priors[id],
		low: logit(entry.range[0]),
		mode: logit(entry.probability),
		high: logit(entry.range[1]),
		random: generator(streamSeed(seed, `prior:${state.setting}:${id}`)),
	});
	const draw = (d: PriorDraw) =>
		d.fixed !== undefined ? d.fixed : expit(triangular(d.random, d.low, d.mode, d.high));

	// Top-level priors (lines, then other) and the families' shares.
	const tops = [
		...p.lines.map((l) => priorDraw(l.id, entries.get(l.id)!)),
		priorDraw(OTHER, setting.other),
	];
	const otherIndex = tops.length - 1;
	const families = p.lines
		.map((l, index) => ({
			index,
			children: l.children.map((c) => priorDraw(c, entries.get(c)!)),
			childIds: l.children,
			values: new Float64Array(l.children.length),
			rest: 0,
		}))
		.filter((f) => f.children.length > 0);

	// Where each hypothesis's prior comes from.
	const lineIndex = new Map(p.lines.map((l, i) => [l.id, i]));
	const source = p.hypotheses.map((h) => {
		if (h.condition === null) return { top: otherIndex, family: -1, child: -1 };
		const top = lineIndex.get(h.line!)!;
		const family = families.findIndex((f) => f.index === top);
		if (family === -1) return { top, family: -1, child: -1 };
		return {
			top,
			family,
			child: h.familyRest ? -1 : families[family]!.childIds.indexOf(h.condition),
		};
	});

	// Weight pairs in play, each with its stream; terms as flat (hypothesis, pair, side) arrays.
	const pairIndex = new Map<string, number>();
	const spreads: Array<{
		spread: Spread;
		logPresent: number;
		logAbsent: number;
		random: () => number;
	}> = [];
	for (const t of terms) {
		if (pairIndex.has(t.pair.key)) continue;
		pairIndex.set(t.pair.key, spreads.length);
		spreads.push({
			spread: t.pair.spread,
			logPresent: Math.log(t.pair.present),
			logAbsent: Math.log(t.pair.absent),
			random: generator(streamSeed(seed, t.pair.key)),
		});
	}
	const termHypothesis = Int32Array.from(terms, (t) => t.hypothesis);
	const termSlot = Int32Array.from(
		terms,
		(t) => 2 * pairIndex.get(t.pair.key)! + (t.side === 'present' ? 0 : 1),
	);
	const logRatios = new Float64Array(2 * spreads.length);

	const H = p.hypotheses.length;
	const topValues = new Float64Array(tops.length);
	const logWeights = new Float64Array(H);
	const lineCount = p.lines.length + 1;
	const lineSamples = Array.from({ length: lineCount }, () => new Float64Array(samples));
	const childHypotheses = p.hypotheses.flatMap((h, k) =>
		h.condition !== null && h.line !== h.condition ? [{ id: h.condition, k }] : [],
	);
	const childSamples = childHypotheses.map(() => new Float64Array(samples));
	const lineOf = Int32Array.from(source, (s) => s.top);
	const z = new Float64Array(2);

	for (let i = 0; i < samples; i++) {
		// Priors: draw, keep overrides, rescale the rest to 1.
		let fixedTotal = 0;
		let freeTotal = 0;
		for (let j = 0; j < tops.length; j++) {
			const value = draw(tops[j]!);
			topValues[j] = value;
			if (tops[j]!.fixed !== undefined) fixedTotal += value;
			else freeTotal += value;
		}
		const scale = freeTotal > 0 ? (1 - fixedTotal) / freeTotal : 0;
		for (let j = 0; j < tops.length; j++) {
			if (freeTotal === 0) topValues[j] = topValues[j]! / fixedTotal;
			else if (tops[j]!.fixed === undefined) topValues[j] = topValues[j]! * scale;
		}
		// A draw can overshoot its family; then the sub-causes take all of it, in proportion.
		for (const f of families) {
			let total = 0;
			for (let c = 0; c < f.children.length; c++) total += f.values[c] = draw(f.children[c]!);
			const shrink = total > 1 ? 1 / total : 1;
			for (let c = 0; c < f.children.length; c++) f.values[c] = f.values[c]! * shrink;
			f.rest = Math.max(0, 1 - total * shrink);
		}
		for (let k = 0; k < H; k++) {
			const s = source[k]!;
			let prior = topValues[s.top]!;
			if (s.family >= 0)
				prior *= s.child >= 0 ? families[s.family]!.values[s.child]! : families[s.family]!.rest;
			logWeights[k] = prior > 0 ? Math.log(prior) : -Infinity;
		}

		// Weights: one draw per pair, both sides from the same draw.
		for (let j = 0; j < spreads.length; j++) {
			const { spread, logPresent, logAbsent, random } = spreads[j]!;
			if (spread.kind === 'beta') {
				const sens = beta(random, spread.sensitivity[0], spread.sensitivity[1]);
				const spec = beta(random, spread.specificity[0], spread.specificity[1]);
				logRatios[2 * j] = Math.log(sens) - Math.log(1 - spec);
				logRatios[2 * j + 1] = Math.log(1 - sens) - Math.log(spec);
			} else {
				normalPair(random, z);
				logRatios[2 * j] = logPresent + spread.present * z[0]!;
				logRatios[2 * j + 1] = logAbsent + spread.absent * z[1]!;
			}
		}
		for (let t = 0; t < termHypothesis.length; t++) {
			const k = termHypothesis[t]!;
			logWeights[k] = logWeights[k]! + logRatios[termSlot[t]!]!;
		}

		// Normalise and add up by line.
		let max = -Infinity;
		for (let k = 0; k < H; k++) if (logWeights[k]! > max) max = logWeights[k]!;
		let total = 0;
		for (let k = 0; k < H; k++) {
			const e = logWeights[k] === -Infinity ? 0 : Math.exp(logWeights[k]! - max);
			logWeights[k] = e;
			total += e;
		}
		for (let l = 0; l < lineCount; l++) lineSamples[l]![i] = 0;
		for (let k = 0; k < H; k++) lineSamples[lineOf[k]!]![i]! += logWeights[k]! / total;
		for (let n = 0; n < childHypotheses.length; n++)
			childSamples[n]![i] = logWeights[childHypotheses[n]!.k]! / total;
	}

	const tail = (1 - coverage) / 2;
	const range = (values: Float64Array): readonly [number, number] => {
		const sorted = Array.from(values.sort());
		return [quantile(sorted, tail), quantile(sorted, 1 - tail)];
	};
	const ids = [...p.lines.map((l) => l.id), OTHER];
	return {
		line: new Map(ids.map((id, l) => [id, range(lineSamples[l]!)])),
		child: new Map(childHypotheses.map((c, n) => [c.id, range(childSamples[n]!)])),
		samples,
	};
}
