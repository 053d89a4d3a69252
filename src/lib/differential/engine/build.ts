/**
 * Content → the helper's compiled model, with every number checked. A weight without a basis, a
 * grade missing from the table, a setting without a prior for a ranked condition, priors that do not
 * add up, or an unstudied grade that weighs as much as the best-studied finding all throw one error
 * that lists each problem as `file: field: problem`, so the build fails instead of guessing.
 */
import { likelihoodRatios } from '../../diagnostics/odds.ts';
import {
	likelihoodRatioIntervals,
	logSeFromInterval,
	type TwoByTwo,
} from '../../diagnostics/intervals.ts';
import type { MethodParameters } from './method.ts';
import type {
	EngineModel,
	ModelCondition,
	ModelFinding,
	ModelGrade,
	ModelOverlap,
	ModelPrior,
	ModelSetting,
	ModelTest,
	Spread,
	WeightPair,
} from './model.ts';

export interface KeyFindingInput {
	finding: string;
	grade?: string | undefined;
	lr?:
		| {
				present: number;
				presentCi?: readonly [number, number] | undefined;
				absent?: number | undefined;
				absentCi?: readonly [number, number] | undefined;
				source: string;
				detail?: string | undefined;
		  }
		| undefined;
	frequency?:
		{ sensitivity: number; specificity: number; source: string; detail: string } | undefined;
	note?: string | undefined;
}

export interface ConditionInput {
	id: string;
	name: string;
	ranked: boolean;
	emergency: boolean;
	parent?: string | undefined;
	/** The content file, for messages. */
	file: string;
	keyFindings: readonly KeyFindingInput[];
}

export interface TestInput {
	id: string;
	name: string;
	file: string;
	/** The study the helper uses (the test's `differential.study`, or its only study); none when excluded. */
	study?:
		| {
				id: string;
				target: string;
				sensitivity: number;
				specificity: number;
				source: string;
				counts?: TwoByTwo | undefined;
		  }
		| undefined;
	alsoPositiveIn: ReadonlyArray<{ condition: string; why: string }>;
}

export interface FindingInput {
	id: string;
	label: string;
	clinicalLabel: string;
	group: string;
	redFlag?: { urgency: string; action: string } | undefined;
}

export interface SettingInput {
	id: string;
	file: string;
	label: string;
	description: string;
	order: number;
	priors: ReadonlyArray<{
		condition: string;
		probability: number;
		range: readonly [number, number];
		basis: 'published' | 'derived' | 'no-data';
		source?: string | undefined;
		furtherSources?: readonly string[] | undefined;
		detail: string;
		withinParent?: string | undefined;
	}>;
	other: { probability: number; range: readonly [number, number]; detail: string };
}

export interface GradeInput {
	id: string;
	label: string;
	meaning: string;
	sensitivity: number;
	specificity: number;
}

export interface BuildInput {
	conditions: readonly ConditionInput[];
	tests: readonly TestInput[];
	findings: readonly FindingInput[];
	settings: readonly SettingInput[];
	grades: readonly GradeInput[];
	/** Where the grade table lives, for messages. */
	gradesFile: string;
	method: MethodParameters;
	overlaps: readonly ModelOverlap[];
	/** Where the method parameters and overlaps live, for messages. */
	methodFile: string;
	/** Short citation label per reference id ("Suri et al. 2010"). */
	references: Readonly<Record<string, string>>;
}

export class ModelError extends Error {
	readonly problems: readonly string[];
	constructor(problems: readonly string[]) {
		super(
			`The differential helper's content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
		);
		this.problems = problems;
	}
}

/** How far priors written as decimals may miss 1 in total (half a tenth of a percentage point): rounding, not data. */
export const PRIOR_SUM_TOLERANCE = 0.0005;

export function buildEngineModel(input: BuildInput): EngineModel {
	const problems: string[] = [];
	const problem = (file: string, field: string, message: string): void => {
		problems.push(`${file}: ${field}: ${message}`);
	};
	const label = (file: string, field: string, id: string): string => {
		const found = input.references[id];
		if (found === undefined) {
			problem(file, field, `no reference "${id}" in content/references`);
			return id;
		}
		return found;
	};
	const { uncertainty } = input.method;

	// Grades: each becomes a 2×2 table, hence LR+ and LR−.
	const grades = new Map<string, ModelGrade>();
	for (const g of input.grades) {
		const lr = likelihoodRatios(g.sensitivity, g.specificity);
		grades.set(g.id, { ...g, present: lr.positive, absent: lr.negative });
	}

	// Ranked conditions and their families.
	const rankedInput = input.conditions.filter((c) => c.ranked && !c.emergency);
	const rankedIds = new Set(rankedInput.map((c) => c.id));
	const parentOf = new Map<string, string>();
	for (const c of rankedInput) if (c.parent !== undefined) parentOf.set(c.id, c.parent);
	// Until a sub-cause's page carries `parent`, the settings' `withinParent` may say it; all settings must agree.
	for (const s of input.settings) {
		s.priors.forEach((p, i) => {
			if (p.withinParent === undefined) return;
			const known = parentOf.get(p.condition);
			const fromContent = rankedInput.find((c) => c.id === p.condition)?.parent;
			if (fromContent !== undefined && fromContent !== p.withinParent) {
				problem(
					s.file,
					`priors[${i}].withinParent`,
					`"${p.condition}" belongs to "${fromContent}" on its page, not "${p.withinParent}"`,
				);
			} else if (known !== undefined && known !== p.withinParent) {
				problem(
					s.file,
					`priors[${i}].withinParent`,
					`settings disagree on the family of "${p.condition}" ("${known}" and "${p.withinParent}")`,
				);
			} else parentOf.set(p.condition, p.withinParent);
		});
	}
	for (const [child, parent] of parentOf) {
		const file = rankedInput.find((c) => c.id === child)?.file ?? 'content/conditions';
		if (!rankedIds.has(parent))
			problem(file, 'parent', `the family "${parent}" is not a ranked condition`);
		else if (parentOf.has(parent))
			problem(file, 'parent', `"${parent}" is itself a sub-cause; families have one level`);
	}
	const conditions: ModelCondition[] = [];
	for (const c of rankedInput.filter((x) => !parentOf.has(x.id))) {
		const children = rankedInput.filter((x) => parentOf.get(x.id) === c.id).map((x) => x.id);
		conditions.push({ id: c.id, name: c.name, children });
		for (const child of children) {
			const x = rankedInput.find((y) => y.id === child)!;
			conditions.push({ id: x.id, name: x.name, parent: c.id, children: [] });
		}
	}

	// Findings and their weights.
	const findings = new Map<string, ModelFinding>(
		input.findings.map((f) => [
			f.id,
			{
				id: f.id,
				label: f.label,
				clinicalLabel: f.clinicalLabel,
				group: f.group,
				...(f.redFlag ? { redFlag: f.redFlag } : {}),
				weights: [],
			},
		]),
	);
	const lnSpread = (ci: readonly [number, number] | undefined) =>
		ci ? logSeFromInterval(ci[0], ci[1]) : uncertainty.spreadWithoutInterval;
	for (const c of rankedInput) {
		const seen = new Set<string>();
		c.keyFindings.forEach((k, i) => {
			const field = `keyFindings[${i}]`;
			const origin = `${c.file}: ${field}`;
			const finding = findings.get(k.finding);
			if (!finding) return problem(c.file, `${field}.finding`, `unknown finding "${k.finding}"`);
			if (seen.has(k.finding))
				return problem(c.file, `${field}.finding`, `"${k.finding}" is listed twice`);
			seen.add(k.finding);
			const key = `f:${k.finding}|c:${c.id}`;
			let pair: WeightPair | undefined;
			if (k.lr) {
				const sourceLabel = label(c.file, `${field}.lr.source`, k.lr.source);
				const published = {
					kind: 'published' as const,
					source: k.lr.source,
					sourceLabel,
					detail: k.lr.detail,
				};
				pair = {
					key,
					origin,
					present: k.lr.present,
					presentBasis: { ...published, ci: k.lr.presentCi },
					...(k.lr.absent !== undefined
						? { absent: k.lr.absent, absentBasis: { ...published, ci: k.lr.absentCi } }
						: {
								absent: 1,
								absentBasis: {
									kind: 'absence-not-reported' as const,
									source: k.lr.source,
									sourceLabel,
								},
							}),
					spread: {
						kind: 'log-normal',
						present: lnSpread(k.lr.presentCi),
						absent: k.lr.absent !== undefined ? lnSpread(k.lr.absentCi) : 0,
					},
				};
			} else if (k.frequency) {
				const { sensitivity, specificity, source, detail } = k.frequency;
				const lr = likelihoodRatios(sensitivity, specificity);
				const basis = {
					kind: 'frequency' as const,
					source,
					sourceLabel: label(c.file, `${field}.frequency.source`, source),
					detail,
					sensitivity,
					specificity,
				};
				pair = {
					key,
					origin,
					present: lr.positive,
					absent: lr.negative,
					presentBasis: basis,
					absentBasis: basis,
					spread: {
						kind: 'log-normal',
						present: uncertainty.spreadWithoutInterval,
						absent: uncertainty.spreadWithoutInterval,
					},
				};
			} else if (k.grade !== undefined) {
				const grade = grades.get(k.grade);
				if (!grade)
					return problem(
						c.file,
						`${field}.grade`,
						`grade "${k.grade}" is not in ${input.gradesFile}`,
					);
				const basis = { kind: 'graded' as const, grade: grade.id, gradeLabel: grade.label };
				pair = {
					key,
					origin,
					present: grade.present,
					absent: grade.absent,
					presentBasis: basis,
					absentBasis: basis,
					spread: {
						kind: 'log-normal',
						present: uncertainty.gradedSpread,
						absent: uncertainty.gradedSpread,
					},
				};
			} else {
				return problem(c.file, field, 'needs a grade, a published lr or a frequency');
			}
			finding.weights.push({ condition: c.id, pair, note: k.note });
		});
	}

	// An exclusion criterion must be the strongest evidence against its condition on that finding:
	// then choosing the finding always lowers the condition, whatever else the list holds.
	const excludes = grades.get('excludes');
	for (const f of findings.values()) {
		for (const w of f.weights) {
			if (w.pair.presentBasis.kind !== 'graded' || w.pair.presentBasis.grade !== 'excludes')
				continue;
			for (const other of f.weights) {
				if (other !== w && other.pair.present < w.pair.present) {
					problems.push(
						`${other.pair.origin}: "${f.id}" weighs ×${other.pair.present.toFixed(2)} for "${other.condition}", below the exclusion weight ×${excludes?.present.toFixed(2)} it has for "${w.condition}"; an exclusion must stay the strongest evidence against`,
					);
				}
			}
		}
	}

	// No unstudied clue may weigh as much as the best-studied finding in the content.
	const studied = [...findings.values()].flatMap((f) =>
		f.weights.flatMap((w) => [
			...(w.pair.presentBasis.kind === 'published' || w.pair.presentBasis.kind === 'frequency'
				? [{ f: f.id, c: w.condition, value: w.pair.present }]
				: []),
			...(w.pair.absentBasis.kind === 'published' || w.pair.absentBasis.kind === 'frequency'
				? [{ f: f.id, c: w.condition, value: w.pair.absent }]
				: []),
		]),
	);
	if (studied.length > 0) {
		const best = studied.reduce((a, b) =>
			Math.abs(Math.log(b.value)) > Math.abs(Math.log(a.value)) ? b : a,
		);
		const ceiling = Math.abs(Math.log(best.value));
		for (const g of grades.values()) {
			if (g.id === 'excludes') continue;
			for (const [side, value] of [
				['presence', g.present],
				['absence', g.absent],
			] as const) {
				if (Math.abs(Math.log(value)) >= ceiling) {
					problem(
						input.gradesFile,
						g.id,
						`its weight for ${side} (×${value.toFixed(2)}) is as strong as the best-studied finding ("${best.f}" in "${best.c}", ×${best.value.toFixed(2)}); an unstudied clue must weigh less`,
					);
				}
			}
		}
	}

	// Tests with a helper study on a ranked condition.
	const tests: ModelTest[] = [];
	for (const t of input.tests) {
		if (!t.study) continue;
		if (!rankedIds.has(t.study.target)) continue; // an umbrella term (sciatica) cannot move the ranking
		const { sensitivity, specificity, source, counts } = t.study;
		const lr = likelihoodRatios(sensitivity, specificity);
		const sourceLabel = label(t.file, 'accuracy.source', source);
		let spread: Spread;
		let ci: { positive?: readonly [number, number]; negative?: readonly [number, number] } = {};
		if (counts) {
			const intervals = likelihoodRatioIntervals(counts);
			ci = {
				positive: [intervals.positive.lower, intervals.positive.upper],
				negative: [intervals.negative.lower, intervals.negative.upper],
			};
			// Jeffreys: Beta(x + ½, n − x + ½) for each proportion.
			spread = {
				kind: 'beta',
				sensitivity: [counts.truePositive + 0.5, counts.falseNegative + 0.5],
				specificity: [counts.trueNegative + 0.5, counts.falsePositive + 0.5],
			};
		} else {
			spread = {
				kind: 'log-normal',
				present: uncertainty.spreadWithoutInterval,
				absent: uncertainty.spreadWithoutInterval,
			};
		}
		const basis = { kind: 'study' as const, source, sourceLabel, study: t.study.id };
		tests.push({
			id: t.id,
			name: t.name,
			group: `${source}|${t.study.target}`,
			target: t.study.target,
			alsoPositiveIn: t.alsoPositiveIn.filter(
				(a) => rankedIds.has(a.condition) && a.condition !== t.study!.target,
			),
			sensitivity,
			specificity,
			pair: {
				key: `t:${t.id}`,
				origin: `${t.file}: accuracy`,
				present: lr.positive,
				absent: lr.negative,
				presentBasis: { ...basis, ci: ci.positive },
				absentBasis: { ...basis, ci: ci.negative },
				spread,
			},
		});
	}

	// Settings: one prior per ranked condition, each with its basis, adding up to 1 with "something else".
	const settings: ModelSetting[] = [];
	for (const s of [...input.settings].sort(
		(a, b) => a.order - b.order || a.id.localeCompare(b.id),
	)) {
		const priors: ModelPrior[] = [];
		const seenHere = new Set<string>();
		s.priors.forEach((p, i) => {
			const field = `priors[${i}]`;
			if (!rankedIds.has(p.condition))
				return problem(s.file, `${field}.condition`, `"${p.condition}" is not a ranked condition`);
			if (seenHere.has(p.condition))
				return problem(s.file, `${field}.condition`, `"${p.condition}" has two priors`);
			seenHere.add(p.condition);
			const parent = parentOf.get(p.condition);
			if (parent !== undefined && p.withinParent === undefined) {
				problem(
					s.file,
					`${field}.withinParent`,
					`"${p.condition}" is a sub-cause of "${parent}": give its prior as a share of the family, with withinParent: ${parent}`,
				);
			}
			if (!(p.range[0] <= p.probability && p.probability <= p.range[1]))
				problem(s.file, `${field}.range`, `the range must contain the prior ${p.probability}`);
			if (p.basis !== 'no-data' && p.source === undefined)
				problem(s.file, `${field}.source`, `a ${p.basis} prior needs its source`);
			priors.push({
				condition: p.condition,
				probability: p.probability,
				range: p.range,
				basis: p.basis,
				source: p.source,
				sourceLabel:
					p.source === undefined ? undefined : label(s.file, `${field}.source`, p.source),
				furtherSources: (p.furtherSources ?? []).map((id, j) => ({
					id,
					label: label(s.file, `${field}.furtherSources[${j}]`, id),
				})),
				detail: p.detail,
				withinParent: parent,
			});
		});
		for (const c of conditions)
			if (!seenHere.has(c.id))
				problem(s.file, 'priors', `no prior for the ranked condition "${c.id}"`);
		const topTotal =
			priors
				.filter((p) => p.withinParent === undefined)
				.reduce((sum, p) => sum + p.probability, 0) + s.other.probability;
		if (Math.abs(topTotal - 1) > PRIOR_SUM_TOLERANCE) {
			problem(
				s.file,
				'priors',
				`the priors of the top-level conditions and "other" add up to ${topTotal.toFixed(4)}, not 1`,
			);
		}
		for (const family of conditions.filter((c) => c.children.length > 0)) {
			const shares = priors
				.filter((p) => p.withinParent === family.id)
				.reduce((sum, p) => sum + p.probability, 0);
			if (shares > 1 + 1e-9)
				problem(
					s.file,
					'priors',
					`the shares of the sub-causes of "${family.id}" add up to ${shares}, more than the whole family`,
				);
		}
		if (!(s.other.range[0] <= s.other.probability && s.other.probability <= s.other.range[1]))
			problem(s.file, 'other.range', 'the range must contain the probability');
		settings.push({
			id: s.id,
			label: s.label,
			description: s.description,
			order: s.order,
			priors,
			other: s.other,
		});
	}
	if (settings.length === 0)
		problem(
			'content/differential/settings',
			'(folder)',
			'no setting: the helper needs at least one',
		);

	for (const [i, o] of input.overlaps.entries()) {
		for (const c of o.conditions)
			if (!rankedIds.has(c))
				problem(input.methodFile, `overlaps[${i}].conditions`, `"${c}" is not a ranked condition`);
	}

	if (problems.length > 0) throw new ModelError(problems);
	return {
		version: 2,
		conditions,
		findings: [...findings.values()],
		tests,
		settings,
		grades: [...grades.values()],
		overlaps: input.overlaps.map((o) => ({ conditions: [...o.conditions], why: o.why })),
		method: input.method,
	};
}

/**
 * The model as the page embeds it: without the notes and content locations that only build messages
 * and authors read (a third of its size), so the browser downloads only what the reasoning uses.
 */
export function forBrowser(model: EngineModel): EngineModel {
	return {
		...model,
		findings: model.findings.map((f) => ({
			...f,
			weights: f.weights.map(({ condition, pair }) => ({
				condition,
				pair: { ...pair, origin: '' },
			})),
		})),
		tests: model.tests.map((t) => ({ ...t, pair: { ...t.pair, origin: '' } })),
	};
}
