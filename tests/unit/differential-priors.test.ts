import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone, input, prior } from './differential-fixture.ts';
import {
	analyse,
	buildEngineModel,
	formatQuery,
	normaliseState,
	parseQuery,
	percentText,
	priorLabel,
	priorRows,
	readPriorFields,
	type PriorField,
} from '../../src/lib/differential/engine/index.ts';

// The fixture's one setting: A 40 %, family F 20 % (sub-cause K half of it), B 20 %, something else 20 %.
const model = buildEngineModel(input);
const read = (...fields: Array<[string, string | null]>) =>
	readPriorFields(
		model,
		'main',
		fields.map(([id, text]) => ({ id, text })),
	);

describe('the prior rows of a setting', () => {
	it('lists ranked conditions by name, a sub-cause under its family as a share, then something else', () => {
		const rows = priorRows(model, 'main');
		expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'f', 'k', 'other']);
		const k = rows.find((r) => r.id === 'k')!;
		expect(k.family).toBe('F');
		expect(k.text).toBe('50');
		expect(k.basis).toBe('Default share: 50%. No published figure: a cautious judgment.');
		const b = rows.find((r) => r.id === 'b')!;
		expect(b.basis).toBe('Published: 20%. Source: Smith 2020.');
		expect(rows.at(-1)!.name).toMatch(/^Something else/);
		expect(rows.every((r) => !r.fine)).toBe(true);
	});

	it('falls back to the first setting for an unknown one, and steps rare priors by tenths', () => {
		const rare = clone();
		rare.settings[0]!.priors[0] = prior('a', 0.002);
		rare.settings[0]!.other = { probability: 0.598, range: [0.4, 0.8], detail: 'rest' };
		const rows = priorRows(buildEngineModel(rare), 'nowhere');
		const a = rows.find((r) => r.id === 'a')!;
		expect(a).toMatchObject({ text: '0.2', fine: true });
		expect(a.basis).toBe('Default: 0.2%. No published figure: a cautious judgment.');
		expect(rows.find((r) => r.id === 'other')!.basis).toBe(
			'Default: 60%, what the listed causes leave.',
		);
		expect(rows.find((r) => r.id === 'other')!.text).toBe('59.8');
	});
});

describe('printing a prior', () => {
	it('prints whole percentages from 1 % and one decimal below', () => {
		expect(priorLabel(0.58)).toBe('58%');
		expect(priorLabel(0.002)).toBe('0.2%');
		expect(priorLabel(0.0004)).toBe('<0.1%');
		expect(priorLabel(0)).toBe('0%');
		expect(() => priorLabel(-0.1)).toThrow(RangeError);
		expect(percentText(0.161)).toBe('16.1');
		expect(percentText(0.0025)).toBe('0.25');
		expect(percentText(0.58)).toBe('58');
	});
});

describe('reading the prior fields', () => {
	it('overrides nothing for empty fields and published values', () => {
		expect(read(['a', ''], ['b', '20'], ['k', ' 50 '], ['other', '20.0'])).toEqual({
			priors: {},
			problems: {},
		});
	});

	it('reads percents, a sub-cause as its share of the family, and something else', () => {
		expect(read(['a', '25'], ['k', '80'], ['other', '12.5'])).toEqual({
			priors: { a: 0.25, k: 0.8, other: 0.125 },
			problems: {},
		});
	});

	it('keeps two decimals of a percent, as the address does', () => {
		expect(read(['a', '12.345']).priors).toEqual({ a: 12.35 / 100 });
		expect(read(['a', '0.275']).priors).toEqual({ a: 0.28 / 100 });
		expect(read(['a', '0.001']).problems.a).toMatch(/above 0 and below 100/);
	});

	it('says what is wrong with a value it cannot use', () => {
		const { priors, problems } = read(
			['a', '0'],
			['b', '100'],
			['f', '150'],
			['k', 'abc'],
			['other', null],
		);
		expect(priors).toEqual({});
		expect(problems.a).toMatch(/above 0 and below 100/);
		expect(problems.b).toMatch(/above 0 and below 100/);
		expect(problems.f).toMatch(/above 0 and below 100/);
		expect(problems.k).toMatch(/Enter a number/);
		expect(problems.other).toMatch(/Enter a number/);
	});

	it('refuses the later field when the priors set reach 100 %, keeping the earlier ones', () => {
		const { priors, problems } = read(['a', '60'], ['other', '30'], ['b', '15']);
		expect(priors).toEqual({ a: 0.6, other: 0.3 });
		expect(Object.keys(problems)).toEqual(['b']);
		expect(problems.b).toMatch(/add up to 105\s%/);
		// Passed in the other order, the field passed last is the one refused.
		expect(Object.keys(read(['b', '15'], ['other', '30'], ['a', '60']).problems)).toEqual(['a']);
	});

	it('accepts every line set, whatever they add up to (the engine scales them to 100 %)', () => {
		const { priors, problems } = read(['a', '60'], ['b', '50'], ['f', '30'], ['other', '10']);
		expect(problems).toEqual({});
		expect(normaliseState(model, { ...empty, priors }).state.priors).toEqual(priors);
	});

	it('refuses a share that makes a family’s shares exceed the whole family', () => {
		const twins = clone();
		twins.conditions.push({
			id: 'j',
			name: 'J',
			ranked: true,
			emergency: false,
			parent: 'f',
			file: 'j.mdx',
			keyFindings: [],
		});
		twins.settings[0]!.priors.push(prior('j', 0.3, { withinParent: 'f' }));
		const m = buildEngineModel(twins);
		const fields = (...f: Array<[string, string]>) =>
			readPriorFields(
				m,
				'main',
				f.map(([id, text]) => ({ id, text })),
			);
		// K's 50 % and J's 30 %: K at 60 % fits, at 80 % it would overflow.
		expect(fields(['k', '60']).priors).toEqual({ k: 0.6 });
		const over = fields(['k', '80']);
		expect(over.priors).toEqual({});
		expect(over.problems.k).toMatch(/within F add up to more than the whole family/);
		expect(fields(['j', '10'], ['k', '80']).priors).toEqual({ j: 0.1, k: 0.8 });
		const later = fields(['k', '60'], ['j', '50']);
		expect(later.priors).toEqual({ k: 0.6 });
		expect(Object.keys(later.problems)).toEqual(['j']);
	});

	it('ignores fields it does not know and repeats of a field', () => {
		expect(read(['nowhere', '5'], ['a', '30'], ['a', '10'])).toEqual({
			priors: { a: 0.3 },
			problems: {},
		});
	});

	const empty = { present: [], absent: [], positive: [], negative: [] };
	const ids = ['a', 'b', 'f', 'k', 'other', 'nowhere'];
	const text = fc.oneof(
		fc.constant(''),
		fc.double({ min: -10, max: 120, noNaN: true }).map((x) => String(x)),
		fc.integer({ min: 0, max: 100 }).map(String),
		fc.string({ maxLength: 6 }),
		fc.constant(null),
	);

	it('keeps only what the engine keeps, and the address carries it back unchanged', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ id: fc.constantFrom(...ids), text }), { maxLength: 8 }),
				(fields: PriorField[]) => {
					const { priors, problems } = readPriorFields(model, 'main', fields);
					for (const id of Object.keys(priors)) expect(problems[id]).toBeUndefined();
					const normalised = normaliseState(model, { ...empty, priors });
					expect(normalised.notices).toEqual([]);
					expect(normalised.state.priors).toEqual(priors);
					expect(parseQuery(formatQuery({ ...empty, priors }), model).priors).toEqual(priors);
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('a prior the reader sets, in the analysis', () => {
	const run = (priors: Record<string, number>) =>
		analyse(model, { ...empty, present: ['x'], priors }, { uncertainty: false });
	const empty = { present: [], absent: [], positive: [], negative: [] };

	it('moves the condition’s odds by the ratio of the new prior odds to the published ones', () => {
		const before = run({}).lines.find((l) => l.id === 'a')!.probability;
		const after = run({ a: 0.1 }).lines.find((l) => l.id === 'a')!;
		// Odds after = odds before × (new prior odds ÷ published prior odds): 0.1/0.9 against 0.4/0.6.
		const odds = (before / (1 - before)) * (0.1 / 0.9 / (0.4 / 0.6));
		expect(after.probability).toBeCloseTo(odds / (1 + odds), 12);
		expect(after.prior).toMatchObject({ probability: 0.1, setting: 0.4, overridden: true });
		// The lines left alone are scaled to make room, keeping their proportions.
		const b = run({ a: 0.1 }).lines.find((l) => l.id === 'b')!.prior;
		expect(b).toMatchObject({ setting: 0.2, overridden: false });
		expect(b.probability).toBeCloseTo(0.2 * (0.9 / 0.6), 12);
	});
});
