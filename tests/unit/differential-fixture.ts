/** A differential model small enough to check by hand, shared by the engine and case-runner tests. */
import type { BuildInput } from '../../src/lib/differential/engine/index.ts';

export const method: BuildInput['method'] = {
	uncertainty: {
		samples: 400,
		seed: 7,
		coverage: 0.95,
		gradedSpread: 0.35,
		spreadWithoutInterval: 0.5,
	},
	nextTest: { minimumGainBits: 0.02, minimumChange: 0.05 },
};

/** The site's grade table (assumed sensitivity, specificity). */
export const grades: BuildInput['grades'] = [
	{ id: 'hallmark', label: 'Hallmark', meaning: 'm', sensitivity: 0.8, specificity: 0.6 },
	{ id: 'strong', label: 'Strong', meaning: 'm', sensitivity: 0.5, specificity: 0.83 },
	{ id: 'moderate', label: 'Moderate', meaning: 'm', sensitivity: 0.5, specificity: 0.75 },
	{ id: 'weak', label: 'Weak', meaning: 'm', sensitivity: 0.4, specificity: 0.73 },
	{ id: 'against', label: 'Against', meaning: 'm', sensitivity: 0.1, specificity: 0.8 },
	{ id: 'excludes', label: 'Excludes', meaning: 'm', sensitivity: 0.02, specificity: 0.8 },
];

export const finding = (id: string, group = 'where') => ({
	id,
	label: `Label ${id}`,
	clinicalLabel: id,
	group,
});
export const prior = (
	condition: string,
	probability: number,
	extra: Record<string, unknown> = {},
) => ({
	condition,
	probability,
	range: [probability / 2, Math.min(0.99, probability * 2)] as [number, number],
	basis: 'no-data' as const,
	detail: 'test',
	...extra,
});

/**
 * A model small enough to check by hand. One setting: A 40 %, family F 20 % (sub-cause K half of it),
 * B 20 %, something else 20 %. Hypotheses: A 0.4, F's other causes 0.1, K 0.1, B 0.2, other 0.2.
 * Findings: x strong for A (LR+ 0.5/0.17 = 2.941176, LR− 0.5/0.83 = 0.602410); y published for B (×4 present,
 * ×0.5 absent); z excludes B (×0.1); w moderate for F (×2; K inherits it); v strong for K only.
 * Tests: tA targets A (sens 0.8, spec 0.9: LR+ 8, LR− 0.2/0.9); tF targets F (sens 0.5, spec 0.75: LR+ 2,
 * LR− 2/3); tAB targets A and is also positive in B (sens 0.6, spec 0.8: LR+ 3, LR− 0.5).
 */
export const input: BuildInput = {
	method,
	grades,
	gradesFile: 'grades.yaml',
	methodFile: 'method.md',
	overlaps: [{ conditions: ['a', 'b'], why: 'they coexist' }],
	references: { ref: 'Smith 2020' },
	findings: [
		finding('x'),
		finding('y'),
		{ ...finding('z', 'red-flag'), redFlag: { urgency: 'emergency', action: 'Get help now.' } },
		finding('w'),
		finding('v'),
		finding('age-young', 'age'),
		finding('age-old', 'age'),
	],
	conditions: [
		{
			id: 'a',
			name: 'A',
			ranked: true,
			emergency: false,
			file: 'a.mdx',
			keyFindings: [
				{ finding: 'x', grade: 'strong' },
				{ finding: 'age-old', grade: 'moderate' },
			],
		},
		{
			id: 'f',
			name: 'F',
			ranked: true,
			emergency: false,
			file: 'f.mdx',
			keyFindings: [{ finding: 'w', grade: 'moderate' }],
		},
		{
			id: 'k',
			name: 'K',
			ranked: true,
			emergency: false,
			parent: 'f',
			file: 'k.mdx',
			keyFindings: [{ finding: 'v', grade: 'strong' }],
		},
		{
			id: 'b',
			name: 'B',
			ranked: true,
			emergency: false,
			file: 'b.mdx',
			keyFindings: [
				{ finding: 'y', lr: { present: 4, presentCi: [2, 8], absent: 0.5, source: 'ref' } },
				{ finding: 'z', grade: 'excludes' },
			],
		},
		{
			id: 'umbrella',
			name: 'Umbrella',
			ranked: false,
			emergency: false,
			file: 'u.mdx',
			keyFindings: [],
		},
	],
	tests: [
		{
			id: 'ta',
			name: 'Test A',
			file: 'ta.mdx',
			study: {
				id: 's',
				target: 'a',
				sensitivity: 0.8,
				specificity: 0.9,
				source: 'ref',
				counts: { truePositive: 40, falseNegative: 10, falsePositive: 5, trueNegative: 45 },
			},
			alsoPositiveIn: [],
		},
		{
			id: 'tf',
			name: 'Test F',
			file: 'tf.mdx',
			study: { id: 's', target: 'f', sensitivity: 0.5, specificity: 0.75, source: 'ref' },
			alsoPositiveIn: [],
		},
		{
			id: 'tab',
			name: 'Test AB',
			file: 'tab.mdx',
			study: { id: 's', target: 'a', sensitivity: 0.6, specificity: 0.8, source: 'ref' },
			alsoPositiveIn: [
				{ condition: 'b', why: 'provokes both' },
				{ condition: 'umbrella', why: 'not ranked' },
			],
		},
		{
			id: 'tu',
			name: 'Umbrella test',
			file: 'tu.mdx',
			study: { id: 's', target: 'umbrella', sensitivity: 0.9, specificity: 0.5, source: 'ref' },
			alsoPositiveIn: [],
		},
	],
	settings: [
		{
			id: 'main',
			file: 'main.yaml',
			label: 'Main',
			description: 'd',
			order: 0,
			priors: [
				prior('a', 0.4),
				prior('f', 0.2),
				prior('k', 0.5, { withinParent: 'f' }),
				prior('b', 0.2, { basis: 'published', source: 'ref' }),
			],
			other: { probability: 0.2, range: [0.1, 0.3], detail: 'rest' },
		},
	],
};

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A deep, writable copy of the fixture for tests that break it on purpose. */
export const clone = () => structuredClone(input) as unknown as Mutable<BuildInput>;
