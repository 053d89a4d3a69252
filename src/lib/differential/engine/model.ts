/**
 * The compiled model of the differential helper (version 2). build.ts makes it from content and
 * checks every number; the page embeds it as JSON; analyse.ts reasons with it in the browser and in
 * unit tests. It holds numbers only from content: priors per setting, weights for findings (published
 * ratios, frequencies, or the grade table), and each test's helper study.
 */
import type { MethodParameters } from './method.ts';

/** Why a weight has the value it has. */
export type WeightBasis =
	/** A likelihood ratio published for this finding in this condition. */
	| {
			kind: 'published';
			source: string;
			sourceLabel: string;
			detail?: string | undefined;
			ci?: readonly [number, number] | undefined;
	  }
	/** Computed from a published frequency (sensitivity and specificity) of the finding. */
	| {
			kind: 'frequency';
			source: string;
			sourceLabel: string;
			detail: string;
			sensitivity: number;
			specificity: number;
	  }
	/** From the grade table: an openly stated assumption, not a measurement. */
	| { kind: 'graded'; grade: string; gradeLabel: string }
	/** A clinical test's ratio, computed from its helper study's sensitivity and specificity. */
	| {
			kind: 'study';
			source: string;
			sourceLabel: string;
			study: string;
			ci?: readonly [number, number] | undefined;
			/** The test is expected to be positive as often in this condition as in the study's target (alsoPositiveIn). */
			sharedWith?: string | undefined;
	  }
	/** A published ratio for presence with none for absence: absence weighs nothing (×1). */
	| { kind: 'absence-not-reported'; source: string; sourceLabel: string };

/** How a pair of weights (presence/absence, or positive/negative) varies in the uncertainty simulation. */
export type Spread =
	/** Sensitivity ~ Beta(a, b) and specificity ~ Beta(c, d); both ratios follow from the same draw. */
	| { kind: 'beta'; sensitivity: readonly [number, number]; specificity: readonly [number, number] }
	/** ln(ratio) ~ Normal(ln(point), sd), each ratio on its own; an sd of 0 keeps the ratio fixed. */
	| { kind: 'log-normal'; present: number; absent: number };

/** The two weights one piece of evidence carries for one condition. */
export interface WeightPair {
	/** Identifies the uncertain parameter (its random stream in the simulation). */
	key: string;
	/** Weight when the finding is present (or the test positive). */
	present: number;
	/** Weight when the finding is absent (or the test negative). */
	absent: number;
	presentBasis: WeightBasis;
	absentBasis: WeightBasis;
	spread: Spread;
	/** Where in content the weight was written, for messages ("content/conditions/x.mdx: keyFindings[2]"). */
	origin: string;
}

export interface ModelCondition {
	id: string;
	name: string;
	/** The family this sub-cause belongs to (piriformis syndrome → deep gluteal syndrome). */
	parent?: string | undefined;
	/** Sub-causes ranked within this family. */
	children: string[];
}

export interface ModelFinding {
	id: string;
	label: string;
	clinicalLabel: string;
	group: string;
	redFlag?: { urgency: string; action: string } | undefined;
	/** One weight pair per condition that lists the finding; every other condition weighs it ×1. */
	weights: Array<{ condition: string; pair: WeightPair; note?: string | undefined }>;
}

export interface ModelTest {
	id: string;
	name: string;
	/** The condition the helper study targeted. */
	target: string;
	/** Ranked conditions in which the test is expected to be positive about as often as in the target. */
	alsoPositiveIn: Array<{ condition: string; why: string }>;
	sensitivity: number;
	specificity: number;
	/** LR+ and LR− with their basis and spread (the same for the target and alsoPositiveIn). */
	pair: WeightPair;
	/**
	 * Tests studied in the same patients against the same target (one source, one target) share a group:
	 * their results are not independent, so only the most informative result of a group counts.
	 */
	group: string;
}

export interface ModelPrior {
	condition: string;
	/** Prior probability in the setting; for a sub-cause, its share of its family. */
	probability: number;
	range: readonly [number, number];
	basis: 'published' | 'derived' | 'no-data';
	source?: string | undefined;
	sourceLabel?: string | undefined;
	/** Further sources the detail cites, with their labels. */
	furtherSources: Array<{ id: string; label: string }>;
	detail: string;
	/** Set for a sub-cause: `probability` and `range` are shares of this family's prior. */
	withinParent?: string | undefined;
}

export interface ModelSetting {
	id: string;
	label: string;
	description: string;
	order: number;
	priors: ModelPrior[];
	other: { probability: number; range: readonly [number, number]; detail: string };
}

export interface ModelGrade {
	id: string;
	label: string;
	meaning: string;
	sensitivity: number;
	specificity: number;
	present: number;
	absent: number;
}

/** A group of entities that often occur together (counted as alternatives for the main source of pain). */
export interface ModelOverlap {
	conditions: string[];
	why: string;
}

export interface EngineModel {
	version: 2;
	/** Ranked conditions, top-level first in content order, sub-causes after their family. */
	conditions: ModelCondition[];
	findings: ModelFinding[];
	tests: ModelTest[];
	/** Settings in the order the reader is offered them; the first is the default. */
	settings: ModelSetting[];
	grades: ModelGrade[];
	overlaps: ModelOverlap[];
	method: MethodParameters;
}
