/**
 * A home programme lives entirely in its link; nothing is stored or sent anywhere:
 *
 *     /exercises/programme/?e=bird-dog:3x10x5s,glute-bridge:3x8-12,piriformis-stretch&n=<note>
 *
 * Each exercise id may carry a dose, `<sets>x<amount>`, where every number may be a range ("8-12"):
 *
 * | dose        | means                                                   |
 * | ----------- | ------------------------------------------------------- |
 * | (none)      | the exercise's usual dose, whole: sets, reps and hold   |
 * | `3x10`      | 3 sets of 10 repetitions                                |
 * | `3x30s`     | 3 sets, holding for 30 seconds                          |
 * | `3x10x5s`   | 3 sets of 10 repetitions, holding each for 5 seconds    |
 *
 * `3x10x5s` is the newest form: links made before it could not say "repetitions with a hold", so
 * `3x10` for an exercise whose usual dose holds each repetition (bird dog, glute bridge, piriformis
 * stretch) keeps the usual hold; the exercise's own steps say "hold for the time your plan gives
 * you". Old links therefore keep working and keep their meaning. Parsing never throws: unknown ids
 * and malformed doses are skipped with a notice.
 */
import { listParam, printable } from '../query-params.ts';
import { doseWords, formatRange, type CountRange, type Dose } from './dosage.ts';

export interface ProgrammeItem {
	id: string;
	/** The dose the link gives; undefined when it gives none and the exercise's usual dose applies. */
	dose?: Dose | undefined;
}

export interface Programme {
	items: ProgrammeItem[];
	note: string;
}

export interface ParsedProgramme extends Programme {
	notices: string[];
}

/** Limits that keep a dose plausible and a link short. */
export const limits = { sets: 20, reps: 100, holdSeconds: 600, note: 500, items: 30 } as const;

const RANGE = /^(\d{1,3})(?:-(\d{1,3}))?$/;
const DOSE = /^([\d-]+)x([\d-]+)(?:(s)|x([\d-]+)s)?$/;

function parseRange(text: string, max: number): CountRange | undefined {
	const m = RANGE.exec(text);
	if (!m) return undefined;
	const min = Number(m[1]);
	const hi = m[2] === undefined ? undefined : Number(m[2]);
	if (min < 1 || min > max || (hi !== undefined && (hi < min || hi > max))) return undefined;
	return hi === undefined || hi === min ? { min } : { min, max: hi };
}

/** "3x10", "2-3x8-12", "3x30s", "3x20-30s", "3x10x5s" → a dose; anything else → undefined. */
export function parseDose(text: string): Dose | undefined {
	const m = DOSE.exec(text.trim().toLowerCase());
	if (!m) return undefined;
	const sets = parseRange(m[1]!, limits.sets);
	if (!sets) return undefined;
	if (m[3] === 's') {
		const holdSeconds = parseRange(m[2]!, limits.holdSeconds);
		return holdSeconds && { sets, holdSeconds };
	}
	const reps = parseRange(m[2]!, limits.reps);
	if (!reps) return undefined;
	if (m[4] === undefined) return { sets, reps };
	const holdSeconds = parseRange(m[4], limits.holdSeconds);
	return holdSeconds && { sets, reps, holdSeconds };
}

/** A dose as the link writes it: "3x10", "2-3x8-12x2-5s", "3x30s". */
export function formatDose(dose: Dose): string {
	const r = (range: CountRange) => formatRange(range, { dash: '-' });
	const hold = dose.holdSeconds ? `${r(dose.holdSeconds)}s` : '';
	return dose.reps === undefined
		? `${r(dose.sets)}x${hold}`
		: `${r(dose.sets)}x${r(dose.reps)}${hold && `x${hold}`}`;
}

/**
 * The dose a programme item prescribes, given the exercise's usual dose: the link's dose, or the
 * usual dose when the link gives none. A link dose of repetitions alone keeps the usual hold of an
 * exercise that holds each repetition (see the table at the top).
 */
export function programmeDose(linkDose: Dose | undefined, usual: Dose): Dose {
	if (!linkDose) return usual;
	if (
		linkDose.reps !== undefined &&
		!linkDose.holdSeconds &&
		usual.reps !== undefined &&
		usual.holdSeconds
	) {
		return { ...linkDose, holdSeconds: usual.holdSeconds };
	}
	return linkDose;
}

const plainId = /[a-z0-9:-]/i;

export function parseProgramme(search: string, known: ReadonlySet<string>): ParsedProgramme {
	const params = new URLSearchParams(search);
	const notices: string[] = [];
	const items: ProgrammeItem[] = [];
	const seen = new Set<string>();
	for (const raw of listParam(params, 'e')) {
		if (items.length >= limits.items) {
			notices.push(`Only the first ${limits.items} exercises are shown.`);
			break;
		}
		const [idPart = '', dosePart, ...rest] = raw.split(':');
		const id = idPart.toLowerCase();
		if (!known.has(id)) {
			notices.push(`Skipped unknown exercise “${printable(idPart, plainId)}”.`);
			continue;
		}
		if (seen.has(id)) {
			notices.push(`Skipped a repeat of “${id}”.`);
			continue;
		}
		const dose = dosePart === undefined ? undefined : parseDose(dosePart);
		if (rest.length > 0 || (dosePart !== undefined && dose === undefined)) {
			notices.push(
				`Skipped “${id}”: the dose “${printable(raw.slice(idPart.length + 1), plainId)}” is not in a form such as 3x10, 3x8-12, 3x10x5s or 3x30s.`,
			);
			continue;
		}
		seen.add(id);
		items.push({ id, dose });
	}
	let note = (params.get('n') ?? '').trim();
	if (note.length > limits.note) {
		notices.push(`The note was cut to ${limits.note} characters.`);
		note = note.slice(0, limits.note);
	}
	return { items, note, notices };
}

/** The query string of a programme ("?e=…&n=…"), or "" for an empty one. */
export function formatProgramme(programme: Programme): string {
	const params = new URLSearchParams();
	if (programme.items.length > 0) {
		params.set(
			'e',
			programme.items.map((i) => (i.dose ? `${i.id}:${formatDose(i.dose)}` : i.id)).join(','),
		);
	}
	if (programme.note.trim()) params.set('n', programme.note.trim());
	// Commas and colons are safe in a query string and keep the link readable.
	const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
	return query ? `?${query}` : '';
}

/** The query string that opens the builder with these exercises ticked, at their usual doses ("?e=a,b&edit=1"). */
export function programmeEditQuery(ids: readonly string[]): string {
	return `?e=${ids.join(',')}&edit=1`;
}

/** What the handout needs to know of each exercise to word its dose. */
export interface HandoutCard {
	usualDose: Dose;
	perSide: boolean;
}

/**
 * The dose line of each handout card: the programme's dose in words (./dosage.ts), and whether the
 * link set it (the clinician's dose) or the exercise's usual dose applies. Items with no card are left out.
 */
export function handoutDoses(
	items: readonly ProgrammeItem[],
	cards: ReadonlyMap<string, HandoutCard>,
): Array<{ id: string; words: string; fromLink: boolean }> {
	return items.flatMap((item) => {
		const card = cards.get(item.id);
		if (!card) return [];
		return [
			{
				id: item.id,
				words: doseWords(programmeDose(item.dose, card.usualDose), card.perSide),
				fromLink: item.dose !== undefined,
			},
		];
	});
}
