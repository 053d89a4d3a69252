import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dose } from '../../src/lib/exercise/dosage.ts';
import {
	formatDose,
	formatProgramme,
	handoutDoses,
	limits,
	parseDose,
	parseFrequency,
	parseProgramme,
	parseRest,
	sides,
	programmeDose,
	programmeEditQuery,
} from '../../src/lib/exercise/programme.ts';

const known = new Set(['bird-dog', 'glute-bridge', 'piriformis-stretch']);

describe('doses', () => {
	it.each([
		['3x10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3x8-12', { sets: { min: 3 }, reps: { min: 8, max: 12 } }],
		['3x30s', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['2-3x20-30s', { sets: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 } }],
		['3X10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3x10x5s', { sets: { min: 3 }, reps: { min: 10 }, holdSeconds: { min: 5 } }],
		[
			'2-3x6-10x5-10s',
			{ sets: { min: 2, max: 3 }, reps: { min: 6, max: 10 }, holdSeconds: { min: 5, max: 10 } },
		],
		// The ways clinicians write doses, as typed into the builder.
		['3 x 10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3×10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3 x 30s', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['3×30s', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['3x30 sec', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['3x30sec', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['3 x 30 seconds', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['3 sets of 10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3 sets of 10 reps', { sets: { min: 3 }, reps: { min: 10 } }],
		['2x8–12', { sets: { min: 2 }, reps: { min: 8, max: 12 } }],
		['2 x 8 to 12', { sets: { min: 2 }, reps: { min: 8, max: 12 } }],
		['3x10x5 sec', { sets: { min: 3 }, reps: { min: 10 }, holdSeconds: { min: 5 } }],
		['3 × 10 × 5s', { sets: { min: 3 }, reps: { min: 10 }, holdSeconds: { min: 5 } }],
		// Durations: a walk or a timed set.
		['20 min', { sets: { min: 1 }, holdSeconds: { min: 1200 } }],
		['6x3-5min', { sets: { min: 6 }, holdSeconds: { min: 180, max: 300 } }],
		['3 x 1 minute', { sets: { min: 3 }, holdSeconds: { min: 60 } }],
		['30s', { sets: { min: 1 }, holdSeconds: { min: 30 } }],
	])('parses %s', (text, dose) => {
		expect(parseDose(text)).toEqual(dose);
	});

	it.each([
		'',
		'x10',
		'3x',
		'3x10x2',
		'3x10xs',
		'3x10x0s',
		'3x10x3601s',
		'3x101x5s',
		'3x30sx5s',
		'0x10',
		'3x0',
		'3x12-8',
		'21x10',
		'3x101',
		'3x3601s',
		'3x61min',
		'10',
		'3x10x2min x',
		'3 x ten',
		'three x ten',
		'3x10m',
		'-1x10',
		'3x1e2',
	])('rejects %j', (text) => {
		expect(parseDose(text)).toBeUndefined();
	});
});

const range = (max: number) =>
	fc
		.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 20 }))
		.map(([min, extra]) =>
			extra === 0 || min + extra > max ? { min } : { min, max: min + extra },
		);
const dose: fc.Arbitrary<Dose> = fc.oneof(
	fc.record({ sets: range(limits.sets), reps: range(limits.reps) }),
	fc.record({ sets: range(limits.sets), holdSeconds: range(limits.holdSeconds) }),
	fc.record({
		sets: range(limits.sets),
		reps: range(limits.reps),
		holdSeconds: range(limits.holdSeconds),
	}),
);

describe('formatDose', () => {
	it('writes each form the parser reads', () => {
		expect(formatDose({ sets: { min: 3 }, reps: { min: 10 } })).toBe('3x10');
		expect(formatDose({ sets: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 } })).toBe(
			'2-3x20-30s',
		);
		expect(
			formatDose({ sets: { min: 1 }, reps: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 } }),
		).toBe('1x2-3x20-30s');
	});
	it('round-trips any dose through parse', () => {
		fc.assert(
			fc.property(dose, (d) => {
				expect(parseDose(formatDose(d))).toEqual(d);
			}),
		);
	});
});

describe('programmeDose: what a handout prescribes', () => {
	// Usual doses as in content/exercises: piriformis-stretch holds each repetition; clamshell does not.
	const piriformis: Dose = {
		sets: { min: 1 },
		reps: { min: 2, max: 3 },
		holdSeconds: { min: 20, max: 30 },
	};
	const clamshell: Dose = { sets: { min: 2, max: 3 }, reps: { min: 10, max: 15 } };
	it('gives the usual dose, hold included, when the link has none', () => {
		expect(programmeDose(undefined, piriformis)).toEqual(piriformis);
	});
	it('keeps the usual hold under a link dose of repetitions alone, which older links could not give a hold', () => {
		expect(programmeDose({ sets: { min: 3 }, reps: { min: 10 } }, piriformis)).toEqual({
			sets: { min: 3 },
			reps: { min: 10 },
			holdSeconds: { min: 20, max: 30 },
		});
	});
	it('takes a link dose with a hold, or a held dose, as written', () => {
		expect(
			programmeDose({ sets: { min: 3 }, reps: { min: 10 }, holdSeconds: { min: 5 } }, piriformis),
		).toEqual({ sets: { min: 3 }, reps: { min: 10 }, holdSeconds: { min: 5 } });
		expect(programmeDose({ sets: { min: 3 }, holdSeconds: { min: 30 } }, piriformis)).toEqual({
			sets: { min: 3 },
			holdSeconds: { min: 30 },
		});
	});
	it('adds no hold to an exercise that has none', () => {
		expect(programmeDose({ sets: { min: 3 }, reps: { min: 12 } }, clamshell)).toEqual({
			sets: { min: 3 },
			reps: { min: 12 },
		});
	});
});

describe('handoutDoses', () => {
	const cards = new Map([
		[
			'piriformis-stretch',
			{
				usualDose: {
					sets: { min: 1 },
					reps: { min: 2, max: 3 },
					holdSeconds: { min: 20, max: 30 },
				},
				perSide: false,
				usualRest: { min: 30 },
				usualFrequency: { times: 1, per: 'day' as const },
			},
		],
		[
			'bird-dog',
			{
				usualDose: {
					sets: { min: 2, max: 3 },
					reps: { min: 6, max: 10 },
					holdSeconds: { min: 5, max: 10 },
				},
				perSide: true,
				usualRest: { min: 60, max: 90 },
				usualFrequency: { times: 3, per: 'week' as const },
			},
		],
	]);
	it('words each item’s dose, says which the link set, and leaves out items with no card', () => {
		const parsed = parseProgramme('?e=piriformis-stretch,bird-dog:3x10', new Set(cards.keys()));
		expect(handoutDoses([...parsed.items, { id: 'gone' }], cards)).toEqual([
			{
				id: 'piriformis-stretch',
				words: '1 set of 2–3 repetitions, holding each for 20–30 seconds',
				rest: 'Rest 30 seconds between repetitions',
				frequency: 'Once a day',
				instruction: '',
				fromLink: false,
			},
			{
				id: 'bird-dog',
				words: '3 sets of 10 repetitions, holding each for 5–10 seconds, each side',
				rest: 'Rest 60–90 seconds between sets',
				frequency: '3 times a week',
				instruction: '',
				fromLink: true,
			},
		]);
	});
	it('words the link’s frequency, rest, side and instruction over the usual ones', () => {
		const parsed = parseProgramme(
			'?e=bird-dog::2/day:rest45:left,piriformis-stretch:2x45s:right&i.bird-dog=Keep+your+back+flat',
			new Set(cards.keys()),
		);
		expect(parsed.notices).toEqual([]);
		expect(handoutDoses(parsed.items, cards)).toEqual([
			{
				id: 'bird-dog',
				words: '2–3 sets of 6–10 repetitions, holding each for 5–10 seconds, left side only',
				rest: 'Rest 45 seconds between sets',
				frequency: 'Twice a day',
				instruction: 'Keep your back flat',
				fromLink: true,
			},
			{
				id: 'piriformis-stretch',
				words: '2 sets, holding for 45 seconds, right side only',
				rest: 'Rest 30 seconds between sets',
				frequency: 'Once a day',
				instruction: '',
				fromLink: true,
			},
		]);
	});
});

describe('programme links', () => {
	it('reads the documented example', () => {
		const parsed = parseProgramme(
			'?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s',
			known,
		);
		expect(parsed.items.map((i) => [i.id, i.dose && formatDose(i.dose)])).toEqual([
			['bird-dog', '3x10'],
			['glute-bridge', '3x8-12'],
			['piriformis-stretch', '3x30s'],
		]);
		expect(parsed.notices).toEqual([]);
	});

	it('round-trips any programme through format and parse, order, dose, frequency, rest, side and instruction kept', () => {
		const extras = fc.record(
			{
				dose,
				frequency: fc.oneof(
					fc.record({
						times: fc.integer({ min: 1, max: limits.timesPerDay }),
						per: fc.constant('day' as const),
					}),
					fc.record({
						times: fc.integer({ min: 1, max: limits.timesPerWeek }),
						per: fc.constant('week' as const),
					}),
				),
				restSeconds: range(limits.restSeconds),
				side: fc.constantFrom(...sides),
				// A one-line instruction as the parser keeps it: no leading, trailing or repeated spaces.
				instruction: fc
					.string({ minLength: 1, maxLength: limits.instruction })
					.map((t) => t.replace(/\s+/g, ' ').trim())
					.filter((t) => t.length > 0),
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...known)),
				fc.array(extras, { minLength: 3, maxLength: 3 }),
				fc.string({ maxLength: 80 }),
				fc.boolean(),
				(ids, parts, note, edit) => {
					const programme = {
						items: ids.map((id, i) => ({ id, ...parts[i] })),
						note: note.trim(),
					};
					const parsed = parseProgramme(formatProgramme(programme, { edit }), known);
					expect(parsed.notices).toEqual([]);
					expect(parsed.note).toBe(programme.note);
					expect(parsed.edit).toBe(edit);
					expect(parsed.items).toEqual(programme.items.map((i) => ({ ...i, dose: i.dose })));
				},
			),
		);
	});

	it('writes an item with no dose but other parts with an empty dose, which reads back as the usual dose', () => {
		const query = formatProgramme({ items: [{ id: 'bird-dog', side: 'left' }], note: '' });
		expect(query).toBe('?e=bird-dog::left');
		expect(parseProgramme(query, known).items).toEqual([
			{ id: 'bird-dog', dose: undefined, side: 'left' },
		]);
	});

	it('reads how often, rest and side, and rejects implausible ones', () => {
		expect(parseFrequency('2/day')).toEqual({ times: 2, per: 'day' });
		expect(parseFrequency('3/week')).toEqual({ times: 3, per: 'week' });
		for (const bad of ['0/day', '8/week', '11/day', '2/month', 'twice', '2 / day'])
			expect(parseFrequency(bad), bad).toBeUndefined();
		expect(parseRest('30-60')).toEqual({ min: 30, max: 60 });
		expect(parseRest('90s')).toEqual({ min: 90 });
		for (const bad of ['0', '601', '60-30', 'long']) expect(parseRest(bad), bad).toBeUndefined();
	});

	it('keeps an exercise whose optional part it cannot read, saying what it ignored', () => {
		const parsed = parseProgramme('?e=bird-dog:3x10:4/month:rest9999:upside', known);
		expect(parsed.items).toEqual([
			{ id: 'bird-dog', dose: { sets: { min: 3 }, reps: { min: 10 } } },
		]);
		expect(parsed.notices).toHaveLength(3);
		expect(parsed.notices[0]).toBe('Ignored “4/month” for “bird-dog”.');
	});

	it('keeps an instruction to one line of at most the limit, and only for an exercise in the programme', () => {
		const parsed = parseProgramme(
			`?e=bird-dog&i.bird-dog=${encodeURIComponent('Slow\n\n  and steady ' + 'x'.repeat(300))}&i.glute-bridge=Unused`,
			known,
		);
		expect(parsed.items[0]?.instruction).toMatch(/^Slow and steady x+$/);
		expect(parsed.items[0]?.instruction).toHaveLength(limits.instruction);
		expect(formatProgramme(parsed)).not.toContain('glute-bridge');
	});

	it('opens the builder with a condition’s exercises ticked', () => {
		expect(programmeEditQuery(['bird-dog', 'clamshell'])).toBe('?e=bird-dog,clamshell&edit=1');
	});

	it('caps a link at the item limit and cuts a long note, saying so', () => {
		const many = new Set(Array.from({ length: limits.items + 2 }, (_, i) => `e${i}`));
		const parsed = parseProgramme(
			`?e=${[...many].join(',')}&n=${'x'.repeat(limits.note + 5)}`,
			many,
		);
		expect(parsed.items).toHaveLength(limits.items);
		expect(parsed.note).toHaveLength(limits.note);
		expect(parsed.notices).toEqual([
			`Only the first ${limits.items} exercises are shown.`,
			`The note was cut to ${limits.note} characters.`,
		]);
		expect(formatProgramme({ items: [], note: ' ' })).toBe('');
	});

	it('skips unknown ids, repeats and malformed doses with a notice each', () => {
		const parsed = parseProgramme(
			'?e=bird-dog:3x10,nope:3x10,bird-dog:2x5,glute-bridge:lots,piriformis-stretch:3x30s:extra',
			known,
		);
		// An unreadable optional part ("extra") costs only that part, not the exercise.
		expect(parsed.items.map((i) => i.id)).toEqual(['bird-dog', 'piriformis-stretch']);
		expect(parsed.notices).toHaveLength(4);
		expect(parsed.notices[0]).toContain('unknown exercise “nope”');
		expect(parsed.notices[1]).toContain('repeat of “bird-dog”');
		expect(parsed.notices[2]).toContain('“glute-bridge”');
	});

	it('never echoes markup or throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (e, n) => {
				const search = `?e=${encodeURIComponent(e)}&n=${encodeURIComponent(n)}`;
				const parsed = parseProgramme(search, known);
				for (const notice of parsed.notices) expect(notice).not.toMatch(/[<>"]/);
				expect(parsed.note.length).toBeLessThanOrEqual(limits.note);
			}),
		);
		expect(() => parseProgramme('?e=%E0%A4%A', known)).not.toThrow();
	});
});
