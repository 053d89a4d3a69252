import { describe, expect, it } from 'vitest';
import {
	buildEngineModel,
	modelFromContent,
	outcomeWords,
	runCase,
	summarise,
	type CaseInput,
} from '../../src/lib/differential/engine/index.ts';
import { input } from './differential-fixture.ts';
import { loadContent } from '../support/differential-content.ts';

/**
 * The published-case goal of issue 11 is the authors' diagnosis in the helper's top 3 for at least 90 %
 * of cases (top 1 for 60 %). The library does not reach it (the /cases/ page reports the figures and
 * why: published cases over-represent rare and atypical presentations, which a helper that respects base
 * rates ranks low). Until it does, this test holds the line at the figures measured on 2026-12-01 with
 * the weights set from sources before the cases were run, after a clinical review removed one unsourced
 * clue (walking pain against deep gluteal syndrome): 25 of 36 in the top 3, 15 in the top 1. A change
 * that loses a case fails here; one that gains cases should raise these floors.
 */
const TOP3_FLOOR = 25 / 36;
const TOP1_FLOOR = 15 / 36;

describe('the case runner on a hand-checked fixture', () => {
	const model = buildEngineModel(input);
	const base = {
		setting: 'main',
		findings: { present: [] as string[], absent: [] as string[] },
		tests: { positive: [] as string[], negative: [] as string[] },
	};

	it('finds the rank of the reported diagnosis', () => {
		// y present and tA negative: A 0.4 × 0.2/0.9 = 0.088889, B 0.8, F 0.2, other 0.2 → B first, F second, A third.
		const outcome = runCase(model, {
			...base,
			id: 'one',
			diagnosis: 'a',
			findings: { present: ['y'], absent: [] },
			tests: { positive: [], negative: ['ta'] },
		});
		expect(outcome).toMatchObject({
			outcome: 'ranked',
			line: 'a',
			rank: 3,
			top1: false,
			top3: true,
		});
		expect(outcome.probability).toBeCloseTo(0.088889 / 1.288889, 5);
		expect(outcome.leaders.map((l) => l.id)).toEqual(['b', 'f', 'a']);
	});

	it('counts a sub-cause at its family’s line', () => {
		// v present (strong for K): F 0.1 + 0.294118 = 0.394118 of 1.194118 = 33 %, A 0.4 → 33.5 %: A first, F second.
		const outcome = runCase(model, {
			...base,
			id: 'two',
			diagnosis: 'k',
			findings: { present: ['v'], absent: [] },
		});
		expect(outcome).toMatchObject({ line: 'f', rank: 2, top1: false, top3: true });
	});

	it('counts an unranked diagnosis as found when the red-flag alert shows, an emergency only then', () => {
		const alert = runCase(
			model,
			{ ...base, id: 'three', diagnosis: 'umbrella', findings: { present: ['z'], absent: [] } },
			new Set(['umbrella']),
		);
		expect(alert).toMatchObject({ outcome: 'alert', top3: true });
		// x present: A 0.4 × 2.941 = 1.176, F 0.2, B 0.2, something else 0.2: something else shares second place.
		const other = runCase(model, {
			...base,
			id: 'four',
			diagnosis: 'umbrella',
			findings: { present: ['x'], absent: [] },
		});
		expect(other).toMatchObject({ outcome: 'other', rank: 2, top1: false, top3: true });
		// x, y and w present: A 1.176, B 0.2 × 4 = 0.8, F 0.2 × 2 = 0.4, something else 0.2: fourth, a miss.
		const missed = runCase(model, {
			...base,
			id: 'four-b',
			diagnosis: 'umbrella',
			findings: { present: ['x', 'y', 'w'], absent: [] },
		});
		expect(missed).toMatchObject({ outcome: 'not-ranked', rank: 4, top3: false });
		const emergencyMissed = runCase(
			model,
			{ ...base, id: 'five', diagnosis: 'umbrella', findings: { present: ['x'], absent: [] } },
			new Set(['umbrella']),
		);
		expect(emergencyMissed).toMatchObject({ outcome: 'not-ranked', top3: false });
	});

	it('says where the diagnosis landed in words', () => {
		const name = (id: string) => id.toUpperCase();
		const ranked = runCase(model, {
			...base,
			id: 'w1',
			diagnosis: 'k',
			findings: { present: ['v'], absent: [] },
		});
		expect(outcomeWords(ranked, name)).toBe(
			'The helper puts K (counted at its family, F, which the list ranks) at rank 2 with 33%. In the first three.',
		);
		const alert = runCase(
			model,
			{ ...base, id: 'w2', diagnosis: 'umbrella', findings: { present: ['z'], absent: [] } },
			new Set(['umbrella']),
		);
		expect(outcomeWords(alert, name)).toMatch(
			/^The helper does not rank UMBRELLA: its red-flag alert/,
		);
		const other = runCase(model, {
			...base,
			id: 'w3',
			diagnosis: 'umbrella',
			findings: { present: ['x'], absent: [] },
		});
		expect(outcomeWords(other, name)).toBe(
			"UMBRELLA is not on the helper's list; its share for something else (11%) comes at rank 2. In the first three.",
		);
		const missed = runCase(model, {
			...base,
			id: 'w4',
			diagnosis: 'umbrella',
			findings: { present: ['x', 'y', 'w'], absent: [] },
		});
		expect(outcomeWords(missed, name)).toMatch(
			/comes only at rank 4\. Outside the first three: a miss\.$/,
		);
		const silent = runCase(
			model,
			{ ...base, id: 'w5', diagnosis: 'umbrella', findings: { present: ['x'], absent: [] } },
			new Set(['umbrella']),
		);
		expect(outcomeWords(silent, name)).toMatch(/only through its red-flag alert, and no red flag/);
		const first = runCase(model, {
			...base,
			id: 'w6',
			diagnosis: 'a',
			findings: { present: ['x'], absent: [] },
		});
		expect(outcomeWords(first, name)).toMatch(/at rank 1 with \d+%\. First on the list\.$/);
	});

	it('summarises a library with top-1 and top-3 shares and lists the misses', () => {
		const outcomes = (
			[
				{ ...base, id: 'a1', diagnosis: 'a', findings: { present: ['x'], absent: [] } },
				{ ...base, id: 'b1', diagnosis: 'b', findings: { present: ['y'], absent: [] } },
				{ ...base, id: 'b2', diagnosis: 'b', findings: { present: ['z'], absent: [] } },
				{
					...base,
					id: 'u1',
					diagnosis: 'umbrella',
					findings: { present: ['x', 'y', 'w'], absent: [] },
				},
			] satisfies CaseInput[]
		).map((c) => runCase(model, c));
		// a1: A 0.4 × 2.941 = 1.176 leads. b1: B 0.8 leads. b2: B × 0.1 = 0.02, third of the three lines.
		// u1: the umbrella term is not on the list, and something else (0.2) is fourth behind A 1.176,
		// B 0.8 and F 0.4: a miss.
		const summary = summarise(outcomes);
		expect(summary).toMatchObject({ cases: 4, top1: 2, top3: 3 });
		expect(summary.top3Share).toBeCloseTo(3 / 4, 12);
		expect(summary.misses.map((m) => m.id)).toEqual(['u1']);
	});
});

describe('the published case library (content/cases)', () => {
	const { content, cases, conditions } = loadContent();
	const model = modelFromContent(content);
	const emergencies = new Set(conditions.filter((c) => c.data.emergency).map((c) => c.id));
	const ref = (r: string | { id: string }) => (typeof r === 'string' ? r : r.id);
	const library: CaseInput[] = cases.map((c) => {
		const d = c.data as {
			setting: string;
			findings: { present: Array<{ id: string }>; absent: Array<{ id: string }> };
			tests: { positive: Array<{ id: string }>; negative: Array<{ id: string }> };
			diagnosis: { id: string };
		};
		return {
			id: c.id,
			setting: d.setting,
			findings: { present: d.findings.present.map(ref), absent: d.findings.absent.map(ref) },
			tests: { positive: d.tests.positive.map(ref), negative: d.tests.negative.map(ref) },
			diagnosis: ref(d.diagnosis),
		};
	});

	it('has cases to run', () => {
		expect(library.length).toBeGreaterThanOrEqual(30);
	});

	it('names a setting the helper has for every case', () => {
		const settings = new Set(model.settings.map((s) => s.id));
		expect(
			library.filter((c) => !settings.has(c.setting)).map((c) => `${c.id}: setting "${c.setting}"`),
		).toEqual([]);
	});

	it(`puts the authors' diagnosis in the top 3 and top 1 at least as often as measured (floors ${Math.round(TOP3_FLOOR * 100)} % and ${Math.round(TOP1_FLOOR * 100)} %)`, () => {
		const outcomes = library.map((c) => runCase(model, c, emergencies));
		const summary = summarise(outcomes);
		const share = (x: number) => `${Math.round(x * 100)}%`;
		console.info(
			`Case library: ${summary.cases} cases; top 1 ${summary.top1} (${share(summary.top1Share)}), top 3 ${summary.top3} (${share(summary.top3Share)}).` +
				(summary.misses.length > 0
					? `\nOutside the top 3: ${summary.misses.map((m) => `${m.id} (${m.diagnosis}: ${m.outcome === 'ranked' ? `rank ${m.rank}` : m.outcome})`).join(', ')}`
					: ''),
		);
		expect(
			summary.top3Share,
			`top 3 in ${share(summary.top3Share)} of ${summary.cases} cases`,
		).toBeGreaterThanOrEqual(TOP3_FLOOR - 1e-9);
		expect(summary.top1Share, `top 1 in ${share(summary.top1Share)}`).toBeGreaterThanOrEqual(
			TOP1_FLOOR - 1e-9,
		);
	});
});
