/**
 * Reading a query with the lay-word list: which entries it holds (longest match first, so a word
 * inside a longer match belongs to that match only) and which red flags it describes (an entry's own
 * red flags, a red-flag finding's synonym, or a rule's combination of ordinary words).
 */
import type { LayEntry, RedFlagAdvice, RedFlagRule } from './data.ts';

/** A lay entry found in the query, over tokens `start` to `end` (exclusive). */
export interface LayMatch {
	entry: LayEntry;
	/** The form as typed (normalised). */
	form: string;
	start: number;
	end: number;
}

/** Where a phrase (normalised, space-separated) occurs in the tokens, as [start, end) spans. */
export function occurrences(tokens: readonly string[], phrase: string): Array<[number, number]> {
	const parts = phrase.split(' ');
	const found: Array<[number, number]> = [];
	for (let i = 0; i + parts.length <= tokens.length; i++)
		if (parts.every((p, j) => tokens[i + j] === p)) found.push([i, i + parts.length]);
	return found;
}

/** The lay entries in the query: longer matches win, and no token belongs to two matches. */
export function matchLayWords(tokens: readonly string[], entries: readonly LayEntry[]): LayMatch[] {
	const candidates = entries.flatMap((entry) =>
		entry.forms.flatMap((form) =>
			occurrences(tokens, form).map(([start, end]) => ({ entry, form, start, end })),
		),
	);
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const taken = new Set<number>();
	const accepted: LayMatch[] = [];
	for (const c of candidates) {
		const span = Array.from({ length: c.end - c.start }, (_, k) => c.start + k);
		if (span.some((t) => taken.has(t))) continue;
		span.forEach((t) => taken.add(t));
		accepted.push(c);
	}
	return accepted.sort((a, b) => a.start - b.start);
}

/** Words between two non-overlapping spans (empty when they touch or overlap). */
function between(tokens: readonly string[], a: [number, number], b: [number, number]): string[] {
	const [first, second] = a[0] <= b[0] ? [a, b] : [b, a];
	return tokens.slice(first[1], Math.max(first[1], second[0]));
}

/** Whether a rule's word sets all occur, each near the next and with no breaking word between. */
export function ruleFires(tokens: readonly string[], rule: RedFlagRule): boolean {
	const spans = rule.whenAll.map((set) => set.flatMap((item) => occurrences(tokens, item)));
	const close = (a: [number, number], b: [number, number]) => {
		if (a[0] < b[1] && b[0] < a[1]) return false;
		const gap = between(tokens, a, b);
		return (
			(rule.within === undefined || gap.length <= rule.within) &&
			!gap.some((w) => rule.notBetween.includes(w))
		);
	};
	const chain = (set: number, previous: [number, number]): boolean =>
		set === spans.length ||
		spans[set]!.some((span) => close(previous, span) && chain(set + 1, span));
	return spans[0]!.some((span) => chain(1, span));
}

/** The red flags the query describes, in the order of the advice list. */
export function redFlagsIn(
	tokens: readonly string[],
	matches: readonly LayMatch[],
	rules: readonly RedFlagRule[],
	advice: readonly RedFlagAdvice[],
): RedFlagAdvice[] {
	const ids = new Set<string>([
		...matches.flatMap((m) => m.entry.redFlags),
		...rules.filter((r) => ruleFires(tokens, r)).map((r) => r.redFlag),
		...advice
			.filter((a) => a.phrases.some((p) => occurrences(tokens, p).length > 0))
			.map((a) => a.id),
	]);
	return advice.filter((a) => ids.has(a.id));
}
