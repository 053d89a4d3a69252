import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, type ModelInput } from '../../src/lib/differential/build-model.ts';
import { formatCase, parseCase } from '../../src/lib/differential/query.ts';
import { rank, suggestNextTest } from '../../src/lib/differential/rank.ts';

/**
 * A three-condition model small enough to check by hand.
 * Priors 2 : 1 : 1 → 0.5, 0.25, 0.25.
 * Finding "sitting": A strong (LR 4), B weak (LR 2); C does not list it (LR 1).
 * Finding "strides": C strong (4).
 * Test "t-a" targets A with sens 0.8, spec 0.9 → LR+ 8, LR− 0.2/0.9 = 0.2222….
 * Test "t-c" targets C with sens 0.5, spec 0.75 → LR+ 2, LR− 0.5/0.75 = 0.6667.
 */
const input: ModelInput = {
	grades: { strong: 4, weak: 2, against: 0.5 },
	conditions: [
		{
			id: 'a',
			name: 'A',
			ranked: true,
			prior: { relative: 2, basis: 'test' },
			keyFindings: [{ finding: 'sitting', grade: 'strong' }],
		},
		{
			id: 'b',
			name: 'B',
			ranked: true,
			prior: { relative: 1, basis: 'test' },
			keyFindings: [{ finding: 'sitting', grade: 'weak' }],
		},
		{
			id: 'c',
			name: 'C',
			ranked: true,
			prior: { relative: 1, basis: 'test' },
			keyFindings: [{ finding: 'strides', grade: 'strong' }],
		},
		{
			id: 'umbrella',
			name: 'Umbrella',
			ranked: false,
			prior: { relative: 5, basis: 'test' },
			keyFindings: [],
		},
	],
	tests: [
		{
			id: 't-a',
			name: 'Test A',
			study: { target: 'a', sensitivity: 0.8, specificity: 0.9, source: 'Smith 2020' },
		},
		{
			id: 't-c',
			name: 'Test C',
			study: { target: 'c', sensitivity: 0.5, specificity: 0.75, source: 'Jones 2021' },
		},
		{ id: 't-none', name: 'No accuracy' },
	],
	findings: [
		{ id: 'sitting', label: 'Worse sitting', clinicalLabel: 'x', group: 'worse' },
		{ id: 'strides', label: 'Worse with long strides', clinicalLabel: 'x', group: 'worse' },
		{
			id: 'saddle',
			label: 'Saddle numbness',
			clinicalLabel: 'x',
			group: 'red-flag',
			redFlag: { urgency: 'emergency', action: 'Go to A&E now.' },
		},
	],
};
const model = buildModel(input);
const probabilities = (state: Parameters<typeof rank>[1]) =>
	Object.fromEntries(rank(model, state).conditions.map((c) => [c.id, c.probability]));

describe('buildModel', () => {
	it('normalises priors over ranked conditions only and leaves unranked ones out', () => {
		expect(model.conditions.map((c) => [c.id, c.prior])).toEqual([
			['a', 0.5],
			['b', 0.25],
			['c', 0.25],
		]);
	});

	it('computes each test’s ratios from its study and skips tests without accuracy', () => {
		const t = model.tests.find((x) => x.id === 't-a')!;
		expect(t.lrPositive).toBeCloseTo(8, 12);
		expect(t.lrNegative).toBeCloseTo(0.2 / 0.9, 12);
		expect(model.tests.map((x) => x.id)).toEqual(['t-a', 't-c']);
	});

	it('fails loudly on a grade missing from the table', () => {
		const bad = structuredClone(input);
		bad.conditions[0]!.keyFindings = [{ finding: 'sitting', grade: 'huge' }];
		expect(() => buildModel(bad)).toThrow(/conditions\/a keyFindings\[0\]: grade "huge"/);
	});
});

describe('rank on the hand-computed model', () => {
	// Prior odds: A 0.5/0.5 = 1; B and C 0.25/0.75 = 1/3.
	it('returns the priors when nothing is chosen', () => {
		const p = probabilities({ findings: [], positive: [], negative: [] });
		expect(p.a).toBeCloseTo(0.5, 12);
		expect(p.b).toBeCloseTo(0.25, 12);
		expect(p.c).toBeCloseTo(0.25, 12);
	});

	it('multiplies each condition’s odds by the finding’s ratio for it, then rescales', () => {
		// "sitting": A odds 1 × 4 = 4 → p 0.8; B odds 1/3 × 2 = 2/3 → p 0.4; C odds 1/3 → p 0.25.
		// Sum 1.45, so A 0.8/1.45, B 0.4/1.45, C 0.25/1.45.
		const p = probabilities({ findings: ['sitting'], positive: [], negative: [] });
		expect(p.a).toBeCloseTo(0.8 / 1.45, 12);
		expect(p.b).toBeCloseTo(0.4 / 1.45, 12);
		expect(p.c).toBeCloseTo(0.25 / 1.45, 12);
	});

	it('combines findings and test results multiplicatively', () => {
		// sitting + strides + t-a negative (LR− 0.2/0.9 = 2/9):
		// A odds 1 × 4 × 2/9 = 8/9 → p 8/17; B odds 2/3 → p 0.4; C odds 1/3 × 4 = 4/3 → p 4/7.
		const p = probabilities({ findings: ['sitting', 'strides'], positive: [], negative: ['t-a'] });
		const total = 8 / 17 + 0.4 + 4 / 7;
		expect(p.a).toBeCloseTo(8 / 17 / total, 12);
		expect(p.b).toBeCloseTo(0.4 / total, 12);
		expect(p.c).toBeCloseTo(4 / 7 / total, 12);
	});

	it('gives a single test the same post-test probability as the test-page calculator', () => {
		// t-a positive on A alone: odds 1 × 8 = 8 → 8/9, exactly postTestProbability(0.5, 8).
		const a = rank(model, { findings: [], positive: ['t-a'], negative: [] }).conditions.find(
			(c) => c.id === 'a',
		)!;
		expect(a.odds / (1 + a.odds)).toBeCloseTo(8 / 9, 12);
	});

	it('shows its working: which inputs moved each condition, largest first', () => {
		const result = rank(model, { findings: ['sitting'], positive: ['t-a'], negative: [] });
		const a = result.conditions.find((c) => c.id === 'a')!;
		expect(a.contributions.map((c) => c.id)).toEqual(['t-a', 'sitting']);
		expect(a.contributions[0]!.lr).toBeCloseTo(8, 12);
		expect(a.contributions[1]!.lr).toBe(4);
		expect(a.contributions[1]!.basis).toBe('grade: strong');
	});

	it('reports chosen red flags with their action', () => {
		expect(rank(model, { findings: ['saddle'], positive: [], negative: [] }).redFlags).toEqual([
			{ id: 'saddle', label: 'Saddle numbness', urgency: 'emergency', action: 'Go to A&E now.' },
		]);
	});

	it('suggests the test that best separates the top two', () => {
		// With "sitting": A first, B second. Only t-a targets either; t-c targets C.
		expect(rank(model, { findings: ['sitting'], positive: [], negative: [] }).nextTest?.id).toBe(
			't-a',
		);
		// Once t-a is done, no remaining test targets A or B.
		expect(
			rank(model, { findings: ['sitting'], positive: ['t-a'], negative: [] }).nextTest,
		).toBeUndefined();
		// If C and A were the top two, both tests would apply; t-a has the larger |ln LR| (ln 8 against ln 2).
		expect(suggestNextTest(model, [{ id: 'c' }, { id: 'a' }], new Set())?.id).toBe('t-a');
	});
});

const ids = {
	findings: model.findings.map((f) => f.id),
	tests: model.tests.map((t) => t.id),
};
const arbitraryCase = fc.record({
	findings: fc.array(fc.constantFrom(...ids.findings), { maxLength: 6 }),
	positive: fc.array(fc.constantFrom(...ids.tests), { maxLength: 3 }),
	negative: fc.array(fc.constantFrom(...ids.tests), { maxLength: 3 }),
});

describe('rank properties', () => {
	it('gives probabilities in [0, 1] that sum to 1', () => {
		fc.assert(
			fc.property(arbitraryCase, (state) => {
				const ps = rank(model, state).conditions.map((c) => c.probability);
				for (const p of ps) expect(p >= 0 && p <= 1).toBe(true);
				expect(ps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
			}),
		);
	});

	it('does not depend on the order of inputs or on duplicates', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.integer(), (state, seed) => {
				const shuffle = <T>(xs: readonly T[]) =>
					[...xs].sort(() => ((seed = (seed * 1103515245 + 12345) | 0) & 1 ? 1 : -1));
				const twisted = {
					findings: shuffle([...state.findings, ...state.findings]),
					positive: shuffle(state.positive),
					negative: shuffle([...state.negative, ...state.negative]),
				};
				const p1 = probabilities(state);
				const p2 = probabilities(twisted);
				for (const id of Object.keys(p1)) expect(p2[id]).toBeCloseTo(p1[id]!, 12);
			}),
		);
	});

	it('never lowers a condition’s odds against the others when adding a finding with LR > 1 for it', () => {
		const odds = (state: Parameters<typeof rank>[1]) =>
			Object.fromEntries(rank(model, state).conditions.map((c) => [c.id, c.odds]));
		fc.assert(
			fc.property(arbitraryCase, (state) => {
				for (const finding of model.findings) {
					for (const [conditionId, entry] of Object.entries(finding.lr)) {
						if (entry.value <= 1) continue;
						const before = odds(state)[conditionId]!;
						const after = odds({ ...state, findings: [...state.findings, finding.id] })[
							conditionId
						]!;
						// Equal when the finding was already chosen (duplicates do not count twice).
						expect(after).toBeGreaterThanOrEqual(before * (1 - 1e-9));
						if (!state.findings.includes(finding.id))
							expect(after).toBeCloseTo(before * entry.value, 9);
					}
				}
			}),
		);
	});

	it('raises a test’s target on a positive result and lowers it on a negative one', () => {
		fc.assert(
			fc.property(arbitraryCase, fc.constantFrom(...model.tests), (state, test) => {
				const base = {
					findings: state.findings,
					positive: state.positive.filter((id) => id !== test.id),
					negative: state.negative.filter((id) => id !== test.id),
				};
				const before = probabilities(base)[test.target]!;
				expect(
					probabilities({ ...base, positive: [...base.positive, test.id] })[test.target]!,
				).toBeGreaterThan(before);
				expect(
					probabilities({ ...base, negative: [...base.negative, test.id] })[test.target]!,
				).toBeLessThan(before);
			}),
		);
	});
});

describe('the case in the query string', () => {
	const known = {
		findings: new Set(['sitting', 'strides', 'saddle']),
		tests: new Set(['t-a', 't-c']),
	};

	it('reads the documented comma form and the repeated-parameter form alike', () => {
		expect(parseCase('?f=sitting,strides&pos=t-a', known)).toMatchObject({
			findings: ['sitting', 'strides'],
			positive: ['t-a'],
			negative: [],
			notices: [],
		});
		expect(parseCase('?f=sitting&f=strides', known).findings).toEqual(['sitting', 'strides']);
	});

	it('drops unknown and repeated ids and contradictory tests, saying so', () => {
		const parsed = parseCase('?f=sitting,nope,sitting&pos=t-a,t-c&neg=t-a', known);
		expect(parsed.findings).toEqual(['sitting']);
		expect(parsed.positive).toEqual(['t-c']);
		expect(parsed.negative).toEqual([]);
		expect(parsed.notices).toEqual([
			'Ignored unknown finding “nope”.',
			'Ignored a repeat of finding “sitting”.',
			'Ignored test “t-a”: it was marked both positive and negative.',
		]);
	});

	it('never echoes markup from hostile input', () => {
		const parsed = parseCase(
			'?f=<img src=x onerror=alert(1)>&pos="><script>alert(1)</script>',
			known,
		);
		for (const notice of parsed.notices) expect(notice).not.toMatch(/[<>"]/);
		expect(parsed.findings).toEqual([]);
	});

	it('round-trips any valid case through format and parse', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...known.findings)),
				fc.uniqueArray(fc.constantFrom(...known.tests)),
				(findings, tests) => {
					const positive = tests.filter((_, i) => i % 2 === 0);
					const negative = tests.filter((_, i) => i % 2 === 1);
					const parsed = parseCase(formatCase({ findings, positive, negative }), known);
					expect(parsed).toEqual({ findings, positive, negative, notices: [] });
				},
			),
		);
	});

	it('survives arbitrary strings without throwing', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(() => parseCase(s, known)).not.toThrow();
			}),
		);
	});
});
