import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDose, formatProgramme, limits, parseDose, parseProgramme, type ProgrammeDose } from '../../src/lib/programme.ts';

const known = new Set(['bird-dog', 'glute-bridge', 'piriformis-stretch']);

describe('doses', () => {
	it.each([
		['3x10', { sets: { min: 3 }, reps: { min: 10 } }],
		['3x8-12', { sets: { min: 3 }, reps: { min: 8, max: 12 } }],
		['3x30s', { sets: { min: 3 }, holdSeconds: { min: 30 } }],
		['2-3x20-30s', { sets: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 } }],
		['3X10', { sets: { min: 3 }, reps: { min: 10 } }],
	])('parses %s', (text, dose) => {
		expect(parseDose(text)).toEqual(dose);
	});

	it.each(['', 'x10', '3x', '3x10x2', '0x10', '3x0', '3x12-8', '21x10', '3x101', '3x601s', 'three x ten', '3x10m', '-1x10', '3x1e2'])(
		'rejects %j',
		(text) => {
			expect(parseDose(text)).toBeUndefined();
		},
	);
});

const range = (max: number) =>
	fc
		.tuple(fc.integer({ min: 1, max }), fc.integer({ min: 0, max: 20 }))
		.map(([min, extra]) => (extra === 0 || min + extra > max ? { min } : { min, max: min + extra }));
const dose: fc.Arbitrary<ProgrammeDose> = fc.oneof(
	fc.record({ sets: range(limits.sets), reps: range(limits.reps) }),
	fc.record({ sets: range(limits.sets), holdSeconds: range(limits.holdSeconds) }),
);

describe('programme links', () => {
	it('reads the documented example', () => {
		const parsed = parseProgramme('?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s', known);
		expect(parsed.items.map((i) => [i.id, i.dose && formatDose(i.dose)])).toEqual([
			['bird-dog', '3x10'],
			['glute-bridge', '3x8-12'],
			['piriformis-stretch', '3x30s'],
		]);
		expect(parsed.notices).toEqual([]);
	});

	it('round-trips any programme through format and parse, order kept', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...known)),
				fc.array(fc.option(dose, { nil: undefined }), { minLength: 3, maxLength: 3 }),
				fc.string({ maxLength: 80 }),
				(ids, doses, note) => {
					const programme = { items: ids.map((id, i) => ({ id, dose: doses[i] })), note: note.trim() };
					const parsed = parseProgramme(formatProgramme(programme), known);
					expect(parsed.notices).toEqual([]);
					expect(parsed.note).toBe(programme.note);
					expect(parsed.items.map((i) => [i.id, i.dose && formatDose(i.dose)])).toEqual(
						programme.items.map((i) => [i.id, i.dose && formatDose(i.dose)]),
					);
				},
			),
		);
	});

	it('skips unknown ids, repeats and malformed doses with a notice each', () => {
		const parsed = parseProgramme('?e=bird-dog:3x10,nope:3x10,bird-dog:2x5,glute-bridge:lots,piriformis-stretch:3x30s:extra', known);
		expect(parsed.items.map((i) => i.id)).toEqual(['bird-dog']);
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
