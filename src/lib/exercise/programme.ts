/**
 * A home programme lives entirely in its link; nothing is stored or sent anywhere:
 *
 *     /exercises/programme/?e=bird-dog:3x10x5s,glute-bridge:3x8-12:2/day:rest60,side-step::left&n=<note>&i.bird-dog=<instruction>
 *
 * Each exercise id may carry a dose, `<sets>x<amount>`, where every number may be a range ("8-12"):
 *
 * | dose        | means                                                   |
 * | ----------- | ------------------------------------------------------- |
 * | (none)      | the exercise's usual dose, whole: sets, reps and hold   |
 * | `3x10`      | 3 sets of 10 repetitions                                |
 * | `3x30s`     | 3 sets, holding for 30 seconds                          |
 * | `6x3-5min`  | 6 sets (walks) of 3–5 minutes                           |
 * | `3x10x5s`   | 3 sets of 10 repetitions, holding each for 5 seconds    |
 *
 * After the dose (which may be empty, `id::2/day`) come optional parts, each recognisable by itself:
 * `2/day` or `3/week` (how often), `rest30-60` (seconds between sets), `left`, `right` or `both`
 * (which side). `i.<id>=<text>` gives that exercise a one-line instruction. Anything left unset
 * falls back to the exercise's usual dose.
 *
 * `3x10x5s` is a newer form than `3x10`: links made before it could not say "repetitions with a
 * hold", so `3x10` for an exercise whose usual dose holds each repetition (bird dog, glute bridge,
 * piriformis stretch) keeps the usual hold. Old links therefore keep working and keep their meaning.
 * Parsing never throws: unknown ids and malformed doses are skipped with a notice; an unknown optional
 * part is ignored with a notice, the exercise kept.
 *
 * The builder reads what a clinician types more loosely (`parseDose`): "3 x 10", "3×30s",
 * "3x30 sec", "3 sets of 10", "2x8–12", "20 min".
 */
import { listParam, printable } from '../query-params.ts';
import {
	doseWords,
	formatRange,
	frequencyWords,
	restWords,
	type CountRange,
	type Dosage,
	type Dose,
} from './dosage.ts';

export type Frequency = Dosage['frequency'];
export type Side = 'left' | 'right' | 'both';
export const sides: readonly Side[] = ['left', 'right', 'both'];

export interface ProgrammeItem {
	id: string;
	/** The dose the link gives; undefined when it gives none and the exercise's usual dose applies. */
	dose?: Dose | undefined;
	frequency?: Frequency | undefined;
	restSeconds?: CountRange | undefined;
	side?: Side | undefined;
	/** A one-line instruction for the patient. */
	instruction?: string | undefined;
}

export interface Programme {
	items: ProgrammeItem[];
	note: string;
}

export interface ParsedProgramme extends Programme {
	notices: string[];
	/** The link asked for the builder (`edit=1`), not the handout. */
	edit: boolean;
}

/** Limits that keep a dose plausible and a link short. */
export const limits = {
	sets: 20,
	reps: 100,
	holdSeconds: 3600,
	restSeconds: 600,
	timesPerDay: 10,
	timesPerWeek: 7,
	note: 500,
	instruction: 200,
	items: 30,
} as const;

const RANGE = /^(\d{1,4})(?:-(\d{1,4}))?$/;
const NUM = String.raw`\d{1,4}(?:-\d{1,4})?`;
/** sets x amount [x hold], the amount or hold with a unit: s (seconds) or min (minutes). */
const DOSE = new RegExp(`^(?:(${NUM})x)?(${NUM})(s|min)?(?:x(${NUM})(s|min))?$`);

function parseRange(text: string, max: number, scale = 1): CountRange | undefined {
	const m = RANGE.exec(text);
	if (!m) return undefined;
	const min = Number(m[1]) * scale;
	const hi = m[2] === undefined ? undefined : Number(m[2]) * scale;
	if (min < 1 || min > max || (hi !== undefined && (hi < min || hi > max))) return undefined;
	return hi === undefined || hi === min ? { min } : { min, max: hi };
}

/**
 * The ways clinicians write a dose, reduced to the link's form: "3 x 10" and "3×10" to "3x10",
 * "3 sets of 10 reps" to "3x10", "30 sec" to "30s", "5 mins" to "5min", an en dash or "to" in a
 * range to a hyphen.
 */
function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[–—]|\bto\b/g, '-')
		.replace(/[×*]/g, 'x')
		.replace(/\bsets?\s+of\b/g, 'x')
		.replace(/(\d)\s*(?:repetitions?|reps?)\b/g, '$1')
		.replace(/(\d)\s*(?:seconds?|secs?)\b/g, '$1s')
		.replace(/(\d)\s*(?:minutes?|mins?)\b/g, '$1min')
		.replace(/\s+/g, '');
}

/**
 * "3x10", "3 x 10", "3×30s", "3x30 sec", "3 sets of 10", "2x8-12", "3x10x5s", "20 min" → a dose;
 * anything else → undefined. A lone number of seconds or minutes is one set; a lone count is not a
 * dose (it could be sets or repetitions).
 */
export function parseDose(text: string): Dose | undefined {
	const m = DOSE.exec(normalise(text));
	if (!m) return undefined;
	const [, setsText, amount = '', amountUnit, holdText, holdUnit] = m;
	if (setsText === undefined && amountUnit === undefined) return undefined;
	const sets = setsText === undefined ? { min: 1 } : parseRange(setsText, limits.sets);
	if (!sets) return undefined;
	const seconds = (t: string, unit: string | undefined) =>
		parseRange(t, limits.holdSeconds, unit === 'min' ? 60 : 1);
	if (amountUnit !== undefined) {
		if (holdText !== undefined) return undefined;
		const holdSeconds = seconds(amount, amountUnit);
		return holdSeconds && { sets, holdSeconds };
	}
	const reps = parseRange(amount, limits.reps);
	if (!reps) return undefined;
	if (holdText === undefined) return { sets, reps };
	const holdSeconds = seconds(holdText, holdUnit);
	return holdSeconds && { sets, reps, holdSeconds };
}

/** Seconds as the link writes them: "30s", "3-5min" when every end is whole minutes. */
function formatSeconds(range: CountRange): string {
	const ends = [range.min, range.max ?? range.min];
	if (range.min >= 60 && ends.every((s) => s % 60 === 0)) {
		return `${formatRange({ min: range.min / 60, max: (range.max ?? range.min) / 60 }, { dash: '-' })}min`;
	}
	return `${formatRange(range, { dash: '-' })}s`;
}

/** A dose as the link writes it: "3x10", "2-3x8-12x2-5s", "3x30s", "6x3-5min". */
export function formatDose(dose: Dose): string {
	const sets = formatRange(dose.sets, { dash: '-' });
	if (dose.reps === undefined) return `${sets}x${formatSeconds(dose.holdSeconds)}`;
	const reps = `${sets}x${formatRange(dose.reps, { dash: '-' })}`;
	return dose.holdSeconds ? `${reps}x${formatSeconds(dose.holdSeconds)}` : reps;
}

/** "2/day", "3/week" → how often; anything else → undefined. */
export function parseFrequency(text: string): Frequency | undefined {
	const m = /^(\d{1,2})\/(day|week)$/.exec(text.trim().toLowerCase());
	if (!m) return undefined;
	const times = Number(m[1]);
	const per = m[2] as Frequency['per'];
	const max = per === 'day' ? limits.timesPerDay : limits.timesPerWeek;
	return times >= 1 && times <= max ? { times, per } : undefined;
}

export const formatFrequency = (f: Frequency): string => `${f.times}/${f.per}`;

/** "60", "30-60" (seconds) → a rest; anything else → undefined. */
export function parseRest(text: string): CountRange | undefined {
	return parseRange(normalise(text).replace(/s$/, ''), limits.restSeconds);
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

const plainId = /[a-z0-9:/-]/i;

/** Reads one optional part of an item (`2/day`, `rest60`, `left`) into it; false when it is none of them. */
function readPart(item: ProgrammeItem, part: string): boolean {
	const frequency = parseFrequency(part);
	if (frequency) item.frequency = frequency;
	else if (part.startsWith('rest')) {
		const rest = parseRest(part.slice(4));
		if (!rest) return false;
		item.restSeconds = rest;
	} else if ((sides as readonly string[]).includes(part)) item.side = part as Side;
	else return false;
	return true;
}

/** The text of a one-line instruction: line breaks become spaces, cut to the limit. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, limits.instruction);
}

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
		const [idPart = '', dosePart = '', ...parts] = raw.split(':');
		const id = idPart.toLowerCase();
		if (!known.has(id)) {
			notices.push(`Skipped unknown exercise “${printable(idPart, plainId)}”.`);
			continue;
		}
		if (seen.has(id)) {
			notices.push(`Skipped a repeat of “${id}”.`);
			continue;
		}
		const dose = dosePart === '' ? undefined : parseDose(dosePart);
		if (dosePart !== '' && dose === undefined) {
			notices.push(
				`Skipped “${id}”: the dose “${printable(dosePart, plainId)}” is not in a form such as 3x10, 3x8-12, 3x10x5s or 3x30s.`,
			);
			continue;
		}
		const item: ProgrammeItem = { id, dose };
		for (const part of parts) {
			if (!readPart(item, part.trim().toLowerCase()))
				notices.push(`Ignored “${printable(part, plainId)}” for “${id}”.`);
		}
		const instruction = oneLine(params.get(`i.${id}`) ?? '');
		if (instruction) item.instruction = instruction;
		seen.add(id);
		items.push(item);
	}
	let note = (params.get('n') ?? '').trim();
	if (note.length > limits.note) {
		notices.push(`The note was cut to ${limits.note} characters.`);
		note = note.slice(0, limits.note);
	}
	return { items, note, notices, edit: params.get('edit') === '1' };
}

/** An item as the `e` list writes it: "id", "id:3x10", "id:3x10:2/day:rest60:left", "id::left". */
function formatItem(item: ProgrammeItem): string {
	const parts = [
		item.frequency && formatFrequency(item.frequency),
		item.restSeconds && `rest${formatRange(item.restSeconds, { dash: '-' })}`,
		item.side,
	].filter((p): p is string => Boolean(p));
	const dose = item.dose ? formatDose(item.dose) : '';
	return [item.id, ...(dose || parts.length > 0 ? [dose] : []), ...parts].join(':');
}

/** The query string of a programme ("?e=…&n=…"), or "" for an empty one; `edit` adds `edit=1`. */
export function formatProgramme(programme: Programme, { edit = false } = {}): string {
	const params = new URLSearchParams();
	if (programme.items.length > 0) params.set('e', programme.items.map(formatItem).join(','));
	for (const item of programme.items) {
		const instruction = oneLine(item.instruction ?? '');
		if (instruction) params.set(`i.${item.id}`, instruction);
	}
	if (programme.note.trim()) params.set('n', programme.note.trim());
	if (edit) params.set('edit', '1');
	// Commas, colons and slashes are safe in a query string and keep the link readable.
	const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
	return query ? `?${query}` : '';
}

/** The query string that opens the builder with these exercises ticked, at their usual doses ("?e=a,b&edit=1"). */
export function programmeEditQuery(ids: readonly string[]): string {
	return formatProgramme({ items: ids.map((id) => ({ id })), note: '' }, { edit: true });
}

/** What the handout needs to know of each exercise to word its dose. */
export interface HandoutCard {
	usualDose: Dose;
	perSide: boolean;
	usualRest: CountRange;
	usualFrequency: Frequency;
}

export interface HandoutLine {
	id: string;
	/** The dose in words, with the side ("3 sets of 10 repetitions, each side", "…, left side only"). */
	words: string;
	rest: string;
	frequency: string;
	instruction: string;
	/** Whether the link set any part of the dose (the clinician's dose) or the usual one applies whole. */
	fromLink: boolean;
}

const sideWords: Record<Side, string> = {
	left: ', left side only',
	right: ', right side only',
	both: ', both sides',
};

/** A dose in words with the side the link chose, or "each side" where the exercise is done on both. */
export function itemDoseWords(dose: Dose, perSide: boolean, side: Side | undefined): string {
	return side ? `${doseWords(dose, false)}${sideWords[side]}` : doseWords(dose, perSide);
}

/**
 * The dose lines of each handout card: the programme's dose in words (./dosage.ts), rest, how often
 * and the instruction, each from the link or else the exercise's usual dose. Items with no card are
 * left out.
 */
export function handoutDoses(
	items: readonly ProgrammeItem[],
	cards: ReadonlyMap<string, HandoutCard>,
): HandoutLine[] {
	return items.flatMap((item) => {
		const card = cards.get(item.id);
		if (!card) return [];
		const dose = programmeDose(item.dose, card.usualDose);
		const words = itemDoseWords(dose, card.perSide, item.side);
		return [
			{
				id: item.id,
				words,
				rest: restWords({ restSeconds: item.restSeconds ?? card.usualRest, sets: dose.sets }),
				frequency: frequencyWords(item.frequency ?? card.usualFrequency),
				instruction: item.instruction ?? '',
				fromLink: Boolean(item.dose ?? item.frequency ?? item.restSeconds ?? item.side),
			},
		];
	});
}
