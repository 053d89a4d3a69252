/**
 * The helper's state lives in the query string so a case can be bookmarked or sent:
 * `?f=<finding-id>,…&pos=<test-id>,…&neg=<test-id>,…`. Parsing never throws: unknown or repeated
 * ids, and a test marked both positive and negative, are dropped with a notice the page shows.
 */
import type { CaseState } from './rank.ts';

export interface ParsedCase extends CaseState {
	/** Plain-language notes about what was ignored and why. */
	notices: string[];
}

/** Only plain ids are ever echoed back in a notice, and only this long, so hostile input stays inert. */
const printable = (raw: string) => {
	const cleaned = raw.replace(/[^a-z0-9-]/gi, '?').slice(0, 40);
	return raw.length > 40 ? `${cleaned}…` : cleaned;
};

function splitParam(params: URLSearchParams, name: string): string[] {
	// Accept both `f=a,b` (the documented form) and `f=a&f=b` (what a plain HTML form submits).
	return params
		.getAll(name)
		.flatMap((value) => value.split(','))
		.map((v) => v.trim())
		.filter((v) => v.length > 0);
}

export function parseCase(
	search: string,
	known: { findings: ReadonlySet<string>; tests: ReadonlySet<string> },
): ParsedCase {
	const params = new URLSearchParams(search);
	const notices: string[] = [];
	const pick = (name: string, valid: ReadonlySet<string>, what: string) => {
		const seen = new Set<string>();
		const kept: string[] = [];
		for (const raw of splitParam(params, name)) {
			const id = raw.toLowerCase();
			if (!valid.has(id)) notices.push(`Ignored unknown ${what} “${printable(raw)}”.`);
			else if (seen.has(id)) notices.push(`Ignored a repeat of ${what} “${id}”.`);
			else {
				seen.add(id);
				kept.push(id);
			}
		}
		return kept;
	};
	const findings = pick('f', known.findings, 'finding');
	let positive = pick('pos', known.tests, 'test');
	let negative = pick('neg', known.tests, 'test');
	const both = positive.filter((id) => negative.includes(id));
	if (both.length > 0) {
		for (const id of both)
			notices.push(`Ignored test “${id}”: it was marked both positive and negative.`);
		positive = positive.filter((id) => !both.includes(id));
		negative = negative.filter((id) => !both.includes(id));
	}
	return { findings, positive, negative, notices };
}

/** The canonical query string for a case (empty parts left out), in a stable order. */
export function formatCase(state: CaseState): string {
	const parts: string[] = [];
	const add = (name: string, ids: readonly string[]) => {
		if (ids.length > 0) parts.push(`${name}=${[...new Set(ids)].join(',')}`);
	};
	add('f', state.findings);
	add('pos', state.positive);
	add('neg', state.negative);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}
