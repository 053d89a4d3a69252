/**
 * A case as the helper reads it: the setting, findings present and absent, tests positive and
 * negative, and any priors the reader overrides. normaliseState drops what the model cannot use and
 * says why in plain words, so the URL parser and the engine agree on what counts.
 */
import type { EngineModel } from './model.ts';

export interface CaseState {
	/** Setting id; the model's first setting when missing or unknown. */
	setting?: string | undefined;
	/** Findings the patient has. */
	present: readonly string[];
	/** Findings asked about and absent. */
	absent: readonly string[];
	/** Tests done and positive. */
	positive: readonly string[];
	/** Tests done and negative. */
	negative: readonly string[];
	/**
	 * Priors the reader sets instead of the setting's: a top-level condition's (or "other"'s) probability
	 * in the setting, or a sub-cause's share of its family. Others are rescaled so the total stays 1.
	 */
	priors?: Readonly<Record<string, number>> | undefined;
}

/** The id under which the share of "something else" is overridden. */
export const OTHER = 'other';

export interface NormalisedState {
	setting: string;
	present: string[];
	absent: string[];
	positive: string[];
	negative: string[];
	priors: Record<string, number>;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The case with unknown, repeated and contradictory items removed, and plain notices saying what went. */
export function normaliseState(
	model: EngineModel,
	state: CaseState,
): { state: NormalisedState; notices: string[] } {
	const notices: string[] = [];
	const findingById = new Map(model.findings.map((f) => [f.id, f]));
	const testIds = new Set(model.tests.map((t) => t.id));
	const setting = model.settings.find((s) => s.id === state.setting)?.id ?? model.settings[0]!.id;
	if (state.setting !== undefined && state.setting !== setting)
		notices.push(`Unknown setting “${state.setting}”: using “${model.settings[0]!.label}”.`);

	let present = unique(state.present).filter((id) => findingById.has(id));
	let absent = unique(state.absent).filter((id) => findingById.has(id));
	const both = present.filter((id) => absent.includes(id));
	for (const id of both)
		notices.push(`Ignored “${findingById.get(id)!.label}”: it was marked both present and absent.`);
	present = present.filter((id) => !both.includes(id));
	absent = absent.filter((id) => !both.includes(id));

	// Age bands are one answer: one band present says everything; "absent" bands add nothing.
	const ages = present.filter((id) => findingById.get(id)!.group === 'age');
	if (ages.length > 1) {
		notices.push('Ignored the age: more than one age band was chosen.');
		present = present.filter((id) => findingById.get(id)!.group !== 'age');
	}
	const absentAges = absent.filter((id) => findingById.get(id)!.group === 'age');
	if (absentAges.length > 0) {
		notices.push(
			'Age bands are one answer: choose the band that applies instead of marking others absent.',
		);
		absent = absent.filter((id) => findingById.get(id)!.group !== 'age');
	}

	let positive = unique(state.positive).filter((id) => testIds.has(id));
	let negative = unique(state.negative).filter((id) => testIds.has(id));
	const contradictory = positive.filter((id) => negative.includes(id));
	for (const id of contradictory)
		notices.push(`Ignored test “${id}”: it was marked both positive and negative.`);
	positive = positive.filter((id) => !contradictory.includes(id));
	negative = negative.filter((id) => !contradictory.includes(id));

	const priors = checkOverrides(model, setting, state.priors ?? {}, notices);
	return { state: { setting, present, absent, positive, negative, priors }, notices };
}

/** Keeps prior overrides that name a ranked condition (or "other") with a probability in (0, 1) and still leave room for the rest. */
function checkOverrides(
	model: EngineModel,
	settingId: string,
	raw: Readonly<Record<string, number>>,
	notices: string[],
): Record<string, number> {
	const byId = new Map(model.conditions.map((c) => [c.id, c]));
	const kept: Record<string, number> = {};
	for (const [id, value] of Object.entries(raw)) {
		if (id !== OTHER && !byId.has(id)) {
			notices.push(`Ignored a prior for “${id}”: it is not on the list.`);
			continue;
		}
		if (!(typeof value === 'number' && value > 0 && value < 1)) {
			notices.push(`Ignored the prior for “${id}”: it must be above 0 % and below 100 %.`);
			continue;
		}
		kept[id] = value;
	}
	const topIds = [
		...model.conditions.filter((c) => c.parent === undefined).map((c) => c.id),
		OTHER,
	];
	const topFixed = Object.entries(kept).filter(([id]) => topIds.includes(id));
	if (
		topFixed.length > 0 &&
		topFixed.length < topIds.length &&
		topFixed.reduce((s, [, v]) => s + v, 0) >= 1
	) {
		notices.push(
			'Ignored the priors you set: together they reach 100 %, leaving nothing for the rest of the list.',
		);
		for (const [id] of topFixed) delete kept[id];
	}
	const setting = model.settings.find((s) => s.id === settingId)!;
	for (const family of model.conditions.filter((c) => c.children.length > 0)) {
		const share = (child: string) =>
			kept[child] ?? setting.priors.find((p) => p.condition === child)!.probability;
		if (family.children.reduce((s, child) => s + share(child), 0) > 1) {
			notices.push(
				`Ignored the shares you set within “${family.name}”: together they exceed the whole family.`,
			);
			for (const child of family.children) delete kept[child];
		}
	}
	return kept;
}
