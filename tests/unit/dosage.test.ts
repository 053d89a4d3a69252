import { describe, expect, it } from 'vitest';
import {
	doseWords,
	durationWords,
	formatRange,
	frequencyWords,
	restWords,
	usualDose,
} from '../../src/lib/exercise/dosage.ts';

describe('formatRange', () => {
	it('writes a range with an en dash in words and a hyphen in links, and a single number alone', () => {
		expect(formatRange({ min: 8, max: 12 })).toBe('8–12');
		expect(formatRange({ min: 8, max: 12 }, { dash: '-' })).toBe('8-12');
		expect(formatRange({ min: 10 })).toBe('10');
		expect(formatRange({ min: 10, max: 10 })).toBe('10');
	});
});

describe('doseWords', () => {
	it.each([
		[
			{ sets: { min: 3 }, reps: { min: 8, max: 12 } },
			true,
			'3 sets of 8–12 repetitions, each side',
		],
		[
			{ sets: { min: 1 }, reps: { min: 2, max: 3 }, holdSeconds: { min: 20, max: 30 } },
			false,
			'1 set of 2–3 repetitions, holding each for 20–30 seconds',
		],
		[{ sets: { min: 3 }, holdSeconds: { min: 30 } }, false, '3 sets, holding for 30 seconds'],
		[{ sets: { min: 1 }, holdSeconds: { min: 1 } }, true, '1 set, holding for 1 second, each side'],
		[{ sets: { min: 2, max: 3 }, reps: { min: 1 } }, false, '2–3 sets of 1 repetition'],
		[
			{ sets: { min: 6, max: 10 }, holdSeconds: { min: 180, max: 300 } },
			false,
			'6–10 sets of 3–5 minutes',
		],
		[{ sets: { min: 3 }, holdSeconds: { min: 60 } }, true, '3 sets of 1 minute, each side'],
	] as const)('%j (each side: %s) → %s', (dose, perSide, words) => {
		expect(doseWords(dose, perSide)).toBe(words);
	});
});

describe('durationWords', () => {
	it('words whole minutes from a minute up, seconds otherwise', () => {
		expect(durationWords({ min: 180, max: 300 })).toBe('3–5 minutes');
		expect(durationWords({ min: 60 })).toBe('1 minute');
		expect(durationWords({ min: 90 })).toBe('90 seconds');
		expect(durationWords({ min: 60, max: 90 })).toBe('60–90 seconds');
		expect(durationWords({ min: 30 })).toBe('30 seconds');
	});
});

describe('usualDose', () => {
	const sets = { min: 2, max: 3 };
	it('keeps repetitions, a hold, or both, as the content gives them', () => {
		expect(usualDose({ sets, reps: { min: 8 } })).toEqual({ sets, reps: { min: 8 } });
		expect(usualDose({ sets, holdSeconds: { min: 30 } })).toEqual({
			sets,
			holdSeconds: { min: 30 },
		});
		expect(
			usualDose({ sets, reps: { min: 6, max: 10 }, holdSeconds: { min: 5, max: 10 } }),
		).toEqual({
			sets,
			reps: { min: 6, max: 10 },
			holdSeconds: { min: 5, max: 10 },
		});
	});
	it('refuses a dosage with neither, which the schema never lets through', () => {
		expect(() => usualDose({ sets })).toThrow(/reps, holdSeconds or both/);
	});
});

describe('rest and frequency', () => {
	it('words the rest between sets, or between repetitions when there is only one set, and how often', () => {
		expect(restWords({ restSeconds: { min: 60, max: 90 }, sets: { min: 2, max: 3 } })).toBe(
			'Rest 60–90 seconds between sets',
		);
		expect(restWords({ restSeconds: { min: 15, max: 30 }, sets: { min: 1 } })).toBe(
			'Rest 15–30 seconds between repetitions',
		);
		expect(restWords({ restSeconds: { min: 45 }, sets: { min: 1, max: 2 } })).toBe(
			'Rest 45 seconds between sets',
		);
		expect(frequencyWords({ times: 1, per: 'day' })).toBe('Once a day');
		expect(frequencyWords({ times: 2, per: 'day' })).toBe('Twice a day');
		expect(frequencyWords({ times: 3, per: 'week' })).toBe('3 times a week');
	});
});
