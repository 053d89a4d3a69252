/**
 * "Did you mean": the nearest word of the site's own vocabulary to a word the index does not know,
 * by edit distance with adjacent swaps counted as one edit ("sciatcia" → "sciatica").
 */

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two adjacent
 * letters each cost 1. Stops early and returns `limit + 1` once every path costs more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, before[j - 2]! + 1);
			current.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How many edits a word of this length may be from its suggestion: 1 up to 5 letters, then 2. */
export function allowedEdits(word: string): number {
	return word.length <= 5 ? 1 : 2;
}

/**
 * The vocabulary word nearest to `word`, or undefined when none is within `allowedEdits`, or the word
 * is itself in the vocabulary. Ties go to a word with the same first letter (people rarely mistype
 * the first letter), then to the more frequent word (the vocabulary is ordered by frequency).
 */
export function suggest(word: string, vocabulary: readonly string[]): string | undefined {
	if (vocabulary.includes(word)) return undefined;
	const limit = allowedEdits(word);
	let best: { word: string; rank: number } | undefined;
	for (const candidate of vocabulary) {
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		const rank = distance * 2 + (candidate[0] === word[0] ? 0 : 1);
		if (!best || rank < best.rank) best = { word: candidate, rank };
	}
	return best?.word;
}
