/**
 * The helper's state in the query string (documented in the README):
 *
 *   ?f=<finding>,…      findings present (as before)
 *   &no=<finding>,…     findings asked about and absent
 *   &pos=<test>,…       tests positive (as before)
 *   &neg=<test>,…       tests negative (as before)
 *   &s=<setting>        the clinical setting (default: the first setting)
 *   &prior=<id>:<pct>,… priors the reader sets, in percent: a condition's (or "other"'s) share of the
 *                       setting, or a sub-cause's share of its family ("prior=pudendal-neuralgia:2")
 *
 * Parsing never throws: unknown or repeated ids, contradictions and malformed values are dropped
 * with a plain notice the page shows; only plain ids are ever echoed back.
 */
import { percentText } from './format.ts';
import type { EngineModel } from './model.ts';
import { normaliseState, OTHER, type CaseState } from './state.ts';

export interface ParsedQuery extends CaseState {
	setting?: string | undefined;
	priors: Record<string, number>;
	notices: string[];
}

const printable = (raw: string) => {
	const cleaned = raw.replace(/[^a-z0-9-]/gi, '?').slice(0, 40);
	return raw.length > 40 ? `${cleaned}…` : cleaned;
};

function split(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v.length > 0);
}

const PRIOR = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,2}(?:\.\d{1,2})?)$/;

export function parseQuery(search: string, model: EngineModel): ParsedQuery {
	let params: URLSearchParams;
	try {
		params = new URLSearchParams(search);
	} catch {
		params = new URLSearchParams();
	}
	const notices: string[] = [];
	const findings = new Set(model.findings.map((f) => f.id));
	const tests = new Set(model.tests.map((t) => t.id));
	const pick = (name: string, valid: ReadonlySet<string>, what: string) => {
		const kept: string[] = [];
		for (const raw of split(params, name)) {
			const id = raw.toLowerCase();
			if (!valid.has(id)) notices.push(`Ignored unknown ${what} “${printable(raw)}”.`);
			else if (kept.includes(id)) notices.push(`Ignored a repeat of ${what} “${id}”.`);
			else kept.push(id);
		}
		return kept;
	};
	const present = pick('f', findings, 'finding');
	const absent = pick('no', findings, 'finding');
	const positive = pick('pos', tests, 'test');
	const negative = pick('neg', tests, 'test');

	let setting: string | undefined;
	const settings = split(params, 's');
	if (settings.length > 0) {
		const id = settings[0]!.toLowerCase();
		if (model.settings.some((s) => s.id === id)) setting = id;
		else notices.push(`Ignored unknown setting “${printable(settings[0]!)}”.`);
		if (settings.length > 1) notices.push('Ignored all but the first setting.');
	}

	const priors: Record<string, number> = {};
	const known = new Set([...model.conditions.map((c) => c.id), OTHER]);
	for (const raw of split(params, 'prior')) {
		const match = PRIOR.exec(raw.toLowerCase());
		if (!match) {
			notices.push(
				`Ignored the prior “${printable(raw)}”: write it as condition:percent, for example pudendal-neuralgia:2.`,
			);
			continue;
		}
		const [, id, pct] = match as unknown as [string, string, string];
		if (!known.has(id)) notices.push(`Ignored a prior for unknown condition “${id}”.`);
		else if (Object.hasOwn(priors, id)) notices.push(`Ignored a repeat of the prior for “${id}”.`);
		else priors[id] = Number(pct) / 100;
	}

	// Contradictions, age bands and impossible priors, exactly as the engine sees them.
	const { state, notices: more } = normaliseState(model, {
		setting,
		present,
		absent,
		positive,
		negative,
		priors,
	});
	return {
		setting,
		present: state.present,
		absent: state.absent,
		positive: state.positive,
		negative: state.negative,
		priors: state.priors,
		notices: [...notices, ...more],
	};
}

/** The canonical query string for a case, parts in a fixed order, empty parts left out. */
export function formatQuery(state: CaseState): string {
	const parts: string[] = [];
	const add = (name: string, ids: readonly string[]) => {
		if (ids.length > 0) parts.push(`${name}=${[...new Set(ids)].join(',')}`);
	};
	add('f', state.present);
	add('no', state.absent);
	add('pos', state.positive);
	add('neg', state.negative);
	if (state.setting) parts.push(`s=${state.setting}`);
	const priors = Object.entries(state.priors ?? {});
	if (priors.length > 0)
		parts.push(`prior=${priors.map(([id, p]) => `${id}:${percentText(p)}`).join(',')}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
