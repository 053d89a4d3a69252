/**
 * Ranking for whole sentences. Each meaningful part of the query (a word, or a lay phrase with its
 * site words) is searched on its own; a page scores one point for each part it matches, one more for
 * each lay phrase in the query that names it, and loses one when a lay phrase says it must not be
 * pushed up (and nothing named it). A secondary page (a published case retold for teaching) also
 * loses one, unless a lay phrase names it: it comes after the condition and test pages that match
 * as much of the query, and still first when it matches more. Pagefind's own scores only break ties:
 * the all-words score first (a page holding every word is the best evidence), then the mean of the
 * parts' scores.
 */

/** One Pagefind result: its id and Pagefind's score. */
export interface Hit {
	id: string;
	score: number;
}

export interface Ranked {
	id: string;
	score: number;
	/** How many parts of the query the page matched. */
	matched: number;
}

/** Scores divided by the best one, so lists from different searches can be compared (best = 1). */
export function normalise(hits: readonly Hit[]): Map<string, number> {
	const top = Math.max(0, ...hits.map((h) => h.score));
	return new Map(hits.map((h) => [h.id, top > 0 ? h.score / top : 1]));
}

/** The union of several searches for one part, keeping each page's best normalised score. */
export function unionOfAlternatives(lists: ReadonlyArray<readonly Hit[]>): Map<string, number> {
	const best = new Map<string, number>();
	for (const list of lists)
		for (const [id, score] of normalise(list)) best.set(id, Math.max(best.get(id) ?? 0, score));
	return best;
}

/** Tie-breaks stay below one point, so they never outweigh a matched part. */
const allWordsWeight = 0.5;
const partsWeight = 0.49;

export function rankPages(input: {
	/** Results of the query as typed (every word required). */
	allWords: readonly Hit[];
	/** For each meaningful part, its pages with normalised scores (`unionOfAlternatives`). */
	parts: ReadonlyArray<ReadonlyMap<string, number>>;
	/** Page ids named by lay phrases of the query, once per phrase. */
	boosted: readonly string[];
	/** Page ids lay phrases of the query must not push up. */
	avoided: readonly string[];
	/** Page ids of secondary pages, ranked after the others that match as much (none when omitted). */
	secondary?: readonly string[];
}): Ranked[] {
	const secondary = new Set(input.secondary ?? []);
	const all = normalise(input.allWords);
	const ids = new Set([
		...all.keys(),
		...input.parts.flatMap((p) => [...p.keys()]),
		...input.boosted,
	]);
	const ranked = [...ids].map((id) => {
		const matched = input.parts.filter((p) => p.has(id)).length;
		const boost = input.boosted.filter((b) => b === id).length;
		const penalty =
			boost === 0 ? (input.avoided.includes(id) ? 1 : 0) + (secondary.has(id) ? 1 : 0) : 0;
		const partsMean =
			input.parts.length === 0
				? 0
				: input.parts.reduce((sum, p) => sum + (p.get(id) ?? 0), 0) / input.parts.length;
		const score =
			matched + boost - penalty + allWordsWeight * (all.get(id) ?? 0) + partsWeight * partsMean;
		return { id, score, matched };
	});
	return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
