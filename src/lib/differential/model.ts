/**
 * The compact model the differential helper reasons with. It is built at build time from content
 * (build-model.ts), embedded in the page as JSON, and read by the ranking (rank.ts) both in the
 * browser and in unit tests. It holds numbers only from content: priors, likelihood ratios
 * computed from test accuracy, and the strength-grade table.
 */

/** Why a finding carries the likelihood ratio it does for one condition. */
export type FindingBasis = { kind: 'published'; source: string } | { kind: 'grade'; grade: string };

export interface ModelCondition {
	id: string;
	name: string;
	/** Prior probability among the ranked conditions (the priors sum to 1). */
	prior: number;
	/** Where the prior comes from. */
	priorBasis: string;
}

export interface ModelTest {
	id: string;
	name: string;
	/** The one condition the test's likelihood ratios apply to (its helper study's target). */
	target: string;
	lrPositive: number;
	lrNegative: number;
	/** Short citation of the study the ratios come from. */
	source: string;
}

export interface ModelFinding {
	id: string;
	label: string;
	clinicalLabel: string;
	group: string;
	/** Likelihood ratio of this finding for each condition that lists it; absent means 1. */
	lr: Record<string, { value: number; basis: FindingBasis }>;
	/** Present for red flags only. */
	redFlag?: { urgency: string; action: string };
}

export interface DifferentialModel {
	conditions: ModelCondition[];
	findings: ModelFinding[];
	tests: ModelTest[];
}
