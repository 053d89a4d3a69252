/**
 * A home programme lives entirely in its link:
 * `?e=bird-dog:3x10,glute-bridge:3x8-12,piriformis-stretch:3x30s&n=<note>`. Nothing is stored or
 * sent anywhere. Parsing never throws: unknown ids and malformed doses are skipped with a notice.
 */

export interface DoseRange {
	min: number;
	max?: number | undefined;
}

/** A clinician's dose: sets, and either repetitions or a hold in seconds. */
export interface ProgrammeDose {
	sets: DoseRange;
	reps?: DoseRange | undefined;
	holdSeconds?: DoseRange | undefined;
}

export interface ProgrammeItem {
	id: string;
	/** Undefined when the link gives no dose: the exercise's usual dose applies. */
	dose?: ProgrammeDose | undefined;
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

function parseRange(text: string, max: number): DoseRange | undefined {
	const m = RANGE.exec(text);
	if (!m) return undefined;
	const min = Number(m[1]);
	const hi = m[2] === undefined ? undefined : Number(m[2]);
	if (min < 1 || min > max || (hi !== undefined && (hi < min || hi > max))) return undefined;
	return hi === undefined || hi === min ? { min } : { min, max: hi };
}

const formatRange = (r: DoseRange) => (r.max === undefined || r.max === r.min ? `${r.min}` : `${r.min}-${r.max}`);

/** "3x10", "2-3x8-12", "3x30s", "3x20-30s" → a dose; anything else → undefined. */
export function parseDose(text: string): ProgrammeDose | undefined {
	const m = /^([\d-]+)x([\d-]+)(s?)$/.exec(text.trim().toLowerCase());
	if (!m) return undefined;
	const sets = parseRange(m[1]!, limits.sets);
	if (!sets) return undefined;
	if (m[3] === 's') {
		const holdSeconds = parseRange(m[2]!, limits.holdSeconds);
		return holdSeconds && { sets, holdSeconds };
	}
	const reps = parseRange(m[2]!, limits.reps);
	return reps && { sets, reps };
}

export function formatDose(dose: ProgrammeDose): string {
	const amount = dose.holdSeconds ? `${formatRange(dose.holdSeconds)}s` : dose.reps ? formatRange(dose.reps) : '';
	return `${formatRange(dose.sets)}x${amount}`;
}

/** Only plain characters are ever echoed back in a notice, and only this many. */
const printable = (raw: string) => {
	const cleaned = raw.replace(/[^a-z0-9:-]/gi, '?').slice(0, 40);
	return raw.length > 40 ? `${cleaned}…` : cleaned;
};

export function parseProgramme(search: string, known: ReadonlySet<string>): ParsedProgramme {
	const params = new URLSearchParams(search);
	const notices: string[] = [];
	const items: ProgrammeItem[] = [];
	const seen = new Set<string>();
	const entries = params
		.getAll('e')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	for (const raw of entries) {
		if (items.length >= limits.items) {
			notices.push(`Only the first ${limits.items} exercises are shown.`);
			break;
		}
		const [idPart = '', dosePart, ...rest] = raw.split(':');
		const id = idPart.toLowerCase();
		if (!known.has(id)) {
			notices.push(`Skipped unknown exercise “${printable(idPart)}”.`);
			continue;
		}
		if (seen.has(id)) {
			notices.push(`Skipped a repeat of “${id}”.`);
			continue;
		}
		if (rest.length > 0 || (dosePart !== undefined && parseDose(dosePart) === undefined)) {
			notices.push(`Skipped “${id}”: the dose “${printable(raw.slice(idPart.length + 1))}” is not in a form such as 3x10, 3x8-12 or 3x30s.`);
			continue;
		}
		seen.add(id);
		items.push({ id, dose: dosePart === undefined ? undefined : parseDose(dosePart) });
	}
	let note = (params.get('n') ?? '').trim();
	if (note.length > limits.note) {
		notices.push(`The note was cut to ${limits.note} characters.`);
		note = note.slice(0, limits.note);
	}
	return { items, note, notices };
}

export function formatProgramme(programme: Programme): string {
	const params = new URLSearchParams();
	if (programme.items.length > 0) {
		params.set('e', programme.items.map((i) => (i.dose ? `${i.id}:${formatDose(i.dose)}` : i.id)).join(','));
	}
	if (programme.note.trim()) params.set('n', programme.note.trim());
	// Commas and colons are safe in a query string and keep the link readable.
	const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
	return query ? `?${query}` : '';
}
