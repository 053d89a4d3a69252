/**
 * The helper's "Change the starting probabilities" form: one row per prior of a setting (each ranked
 * condition, each sub-cause as its share of its family, and something else), and the reading of what
 * the reader types into overrides. What it keeps is exactly what normaliseState keeps, so the page,
 * the address (`prior=`) and the engine never disagree; what it refuses gets a plain reason for the
 * field that caused it.
 */
import { readPreTest } from '../../diagnostics/pretest.ts';
import { percentText, priorLabel } from './format.ts';
import type { EngineModel } from './model.ts';
import { OTHER } from './state.ts';

export interface PriorRow {
	/** Condition id, or OTHER for something else. */
	id: string;
	name: string;
	/** For a sub-cause: the family's name; its value is a share of that family, not of the setting. */
	family?: string | undefined;
	/** The setting's prior (a share of the family for a sub-cause). */
	published: number;
	/** The published value as the input shows it, in percent ("58", "0.2", "16.1"). */
	text: string;
	/**
	 * Below 1 %, or a value with a decimal (17.5 %): the field steps by tenths of a percent, so the
	 * setting's own value is a valid step and the browser does not flag it.
	 */
	fine: boolean;
	/** The setting's value and where it comes from: "Published: 7%. Source: Hopayian & Heathcote 2019." */
	basis: string;
}

/** The name "something else" goes by in the form. */
export const OTHER_NAME = 'Something else (a cause not listed here)';

/** The rows for a setting: ranked conditions by name, each family followed by its sub-causes, then something else. */
export function priorRows(model: EngineModel, settingId: string): PriorRow[] {
	const setting = model.settings.find((s) => s.id === settingId) ?? model.settings[0]!;
	const entries = new Map(setting.priors.map((e) => [e.condition, e]));
	const byId = new Map(model.conditions.map((c) => [c.id, c]));
	const row = (id: string, published: number, basis: string, family?: string): PriorRow => ({
		id,
		name: id === OTHER ? OTHER_NAME : byId.get(id)!.name,
		family,
		published,
		text: percentText(published),
		fine: published < 0.01 || !Number.isInteger(Number(percentText(published))),
		basis: basis.replace('{value}', priorLabel(published)),
	});
	// "Published" only where a source gives the figure; a derived or judged prior is the setting's default.
	const described = (id: string, family?: string) => {
		const e = entries.get(id)!;
		const what = family ? 'share' : '';
		const basis =
			e.basis === 'published'
				? `Published${what && ` ${what}`}: {value}. Source: ${e.sourceLabel ?? 'see the working'}.`
				: e.basis === 'derived'
					? `Default${what && ` ${what}`}: {value}, derived from ${e.sourceLabel ?? 'the sources in the working'}.`
					: `Default${what && ` ${what}`}: {value}. No published figure: a cautious judgment.`;
		return row(id, e.probability, basis, family);
	};
	const rows: PriorRow[] = [];
	const top = model.conditions
		.filter((c) => c.parent === undefined)
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	for (const c of top) {
		rows.push(described(c.id));
		for (const child of c.children) rows.push(described(child, c.name));
	}
	rows.push(
		row(OTHER, setting.other.probability, 'Default: {value}, what the listed causes leave.'),
	);
	return rows;
}

/** One field as the reader left it: its text, or null when the browser holds something that is not a number. */
export interface PriorField {
	id: string;
	text: string | null;
}

export interface PriorReading {
	/** The overrides to use (probabilities; a sub-cause's share of its family), as normaliseState keeps them. */
	priors: Record<string, number>;
	/** Why a field was not used, by field id. */
	problems: Record<string, string>;
}

const NOT_A_NUMBER = 'Enter a number, such as 12 or 0.5.';
const OUT_OF_RANGE = 'Enter a number above 0 and below 100.';

/**
 * Reads the fields into overrides. A field left empty or at its published value overrides nothing.
 * Values are kept to two decimals of a percent, as the address carries them. The top-level priors you
 * set (something else included) must add up to less than 100 %, unless you set every one of them (then
 * the engine scales them to 100 %); when they would not, fields earlier in `fields` are kept and the
 * later ones refused, so the page passes the field edited last at the end. Shares within a family may
 * not add up to more than the whole family.
 */
export function readPriorFields(
	model: EngineModel,
	settingId: string,
	fields: readonly PriorField[],
): PriorReading {
	const rows = new Map(priorRows(model, settingId).map((r) => [r.id, r]));
	const problems: Record<string, string> = {};
	const candidates: Array<[string, number]> = [];
	for (const field of fields) {
		const row = rows.get(field.id);
		if (!row || Object.hasOwn(problems, field.id) || candidates.some(([id]) => id === field.id))
			continue;
		if (field.text === null) {
			problems[field.id] = NOT_A_NUMBER;
			continue;
		}
		if (field.text.trim() === '' || field.text.trim() === row.text) continue;
		const reading = readPreTest(field.text);
		if (reading.kind === 'invalid') {
			// A plain number the calculator cannot use is out of range (150, -5); anything else is not a number.
			problems[field.id] = /^-?\d*\.?\d+$/.test(field.text.trim()) ? OUT_OF_RANGE : NOT_A_NUMBER;
			continue;
		}
		if (reading.kind !== 'value') {
			problems[field.id] = OUT_OF_RANGE;
			continue;
		}
		// Rounded and divided exactly as parseQuery reads `prior=`, so a reload gives the same number.
		const value = Number(Number(field.text.trim()).toFixed(2)) / 100;
		if (!(value > 0 && value < 1)) problems[field.id] = OUT_OF_RANGE;
		else if (Math.abs(value - row.published) > 1e-12) candidates.push([field.id, value]);
	}

	const priors: Record<string, number> = {};
	const topIds = [...rows.values()].filter((r) => r.family === undefined).map((r) => r.id);
	const top = candidates.filter(([id]) => topIds.includes(id));
	const everyLine = top.length === topIds.length;
	let total = 0;
	for (const [id, value] of top) {
		if (!everyLine && total + value >= 1) {
			problems[id] =
				`Not used: with this, the starting probabilities you set add up to ${percentText(total + value)}\u00a0%. Keep them below 100\u00a0%, so the lines you leave alone keep a share.`;
			continue;
		}
		total += value;
		priors[id] = value;
	}

	const setting = model.settings.find((s) => s.id === settingId) ?? model.settings[0]!;
	for (const family of model.conditions.filter((c) => c.children.length > 0)) {
		const shares = new Map(
			family.children.map((c) => [c, setting.priors.find((p) => p.condition === c)!.probability]),
		);
		for (const [id, value] of candidates.filter(([id]) => family.children.includes(id))) {
			const before = shares.get(id)!;
			shares.set(id, value);
			if ([...shares.values()].reduce((s, v) => s + v, 0) > 1) {
				shares.set(id, before);
				problems[id] =
					`Not used: with this, the shares you set within ${family.name} add up to more than the whole family.`;
			} else priors[id] = value;
		}
	}
	return { priors, problems };
}
