/**
 * Turns content (plain objects, as the page passes them) into the helper's compact model, checking
 * that every number it needs exists. Throws with the entry and field when content is incomplete,
 * so a gap fails the build instead of silently weighing a finding as neutral.
 */
import { likelihoodRatios } from '../diagnostics/odds.ts';
import type { DifferentialModel, ModelFinding } from './model.ts';

export interface ConditionInput {
	id: string;
	name: string;
	ranked: boolean;
	prior: { relative: number; basis: string };
	keyFindings: ReadonlyArray<{
		finding: string;
		grade?: string | undefined;
		lr?: { value: number; source: string } | undefined;
	}>;
}

export interface TestInput {
	id: string;
	name: string;
	/** The study the helper uses, or undefined for a test without published accuracy. */
	study?: { target: string; sensitivity: number; specificity: number; source: string } | undefined;
}

export interface FindingInput {
	id: string;
	label: string;
	clinicalLabel: string;
	group: string;
	redFlag?: { urgency: string; action: string } | undefined;
}

export interface ModelInput {
	conditions: readonly ConditionInput[];
	tests: readonly TestInput[];
	findings: readonly FindingInput[];
	/** Strength grade → likelihood ratio (content/differential/strength-grades.yaml). */
	grades: Readonly<Record<string, number>>;
}

export function buildModel(input: ModelInput): DifferentialModel {
	const ranked = input.conditions.filter((c) => c.ranked);
	const rankedIds = new Set(ranked.map((c) => c.id));
	const totalPrior = ranked.reduce((sum, c) => sum + c.prior.relative, 0);
	if (!(totalPrior > 0)) throw new Error('differential model: no ranked condition has a prior');

	const findings = new Map<string, ModelFinding>(
		input.findings.map((f) => [
			f.id,
			{
				id: f.id,
				label: f.label,
				clinicalLabel: f.clinicalLabel,
				group: f.group,
				lr: {},
				...(f.redFlag ? { redFlag: { urgency: f.redFlag.urgency, action: f.redFlag.action } } : {}),
			},
		]),
	);

	for (const condition of ranked) {
		condition.keyFindings.forEach((k, i) => {
			const where = `conditions/${condition.id} keyFindings[${i}]`;
			const finding = findings.get(k.finding);
			if (!finding) throw new Error(`${where}: unknown finding "${k.finding}"`);
			if (k.lr) {
				finding.lr[condition.id] = {
					value: k.lr.value,
					basis: { kind: 'published', source: k.lr.source },
				};
			} else if (k.grade !== undefined) {
				const value = input.grades[k.grade];
				if (value === undefined)
					throw new Error(`${where}: grade "${k.grade}" is not in the strength-grade table`);
				finding.lr[condition.id] = { value, basis: { kind: 'grade', grade: k.grade } };
			} else {
				throw new Error(`${where}: needs a grade or a published lr`);
			}
		});
	}

	const tests = input.tests.flatMap((t) => {
		if (!t.study) return [];
		// A test whose helper study targets an unranked condition (an umbrella term) cannot move the ranking.
		if (!rankedIds.has(t.study.target)) return [];
		const lr = likelihoodRatios(t.study.sensitivity, t.study.specificity);
		return [
			{
				id: t.id,
				name: t.name,
				target: t.study.target,
				lrPositive: lr.positive,
				lrNegative: lr.negative,
				source: t.study.source,
			},
		];
	});

	return {
		conditions: ranked.map((c) => ({
			id: c.id,
			name: c.name,
			prior: c.prior.relative / totalPrior,
			priorBasis: c.prior.basis,
		})),
		findings: [...findings.values()],
		tests,
	};
}
