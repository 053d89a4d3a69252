/** Turns a structured dosage into the words printed on exercise pages and handouts. */

export interface Range {
	min: number;
	max?: number | undefined;
}

export interface DosageData {
	sets: Range;
	reps?: Range | undefined;
	holdSeconds?: Range | undefined;
	perSide: boolean;
	restSeconds: Range;
	frequency: { times: number; per: 'day' | 'week' };
}

/** "8–12" or "10". */
export function formatRange(range: Range): string {
	return range.max === undefined || range.max === range.min ? String(range.min) : `${range.min}–${range.max}`;
}

const plural = (range: Range, one: string, many: string) => ((range.max ?? range.min) === 1 ? one : many);

/** "3 sets of 8–12 repetitions, each side" / "3 holds of 30 seconds". */
export function formatVolume(d: DosageData): string {
	const sets = `${formatRange(d.sets)} ${plural(d.sets, 'set', 'sets')}`;
	const side = d.perSide ? ', each side' : '';
	if (d.reps && d.holdSeconds) {
		return `${sets} of ${formatRange(d.reps)} ${plural(d.reps, 'repetition', 'repetitions')}, holding each for ${formatRange(d.holdSeconds)} ${plural(d.holdSeconds, 'second', 'seconds')}${side}`;
	}
	if (d.reps) return `${sets} of ${formatRange(d.reps)} ${plural(d.reps, 'repetition', 'repetitions')}${side}`;
	const hold = d.holdSeconds ?? { min: 0 };
	return `${sets}, holding for ${formatRange(hold)} ${plural(hold, 'second', 'seconds')}${side}`;
}

/** "Rest 60–90 seconds between sets." */
export function formatRest(d: Pick<DosageData, 'restSeconds'>): string {
	return `Rest ${formatRange(d.restSeconds)} ${plural(d.restSeconds, 'second', 'seconds')} between sets`;
}

/** "Once a day", "Twice a day", "3 times a week". */
export function formatFrequency(f: DosageData['frequency']): string {
	const times = f.times === 1 ? 'Once' : f.times === 2 ? 'Twice' : `${f.times} times`;
	return `${times} a ${f.per}`;
}

/** The words for a clinician's programme dose: "3 sets of 8–12 repetitions, each side". */
export function formatDoseWords(dose: { sets: Range; reps?: Range | undefined; holdSeconds?: Range | undefined }, perSide: boolean): string {
	const sets = `${formatRange(dose.sets)} ${plural(dose.sets, 'set', 'sets')}`;
	const side = perSide ? ', each side' : '';
	if (dose.holdSeconds) return `${sets}, holding for ${formatRange(dose.holdSeconds)} ${plural(dose.holdSeconds, 'second', 'seconds')}${side}`;
	if (dose.reps) return `${sets} of ${formatRange(dose.reps)} ${plural(dose.reps, 'repetition', 'repetitions')}${side}`;
	return `${sets}${side}`;
}
