import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postTestProbability } from '../../src/lib/diagnostics/odds.ts';
import { clone, finding, input, prior } from './differential-fixture.ts';
import {
	analyse,
	buildEngineModel,
	calculatorPercent,
	describeContribution,
	describeEffect,
	forBrowser,
	formatQuery,
	groupProbability,
	ModelError,
	normaliseState,
	basisLabel,
	parseQuery,
	percentLabel,
	rangeLabel,
	ratioLabel,
	type EngineModel,
} from '../../src/lib/differential/engine/index.ts';

const model = buildEngineModel(input);
const run = (state: Partial<Parameters<typeof analyse>[1]>) =>
	analyse(
		model,
		{ present: [], absent: [], positive: [], negative: [], ...state },
		{ uncertainty: false },
	);
const line = (a: ReturnType<typeof run>, id: string) => a.lines.find((l) => l.id === id)!;

describe('buildEngineModel', () => {
	it('nests the sub-cause in its family and leaves unranked conditions and their tests out', () => {
		expect(model.conditions.map((c) => [c.id, c.parent ?? null, c.children])).toEqual([
			['a', null, []],
			['f', null, ['k']],
			['k', 'f', []],
			['b', null, []],
		]);
		expect(model.tests.map((t) => t.id)).toEqual(['ta', 'tf', 'tab']);
		expect(model.tests.find((t) => t.id === 'tab')!.alsoPositiveIn.map((a) => a.condition)).toEqual(
			['b'],
		);
	});

	it('turns grades into LR+ and LR− and computes test intervals from counts', () => {
		const strong = model.grades.find((g) => g.id === 'strong')!;
		expect(strong.present).toBeCloseTo(0.5 / 0.17, 12);
		expect(strong.absent).toBeCloseTo(0.5 / 0.83, 12);
		const ta = model.tests.find((t) => t.id === 'ta')!;
		// Counts 40/10 and 5/45: LR+ (40/50)/(5/50) = 8; SE = √(1/40 − 1/50 + 1/5 − 1/50) = √0.185 = 0.430116;
		// 8 × e^(±0.843016) = 3.44 to 18.59.
		const basis = ta.pair.presentBasis;
		expect(basis.kind === 'study' && basis.ci?.[0]).toBeCloseTo(3.44, 2);
		expect(basis.kind === 'study' && basis.ci?.[1]).toBeCloseTo(18.59, 2);
	});

	it('fails with file, field and problem for content mistakes', () => {
		const broken = clone();
		broken.conditions[0]!.keyFindings = [
			{ finding: 'x', grade: 'huge' },
			{ finding: 'nope', grade: 'weak' },
		];
		broken.settings[0]!.priors = broken.settings[0]!.priors.filter((p) => p.condition !== 'b');
		broken.settings[0]!.priors[0] = { ...broken.settings[0]!.priors[0]!, basis: 'published' };
		try {
			buildEngineModel(broken);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ModelError);
			const problems = (error as ModelError).problems;
			expect(problems).toContain('a.mdx: keyFindings[0].grade: grade "huge" is not in grades.yaml');
			expect(problems).toContain('a.mdx: keyFindings[1].finding: unknown finding "nope"');
			expect(problems).toContain('main.yaml: priors: no prior for the ranked condition "b"');
			expect(problems).toContain('main.yaml: priors[0].source: a published prior needs its source');
			expect(
				problems.some((p) =>
					p.startsWith(
						'main.yaml: priors: the priors of the top-level conditions and "other" add up to 0.8000',
					),
				),
			).toBe(true);
		}
	});

	it('refuses a grade that weighs as much as the best-studied finding', () => {
		// The best published weight is ×4 (y for B); a "strong" grade of sens 0.8, spec 0.9 would weigh ×8.
		const loud = clone();
		loud.grades = loud.grades.map((g) =>
			g.id === 'strong' ? { ...g, sensitivity: 0.8, specificity: 0.9 } : g,
		);
		expect(() => buildEngineModel(loud)).toThrow(
			/grades\.yaml: strong: its weight for presence \(×8\.00\) is as strong as the best-studied finding/,
		);
	});

	it('refuses an exclusion that another condition outweighs on the same finding', () => {
		const odd = clone();
		odd.conditions[0]!.keyFindings.push({ finding: 'z', lr: { present: 0.05, source: 'ref' } });
		expect(() => buildEngineModel(odd)).toThrow(
			/a\.mdx: keyFindings\[2\]: "z" weighs ×0\.05 for "a", below the exclusion weight/,
		);
	});

	it('requires a sub-cause’s prior as a share of its family', () => {
		const flat = clone();
		flat.settings[0]!.priors[2] = prior('k', 0.1);
		expect(() => buildEngineModel(flat)).toThrow(
			/main\.yaml: priors\[2\]\.withinParent: "k" is a sub-cause of "f"/,
		);
	});
});

describe('the model the page embeds', () => {
	it('leaves out notes and content locations and reasons exactly as the full model', () => {
		const noted = clone();
		noted.conditions[0]!.keyFindings[0]!.note = 'a note for authors';
		const full = buildEngineModel(noted);
		const slim = forBrowser(full);
		const text = JSON.stringify(slim);
		expect(JSON.stringify(full)).toContain('a note for authors');
		expect(JSON.stringify(full)).toContain('a.mdx');
		expect(text).not.toContain('a note for authors');
		expect(text).not.toContain('a.mdx');
		const state = { present: ['x', 'v'], absent: ['y'], positive: ['tab'], negative: [] };
		expect(analyse(slim, state)).toEqual(analyse(full, state));
	});
});

describe('analyse, checked by hand', () => {
	it('shows no list when nothing is chosen', () => {
		const a = run({});
		expect(a.empty).toBe(true);
		expect(a.lines).toEqual([]);
		expect(a.nextTest).toBeUndefined();
	});

	it('agrees with the test page’s calculator for a test on one condition', () => {
		// tA positive: A 0.4 × 8 = 3.2; the rest 0.1 + 0.1 + 0.2 + 0.2 = 0.6; A = 3.2 / 3.8 = 0.842105.
		// Calculator: odds 0.4/0.6 × 8 = 5.3333 → 5.3333/6.3333 = 0.842105.
		const a = run({ positive: ['ta'] });
		expect(line(a, 'a').probability).toBeCloseTo(3.2 / 3.8, 12);
		expect(line(a, 'a').probability).toBeCloseTo(postTestProbability(0.4, 8), 12);
		expect(a.done).toEqual([
			{
				id: 'ta',
				name: 'Test A',
				result: 'positive',
				target: 'a',
				counted: true,
				before: expect.closeTo(0.4, 12),
				after: expect.closeTo(3.2 / 3.8, 12),
				ratio: expect.closeTo(8, 12),
				shared: false,
				group: ['a'],
				groupBefore: expect.closeTo(0.4, 12),
				groupAfter: expect.closeTo(3.2 / 3.8, 12),
			},
		]);
	});

	it('moves a test’s whole group by the calculator when the test is also positive in another condition', () => {
		// tAB positive (×3 for A and B): A 1.2, B 0.6, F 0.2, other 0.2; total 2.2.
		// A + B before 0.6 → calculator: odds 1.5 × 3 = 4.5 → 4.5 / 5.5 = 0.818182 = (1.2 + 0.6) / 2.2.
		const a = run({ positive: ['tab'] });
		expect(a.done[0]).toMatchObject({ shared: true, group: ['a', 'b'] });
		expect(a.done[0]!.groupBefore).toBeCloseTo(0.6, 12);
		expect(a.done[0]!.groupAfter).toBeCloseTo(postTestProbability(0.6, 3), 12);
		expect(a.done[0]!.after).toBeCloseTo(1.2 / 2.2, 12);
		// As a candidate with x present (A 0.4 × 2.941176): the group's outcomes follow LR+ 3 and LR− 0.5.
		const c = run({ present: ['x'] }).candidates.find((t) => t.id === 'tab')!;
		expect(c.group).toEqual(['a', 'b']);
		expect(c.groupIfPositive).toBeCloseTo(postTestProbability(c.groupNow, 3), 12);
		expect(c.groupIfNegative).toBeCloseTo(postTestProbability(c.groupNow, 0.5), 12);
	});

	it('counts a sub-cause inside its family once in a group', () => {
		const m = buildEngineModel(input);
		const ps = [0.4, 0.1, 0.1, 0.2, 0.2];
		expect(groupProbability(m, ['f', 'k'], ps)).toBeCloseTo(0.2, 12);
		expect(groupProbability(m, ['k', 'a'], ps)).toBeCloseTo(0.5, 12);
	});

	it('moves a whole family with a test on the family, keeping the split inside it', () => {
		// tF positive: F's other causes 0.1 × 2 = 0.2, K 0.1 × 2 = 0.2; total 0.4 + 0.2 + 0.2 + 0.2 + 0.2 = 1.2.
		// F = 0.4 / 1.2 = 1/3, the calculator's 0.25 × 2 = 0.5 → 1/3; K is still half of F.
		const a = run({ positive: ['tf'] });
		expect(line(a, 'f').probability).toBeCloseTo(1 / 3, 12);
		expect(line(a, 'f').subCauses[0]!.shareOfFamily).toBeCloseTo(0.5, 12);
		expect(line(a, 'f').subCauses[0]!.probability).toBeCloseTo(0.2 / 1.2, 12);
	});

	it('lets a sub-cause inherit its family’s weight and use its own where it has one', () => {
		// w (moderate ×2, F's) for both F's other causes and K: family 0.2 × 2 = 0.4 of 1.2 → 1/3.
		const w = run({ present: ['w'] });
		expect(line(w, 'f').probability).toBeCloseTo(0.4 / 1.2, 12);
		expect(line(w, 'f').subCauses[0]!.contributions[0]!.inheritedFrom).toBe('f');
		// v (strong ×2.941176, K's own): K 0.1 × 2.941176 = 0.294118; total 0.9 + 0.294118 = 1.194118;
		// F = (0.1 + 0.294118) / 1.194118 = 0.330049; K's share of F = 0.294118 / 0.394118 = 0.746269.
		const v = run({ present: ['v'] });
		expect(line(v, 'f').probability).toBeCloseTo(0.330049, 5);
		expect(line(v, 'f').subCauses[0]!.shareOfFamily).toBeCloseTo(0.746269, 5);
	});

	it('weighs a published finding for presence and for absence', () => {
		// y present: B 0.2 × 4 = 0.8; total 0.4 + 0.2 + 0.8 + 0.2 = 1.6 → B 0.5, A 0.25, other 0.125.
		const present = run({ present: ['y'] });
		expect(line(present, 'b').probability).toBeCloseTo(0.5, 12);
		expect(present.other.probability).toBeCloseTo(0.125, 12);
		// y absent: B 0.2 × 0.5 = 0.1; total 0.9 → B 0.111111, A 0.444444.
		const absent = run({ absent: ['y'] });
		expect(line(absent, 'b').probability).toBeCloseTo(0.1 / 0.9, 12);
		expect(line(absent, 'a').probability).toBeCloseTo(0.4 / 0.9, 12);
	});

	it('lowers a condition when its exclusion criterion is present, and shows the red flag', () => {
		// z excludes B (×0.02/0.2 = 0.1): B 0.02; total 0.82 → B = 0.024390.
		const a = run({ present: ['z'] });
		expect(line(a, 'b').probability).toBeCloseTo(0.02 / 0.82, 12);
		expect(a.lines.at(-1)!.id).toBe('b');
	});

	it('counts a missing hallmark against its condition, via the grade table', () => {
		const withHallmark = clone();
		withHallmark.conditions[0]!.keyFindings.push({ finding: 'y', grade: 'hallmark' });
		const m = buildEngineModel(withHallmark);
		// y absent: A × 0.2/0.6 = 0.333333 → 0.133333; B × 0.5 → 0.1; total 0.133333 + 0.2 + 0.1 + 0.2 = 0.633333.
		const a = analyse(
			m,
			{ present: [], absent: ['y'], positive: [], negative: [] },
			{ uncertainty: false },
		);
		expect(a.lines.find((l) => l.id === 'a')!.probability).toBeCloseTo(0.133333 / 0.633333, 5);
	});

	it('counts only the most telling result of tests studied in the same patients', () => {
		// tA and tAB share a source and a target: tA positive (×8) outweighs tAB negative (×0.5), which is not counted.
		// So the list is tA's alone: A = 3.2 / 3.8.
		const a = run({ positive: ['ta'], negative: ['tab'] });
		expect(line(a, 'a').probability).toBeCloseTo(3.2 / 3.8, 12);
		expect(a.done.find((d) => d.id === 'tab')).toMatchObject({ counted: false, instead: 'ta' });
		expect(a.notices).toContain(
			'Not counted: “Test AB”, studied in the same patients as “Test A”; only the more telling of the two results counts.',
		);
		// Nor is a test from a study already represented suggested next.
		expect(run({ positive: ['ta'] }).candidates.map((c) => c.id)).toEqual(['tf']);
	});

	it('moves every condition a test is also positive in', () => {
		// tAB positive (×3 for A and for B): A 1.2, B 0.6, F 0.2, other 0.2; total 2.2.
		const a = run({ positive: ['tab'] });
		expect(line(a, 'a').probability).toBeCloseTo(1.2 / 2.2, 12);
		expect(line(a, 'b').probability).toBeCloseTo(0.6 / 2.2, 12);
		expect(a.done[0]!.shared).toBe(true);
		const basis = line(a, 'b').contributions[0]!.basis;
		expect(basis.kind === 'study' && basis.sharedWith).toBe('b');
	});

	it('takes one age band as one answer and ignores age bands marked absent', () => {
		const both = run({ present: ['age-old', 'age-young', 'x'] });
		expect(both.notices).toContain('Ignored the age: more than one age band was chosen.');
		expect(line(both, 'a').contributions.map((c) => c.id)).toEqual(['x']);
		const absent = run({ present: ['x'], absent: ['age-old'] });
		expect(line(absent, 'a').contributions.map((c) => c.id)).toEqual(['x']);
	});

	it('uses the reader’s priors and rescales the rest', () => {
		// A set to 10 %: the others (0.2 + 0.2 + 0.2 = 0.6) scale to 0.9, ×1.5 each: F 0.3, B 0.3, other 0.3.
		// y present: B 0.3 × 4 = 1.2; total 0.1 + 0.3 + 1.2 + 0.3 = 1.9 → B 0.631579.
		const a = run({ present: ['y'], priors: { a: 0.1 } });
		expect(line(a, 'b').probability).toBeCloseTo(1.2 / 1.9, 12);
		expect(line(a, 'a').prior).toMatchObject({ probability: 0.1, setting: 0.4, overridden: true });
		// A sub-cause's override is its share of the family: K 80 % of F.
		const k = run({ present: ['y'], priors: { k: 0.8 } });
		expect(line(k, 'f').subCauses[0]!.shareOfFamily).toBeCloseTo(0.8, 12);
	});

	it('shows ties as ties and combines coexisting entities', () => {
		// A set to 20 %: F, B and other scale from 0.2 each to 0.8/3 = 0.266667. x absent: A × 0.602410 = 0.120482;
		// total 0.920482 → F = B = 0.266667 / 0.920482 = 29 % each (tied, both rank 1), A 13 % (rank 3).
		const tied = run({ absent: ['x'], priors: { a: 0.2 } });
		// (Within a tie the lines keep the order of their unrounded probabilities.)
		expect(tied.lines.map((l) => [l.id, l.label, l.rank, l.tied]).sort()).toEqual([
			['a', '13%', 3, false],
			['b', '29%', 1, true],
			['f', '29%', 1, true],
		]);
		// y present: A 0.25, B 0.5 → together 0.75.
		const overlap = line(run({ present: ['y'] }), 'a').overlap!;
		expect(overlap.with).toEqual(['b']);
		expect(overlap.combined).toBeCloseTo(0.75, 12);
	});
});

describe('the next test by expected information', () => {
	// A smaller model: A 30 %, B 20 %, something else 50 %; test tA on A with sensitivity 0.9, specificity 0.8.
	const small = buildEngineModel({
		...input,
		overlaps: [],
		findings: [finding('q')],
		conditions: [
			{ id: 'a', name: 'A', ranked: true, emergency: false, file: 'a.mdx', keyFindings: [] },
			{ id: 'b', name: 'B', ranked: true, emergency: false, file: 'b.mdx', keyFindings: [] },
		],
		tests: [
			{
				id: 'ta',
				name: 'Test A',
				file: 'ta.mdx',
				study: { id: 's', target: 'a', sensitivity: 0.9, specificity: 0.8, source: 'ref' },
				alsoPositiveIn: [],
			},
			{
				id: 'weak',
				name: 'Weak test',
				file: 'w.mdx',
				study: { id: 's', target: 'b', sensitivity: 0.22, specificity: 0.8, source: 'ref' },
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
				priors: [prior('a', 0.3), prior('b', 0.2)],
				other: { probability: 0.5, range: [0.3, 0.7], detail: 'rest' },
			},
		],
	});

	it('computes the expected entropy reduction of the whole list and says what each result would do', () => {
		// P(+) = 0.3 × 0.9 + 0.2 × 0.2 + 0.5 × 0.2 = 0.41.
		// If positive: A 0.27/0.41 = 0.6585, B 0.04/0.41 = 0.0976, other 0.10/0.41 = 0.2439 → H = 1.2210 bits.
		// If negative: A 0.03/0.59 = 0.0508, B 0.16/0.59 = 0.2712, other 0.40/0.59 = 0.6780 → H = 1.1092 bits.
		// Now: H(0.3, 0.2, 0.5) = 0.5211 + 0.4644 + 0.5 = 1.4855 bits.
		// Gain = 1.4855 − (0.41 × 1.2210 + 0.59 × 1.1092) = 1.4855 − 1.1550 = 0.3305 bits.
		// (The finding q is listed by nobody: it weighs ×1 everywhere, so the list is the prior.)
		const a = analyse(
			small,
			{ present: ['q'], absent: [], positive: [], negative: [] },
			{ uncertainty: false },
		);
		expect(a.nextTest?.id).toBe('ta');
		expect(a.nextTest!.probabilityPositive).toBeCloseTo(0.41, 12);
		expect(a.nextTest!.gainBits).toBeCloseTo(0.3305, 3);
		expect(a.nextTest!.preTest).toBeCloseTo(0.3, 12);
		expect(describeEffect(a.nextTest!.effects[0]!)).toBe(
			'A positive result would raise A to about 66%; a negative one would lower it to about 5%.',
		);
	});

	it('suggests nothing when no test would change the picture materially', () => {
		// After tA is done, only the weak test is left: sens 0.22, spec 0.8 gives LR+ 1.1, LR− 0.975.
		const a = analyse(
			small,
			{ present: ['q'], absent: [], positive: ['ta'], negative: [] },
			{ uncertainty: false },
		);
		expect(a.candidates.map((c) => c.id)).toEqual(['weak']);
		expect(a.candidates[0]!.largestChange).toBeLessThan(0.05);
		expect(a.nextTest).toBeUndefined();
	});
});

describe('the plausible range', () => {
	it('is reproducible and brackets the list sensibly', () => {
		const state = { present: ['x', 'y'], absent: ['w'], positive: ['ta'], negative: [] };
		const first = analyse(model, state);
		const second = analyse(model, { ...state, present: ['y', 'x'] });
		expect(first.samples).toBe(400);
		for (const l of first.lines) {
			const [low, high] = l.range!;
			expect(0 <= low && low <= high && high <= 1).toBe(true);
			expect(second.lines.find((m) => m.id === l.id)!.range).toEqual(l.range);
		}
		const [low, high] = first.other.range!;
		expect(low).toBeLessThan(high);
	});

	it('runs a typical case in well under the browser budget', () => {
		const state = { present: ['x', 'y', 'w'], absent: ['v'], positive: ['ta'], negative: ['tf'] };
		analyse(model, state);
		const started = performance.now();
		for (let i = 0; i < 5; i++) analyse(model, state);
		expect((performance.now() - started) / 5).toBeLessThan(100);
	});
});

describe('printing', () => {
	it('uses whole percentages and one-decimal ratios', () => {
		expect(calculatorPercent(0.28449)).toBe(28.4);
		expect(calculatorPercent(0)).toBe(0);
		expect(calculatorPercent(1)).toBe(100);
		expect(() => calculatorPercent(Number.NaN)).toThrow(RangeError);
		expect(percentLabel(0.284)).toBe('28%');
		expect(percentLabel(0.004)).toBe('<1%');
		expect(percentLabel(0.996)).toBe('>99%');
		expect(rangeLabel([0.12, 0.414])).toBe('12–41%');
		expect(ratioLabel(9.89)).toBe('9.9');
		expect(ratioLabel(0.602)).toBe('0.6');
		expect(ratioLabel(0.08)).toBe('0.08');
	});

	it('labels every unstudied weight as such in the working', () => {
		const a = run({ present: ['x', 'y'] });
		expect(describeContribution(line(a, 'a').contributions[0]!)).toBe(
			'Label x: ×2.9, graded (strong), not studied',
		);
		expect(describeContribution(line(a, 'b').contributions[0]!)).toBe(
			'Label y: ×4.0, Smith 2020 (95% CI 2.0–8.0)',
		);
	});
});

// Properties over generated models: priors, weights and tests drawn at random.
const arbitraryModel = fc
	.record({
		priors: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
		grades: fc.array(fc.constantFrom('hallmark', 'strong', 'moderate', 'weak', 'against'), {
			minLength: 8,
			maxLength: 8,
		}),
		owners: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 8, maxLength: 8 }),
		sens: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
		spec: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
		target: fc.constantFrom('a', 'b', 'c', 'd'),
	})
	.map(({ priors, grades: gs, owners, sens, spec, target }): EngineModel => {
		const total = priors.reduce((s, p) => s + p, 0);
		const ps = priors.map((p) => p / total);
		const ids = ['a', 'b', 'c', 'd'];
		return buildEngineModel({
			...input,
			overlaps: [],
			findings: [
				...Array.from({ length: 8 }, (_, i) => finding(`g${i}`)),
				finding('pub'),
				finding('ex', 'red-flag'),
			],
			conditions: ids.map((id) => ({
				id,
				name: id.toUpperCase(),
				ranked: true,
				emergency: false,
				file: `${id}.mdx`,
				keyFindings: [
					...gs.flatMap((g, i) => (owners[i] === id ? [{ finding: `g${i}`, grade: g }] : [])),
					...(id === 'a'
						? [{ finding: 'pub', lr: { present: 6, absent: 0.2, source: 'ref' } }]
						: []),
					...(id === 'b' ? [{ finding: 'ex', grade: 'excludes' }] : []),
				],
			})),
			tests: [
				{
					id: 'solo',
					name: 'Solo',
					file: 's.mdx',
					study: { id: 's', target, sensitivity: sens, specificity: spec, source: 'ref' },
					alsoPositiveIn: [],
				},
			],
			settings: [
				{
					id: 'main',
					file: 'm.yaml',
					label: 'M',
					description: 'd',
					order: 0,
					priors: ids.map((id, i) => ({
						...prior(id, ps[i]!),
						range: [ps[i]!, ps[i]!] as [number, number],
					})),
					other: { probability: ps[4]!, range: [ps[4]!, ps[4]!], detail: 'o' },
				},
			],
		});
	});
const evidence = fc.record({
	present: fc.uniqueArray(fc.constantFrom('g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'pub'), {
		maxLength: 5,
	}),
	absent: fc.uniqueArray(fc.constantFrom('g0', 'g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'pub'), {
		maxLength: 3,
	}),
});
const quick = (
	m: EngineModel,
	s: {
		present: readonly string[];
		absent: readonly string[];
		positive?: readonly string[];
		negative?: readonly string[];
	},
) =>
	analyse(
		m,
		{ positive: [], negative: [], ...s, absent: s.absent.filter((id) => !s.present.includes(id)) },
		{ uncertainty: false },
	);
const byId = (a: ReturnType<typeof quick>): Record<string, number> =>
	Object.fromEntries([
		...a.lines.map((l): [string, number] => [l.id, l.probability]),
		['other', a.other.probability],
	]);

describe('properties', () => {
	it('a result that bears on one condition only gives the test page’s calculator result (to 0.1 point)', () => {
		fc.assert(
			fc.property(arbitraryModel, evidence, fc.boolean(), (m, e, positive) => {
				const before = quick(m, e);
				const after = quick(m, { ...e, [positive ? 'positive' : 'negative']: ['solo'] });
				const test = m.tests[0]!;
				const lr = positive ? test.pair.present : test.pair.absent;
				const start = before.empty
					? m.settings[0]!.priors.find((p) => p.condition === test.target)!.probability
					: byId(before)[test.target]!;
				expect(Math.abs(byId(after)[test.target]! - postTestProbability(start, lr))).toBeLessThan(
					0.001,
				);
				expect(after.done[0]!.before).toBeCloseTo(start, 9);
			}),
		);
	});

	it('a finding that weighs more than 1 for one condition and 1 for all others never lowers it', () => {
		fc.assert(
			fc.property(arbitraryModel, evidence, (m, e) => {
				for (const f of m.findings) {
					if (
						f.weights.length !== 1 ||
						f.weights[0]!.pair.present <= 1 ||
						(e.present as string[]).includes(f.id) ||
						(e.absent as string[]).includes(f.id)
					)
						continue;
					const c = f.weights[0]!.condition;
					const before = quick(m, e);
					const after = quick(m, { ...e, present: [...e.present, f.id] });
					const start = before.empty
						? m.settings[0]!.priors.find((p) => p.condition === c)!.probability
						: byId(before)[c]!;
					expect(byId(after)[c]!).toBeGreaterThanOrEqual(start - 1e-12);
				}
			}),
		);
	});

	it('an exclusion finding always lowers its condition', () => {
		fc.assert(
			fc.property(arbitraryModel, evidence, (m, e) => {
				const before = quick(m, e);
				const after = quick(m, { ...e, present: [...e.present, 'ex'] });
				const start = before.empty
					? m.settings[0]!.priors.find((p) => p.condition === 'b')!.probability
					: byId(before)['b']!;
				expect(byId(after)['b']!).toBeLessThan(start);
			}),
		);
	});

	it('probabilities lie in [0, 1] and add up to 1 with something else', () => {
		fc.assert(
			fc.property(
				arbitraryModel,
				evidence,
				fc.constantFrom<string[]>([], ['solo']),
				(m, e, positive) => {
					const a = quick(m, { ...e, present: [...e.present, 'ex'], positive });
					const ps = Object.values(byId(a));
					for (const p of ps) expect(p >= 0 && p <= 1).toBe(true);
					expect(ps.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
				},
			),
		);
	});

	it('results do not depend on the order of inputs or on repeats', () => {
		fc.assert(
			fc.property(arbitraryModel, evidence, fc.integer(), (m, e, seed) => {
				let s = seed;
				const shuffle = <T>(xs: readonly T[]) =>
					[...xs].sort(() => ((s = (s * 1103515245 + 12345) | 0) & 1 ? 1 : -1));
				const a = quick(m, e);
				const b = quick(m, {
					present: shuffle<string>([...e.present, ...e.present]),
					absent: shuffle<string>(e.absent),
				});
				const pa = byId(a);
				const pb = byId(b);
				for (const id of Object.keys(pa)) expect(pb[id]).toBeCloseTo(pa[id]!, 12);
			}),
		);
	});
});

describe('normaliseState with priors a reader sets', () => {
	const base = { present: [], absent: [], positive: [], negative: [] };
	it('drops priors for unknown conditions and impossible values, with a notice each', () => {
		const { state, notices } = normaliseState(model, {
			...base,
			priors: { nowhere: 0.1, a: 0, b: 1, other: 0.3 },
		});
		expect(state.priors).toEqual({ other: 0.3 });
		expect(notices).toHaveLength(3);
		expect(notices[0]).toMatch(/“nowhere”: it is not on the list/);
	});

	it('drops top-level priors that leave nothing for the rest, and shares that overflow a family', () => {
		const full = normaliseState(model, { ...base, priors: { a: 0.6, b: 0.5 } });
		expect(full.state.priors).toEqual({});
		expect(full.notices.join(' ')).toMatch(/reach 100 %/);
		// A sub-cause's own share below 100 % always fits in its family.
		expect(normaliseState(model, { ...base, priors: { k: 0.99 } }).state.priors).toEqual({
			k: 0.99,
		});
	});

	it('treats age bands as one answer', () => {
		const two = normaliseState(model, { ...base, present: ['age-young', 'age-old'] });
		expect(two.state.present).toEqual([]);
		const absent = normaliseState(model, { ...base, absent: ['age-young'] });
		expect(absent.state.absent).toEqual([]);
		expect(absent.notices[0]).toMatch(/Age bands are one answer/);
	});
});

describe('basisLabel', () => {
	it('says what each kind of weight rests on', () => {
		expect(
			basisLabel({
				kind: 'published',
				source: 's',
				sourceLabel: 'Suri et al. 2010',
				ci: [4.1, 9.9],
			}),
		).toBe('Suri et al. 2010 (95% CI 4.1–9.9)');
		expect(basisLabel({ kind: 'published', source: 's', sourceLabel: 'Suri et al. 2010' })).toBe(
			'Suri et al. 2010 (no interval published)',
		);
		expect(
			basisLabel({
				kind: 'frequency',
				source: 's',
				sourceLabel: 'Smith 2020',
				detail: 'd',
				sensitivity: 0.6,
				specificity: 0.8,
			}),
		).toBe('Smith 2020, from how often it occurs (60% with the condition, 20% without)');
		expect(
			basisLabel({
				kind: 'study',
				source: 's',
				sourceLabel: 'Cacchio et al. 2012',
				study: 'x',
				ci: [4.6, 21],
				sharedWith: 'b',
			}),
		).toBe(
			'Cacchio et al. 2012 (95% CI 4.6–21.0); assumed to be positive as often here as in the study’s target',
		);
		expect(
			basisLabel({ kind: 'study', source: 's', sourceLabel: 'Cacchio et al. 2012', study: 'x' }),
		).toBe('Cacchio et al. 2012 (no counts published for an interval)');
		expect(
			basisLabel({ kind: 'absence-not-reported', source: 's', sourceLabel: 'Suri et al. 2010' }),
		).toBe('Suri et al. 2010 reported presence only; absence not studied');
	});
});

describe('the query string', () => {
	it('keeps old links working', () => {
		const q = parseQuery('?f=x,y&pos=ta&neg=tf', model);
		expect(q).toMatchObject({
			present: ['x', 'y'],
			absent: [],
			positive: ['ta'],
			negative: ['tf'],
			priors: {},
			notices: [],
		});
		expect(parseQuery('?f=x&f=y', model).present).toEqual(['x', 'y']);
	});

	it('reads absent findings, the setting and prior overrides', () => {
		const q = parseQuery('?f=x&no=y&s=main&prior=a:10,k:80,other:5.5', model);
		expect(q).toMatchObject({
			present: ['x'],
			absent: ['y'],
			setting: 'main',
			priors: { a: 0.1, k: 0.8, other: 0.055 },
			notices: [],
		});
	});

	it('drops what it cannot use, saying why, and never echoes markup', () => {
		const q = parseQuery(
			'?f=x,<script>&no=x&s=nowhere&prior=a:150,b:x,zz:5,a:20,a:30&pos=ta&neg=ta',
			model,
		);
		expect(q.present).toEqual([]);
		expect(q.absent).toEqual([]);
		expect(q.setting).toBeUndefined();
		expect(q.priors).toEqual({ a: 0.2 });
		for (const n of q.notices) expect(n).not.toMatch(/[<>"]/);
		expect(q.notices).toEqual(
			expect.arrayContaining([
				'Ignored unknown finding “?script?”.',
				'Ignored unknown setting “nowhere”.',
				'Ignored a prior for unknown condition “zz”.',
				'Ignored a repeat of the prior for “a”.',
				'Ignored “Label x”: it was marked both present and absent.',
				'Ignored test “ta”: it was marked both positive and negative.',
			]),
		);
	});

	it('refuses priors that leave nothing for the rest', () => {
		const q = parseQuery('?f=x&prior=a:60,b:45', model);
		expect(q.priors).toEqual({});
		expect(q.notices).toContain(
			'Ignored the priors you set: together they reach 100 %, leaving nothing for the rest of the list.',
		);
	});

	it('round-trips any valid case', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom('x', 'y', 'w', 'v')),
				fc.uniqueArray(fc.constantFrom('ta', 'tf', 'tab')),
				fc.option(fc.integer({ min: 1, max: 30 })),
				(findings, tests, pct) => {
					const present = findings.filter((_, i) => i % 2 === 0);
					const absent = findings.filter((_, i) => i % 2 === 1);
					const positive = tests.filter((_, i) => i % 2 === 0);
					const negative = tests.filter((_, i) => i % 2 === 1);
					const priors = pct === null ? {} : { b: pct / 100 };
					const parsed = parseQuery(
						formatQuery({ setting: 'main', present, absent, positive, negative, priors }),
						model,
					);
					expect(parsed).toEqual({
						setting: 'main',
						present,
						absent,
						positive,
						negative,
						priors,
						notices: [],
					});
				},
			),
		);
	});

	it('survives arbitrary strings', () => {
		fc.assert(fc.property(fc.string(), (s) => void parseQuery(s, model)));
	});
});
