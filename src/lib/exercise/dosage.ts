/**
 * The dose of an exercise, one concept for the whole site: the structured dosage in content
 * (src/schemas/exercise.ts), the words on exercise pages, printed sheets and handouts, and the dose a
 * clinician writes into a home-programme link (./programme.ts) all go through this module.
 */
import type { z } from 'astro/zod';
import type { dosageSchema } from '../../schemas/exercise.ts';
import type { countRange } from '../../schemas/shared.ts';

/** An inclusive whole-number range such as 8–12 (`max` omitted for a single number), as the schema defines it. */
export type CountRange = z.infer<typeof countRange>;

/** An exercise's structured dosage, as the schema defines it. */
export type Dosage = z.infer<typeof dosageSchema>;

/**
 * What a dose prescribes: sets, and repetitions, a hold in seconds, or both (each repetition held).
 * The schema guarantees one of the two; the type does too.
 */
export type Dose = { sets: CountRange } & (
	| { reps: CountRange; holdSeconds?: CountRange | undefined }
	| { reps?: undefined; holdSeconds: CountRange }
);

/**
 * A range as text: "8–12" in words (an en dash, the default) or "8-12" in a link (a hyphen, which
 * survives being typed and read aloud); a single number, or a range whose ends are equal, as "10".
 */
export function formatRange(range: CountRange, { dash = '–' }: { dash?: '–' | '-' } = {}): string {
	return range.max === undefined || range.max === range.min
		? String(range.min)
		: `${range.min}${dash}${range.max}`;
}

/** "1 set", "2–3 sets": singular only when the range is exactly one. */
function counted(range: CountRange, one: string, many: string): string {
	return `${formatRange(range)} ${(range.max ?? range.min) === 1 ? one : many}`;
}

/**
 * A time in words: whole minutes from a minute up ("3–5 minutes", which a walk or a timed set is
 * written in), seconds otherwise ("20–30 seconds").
 */
export function durationWords(seconds: CountRange): string {
	const ends = [seconds.min, seconds.max ?? seconds.min];
	if (seconds.min >= 60 && ends.every((s) => s % 60 === 0)) {
		const minutes =
			seconds.max === undefined
				? { min: seconds.min / 60 }
				: { min: seconds.min / 60, max: seconds.max / 60 };
		return counted(minutes, 'minute', 'minutes');
	}
	return counted(seconds, 'second', 'seconds');
}

/**
 * The dose in words, the one wording the site uses:
 * "3 sets of 8–12 repetitions, each side", "1 set of 2–3 repetitions, holding each for 20–30 seconds",
 * "3 sets, holding for 30 seconds", "6–10 sets of 3–5 minutes".
 */
export function doseWords(dose: Dose, perSide: boolean): string {
	const sets = counted(dose.sets, 'set', 'sets');
	const side = perSide ? ', each side' : '';
	if (dose.reps === undefined) {
		const time = durationWords(dose.holdSeconds);
		// Minutes are a walk or a timed round ("6 sets of 3–5 minutes"), not a held position.
		return time.endsWith('minute') || time.endsWith('minutes')
			? `${sets} of ${time}${side}`
			: `${sets}, holding for ${time}${side}`;
	}
	const hold = dose.holdSeconds ? `, holding each for ${durationWords(dose.holdSeconds)}` : '';
	return `${sets} of ${counted(dose.reps, 'repetition', 'repetitions')}${hold}${side}`;
}

/**
 * The dose an exercise's content gives as its usual starting dose: sets with its repetitions, its
 * hold, or both. Throws when the dosage has neither, which the schema never lets through.
 */
export function usualDose(dosage: Pick<Dosage, 'sets' | 'reps' | 'holdSeconds'>): Dose {
	const { sets, reps, holdSeconds } = dosage;
	if (reps) return holdSeconds ? { sets, reps, holdSeconds } : { sets, reps };
	if (holdSeconds) return { sets, holdSeconds };
	throw new Error('a dosage needs reps, holdSeconds or both (src/schemas/exercise.ts)');
}

/**
 * "Rest 60–90 seconds between sets"; with only ever one set, the rest falls between repetitions
 * ("1 set of 2–3 repetitions, holding each for 20–30 seconds. Rest 15–30 seconds between repetitions").
 */
export function restWords(dosage: { restSeconds: CountRange; sets: CountRange }): string {
	const oneSet = (dosage.sets.max ?? dosage.sets.min) === 1;
	return `Rest ${durationWords(dosage.restSeconds)} between ${oneSet ? 'repetitions' : 'sets'}`;
}

/** "Once a day", "Twice a day", "3 times a week". */
export function frequencyWords(frequency: Dosage['frequency']): string {
	const times =
		frequency.times === 1 ? 'Once' : frequency.times === 2 ? 'Twice' : `${frequency.times} times`;
	return `${times} a ${frequency.per}`;
}
