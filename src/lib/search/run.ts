/**
 * One search as the dialog runs it, with Pagefind passed in (`SearchEngine`), so the same code runs
 * in the browser, in the query-set test and in unit tests with a fake index:
 *
 * 1. read the query with the lay-word list (lay phrases, red flags);
 * 2. search the query as typed (Pagefind requires every word);
 * 3. search each meaningful part on its own: a lay phrase with its site words, or a word (stop words
 *    dropped); a word that finds nothing, or only a few pages where a near vocabulary word finds many
 *    more, is replaced by that vocabulary word ("did you mean");
 * 4. rank by the number of parts each page matches (rank.ts), pages named by a lay phrase (and the
 *    red-flags page when the query describes a red flag) first among equals, so a sentence with one word the site
 *    never uses still finds the pages that match the rest, and the list is never empty while any
 *    part finds a page.
 */
import type { RedFlagAdvice, SearchData } from './data.ts';
import { matchLayWords, redFlagsIn } from './lay.ts';
import { rankPages, unionOfAlternatives, type Hit, type Ranked } from './rank.ts';
import { suggest } from './suggest.ts';
import { stopWords, words } from './text.ts';
import { sitePath } from '../url.ts';

/** Pagefind, as search needs it. */
export interface SearchEngine {
	/** Pages holding every word of `term`, with Pagefind's scores. */
	search(term: string): Promise<Hit[]>;
	/** The id of the page at a site path ("/red-flags/"), as a list (empty when not indexed). */
	pagesAt(path: string): Promise<string[]>;
	/** The ids of secondary pages (published cases), which rank after the others that match as much. */
	secondaryPages(): Promise<string[]>;
}

/** A meaningful part of the query. */
export interface QueryPart {
	/** As typed (normalised). */
	text: string;
	/** What is searched for it: the typed text first, then a lay phrase's site words. */
	alternatives: string[];
	pages: string[];
	avoid: string[];
}

export interface Correction {
	from: string;
	to: string;
}

export interface SearchOutcome {
	ranked: Ranked[];
	parts: QueryPart[];
	/** Words replaced because the index does not know them, and misspellings the list knows. */
	corrections: Correction[];
	/** The query with the corrections applied, when there are any. */
	correctedQuery?: string;
	/** How many pages hold every word as typed. */
	allWordsCount: number;
	redFlags: RedFlagAdvice[];
}

/** The meaningful parts of a tokenised query: lay phrases as wholes, other words unless stop words. */
export function queryParts(tokens: readonly string[], data: Pick<SearchData, 'lay'>): QueryPart[] {
	const matches = matchLayWords(tokens, data.lay);
	const parts: QueryPart[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < tokens.length; i++) {
		const match = matches.find((m) => m.start === i);
		if (match) {
			i = match.end - 1;
			if (seen.has(match.form)) continue;
			seen.add(match.form);
			parts.push({
				text: match.form,
				// A misspelling is searched only as its correction: the typed form finds look-alike words.
				alternatives: match.entry.misspelling
					? [...match.entry.expandsTo]
					: [...new Set([match.form, ...match.entry.expandsTo])],
				pages: match.entry.pages,
				avoid: match.entry.avoid,
			});
		} else {
			const word = tokens[i]!;
			if (stopWords.has(word) || seen.has(word)) continue;
			seen.add(word);
			parts.push({ text: word, alternatives: [word], pages: [], avoid: [] });
		}
	}
	return parts;
}

/** A word found on fewer pages than this may be a typo, if a vocabulary word near it is found on many more. */
const fewHits = 5;
/**
 * A word this long that is not in the site's vocabulary is checked for a typo however many pages
 * Pagefind finds for it: Pagefind answers an unknown long word with weak partial matches (a lone "P"
 * in P values matched "piriformsi" on five pages), and their number only grows with the content.
 * Short words are not: many real words ("work", "goes") are outside the vocabulary.
 */
const longWord = 7;
/** How many times more pages the correction must find than the word as typed. */
const moreCommon = 2;

export async function runSearch(
	query: string,
	data: SearchData,
	engine: SearchEngine,
): Promise<SearchOutcome> {
	const tokens = words(query);
	const matches = matchLayWords(tokens, data.lay);
	const redFlags = redFlagsIn(tokens, matches, data.rules, data.redFlags);
	if (tokens.length === 0)
		return { ranked: [], parts: [], corrections: [], allWordsCount: 0, redFlags };
	const cache = new Map<string, Promise<Hit[]>>();
	const search = (term: string) => {
		let hits = cache.get(term);
		if (!hits) cache.set(term, (hits = engine.search(term)));
		return hits;
	};
	const parts = queryParts(tokens, data);
	const corrections: Correction[] = matches
		.filter((m) => m.entry.misspelling)
		.map((m) => ({ from: m.form, to: m.entry.expandsTo[0]! }));
	const [allWords, partHits] = await Promise.all([
		// Stop words add nothing to "every word" but their own index chunks to download.
		search(tokens.filter((t) => !stopWords.has(t)).join(' ') || tokens.join(' ')),
		Promise.all(
			parts.map(async (part) => {
				const lists = await Promise.all(part.alternatives.map(search));
				const own = lists[0]!;
				if (part.alternatives.length > 1 || (own.length >= fewHits && part.text.length < longWord))
					return unionOfAlternatives(lists);
				const better = suggest(part.text, data.vocabulary);
				if (!better) return unionOfAlternatives(lists);
				const fixed = await search(better);
				// A word outside the vocabulary that Pagefind finds on a few pages (a near-miss in a
				// reference, a stem) is still a typo when its correction is found on many more.
				if (own.length > 0 && fixed.length <= own.length * moreCommon)
					return unionOfAlternatives(lists);
				corrections.push({ from: part.text, to: better });
				return unionOfAlternatives([fixed]);
			}),
		),
	]);
	const idsAt = async (paths: readonly string[]) =>
		(await Promise.all(paths.map((p) => engine.pagesAt(p)))).flat();
	// A query that describes a red flag puts the red-flags page among the pages it names.
	const named = [
		...parts.flatMap((p) => p.pages),
		...(redFlags.length > 0 ? [sitePath.redFlags] : []),
	];
	const [boosted, avoided, secondary] = await Promise.all([
		idsAt([...new Set(named)]),
		idsAt(parts.flatMap((p) => p.avoid)),
		engine.secondaryPages(),
	]);
	const ranked = rankPages({ allWords, parts: partHits, boosted, avoided, secondary });
	const correctedQuery =
		corrections.length === 0
			? undefined
			: corrections.reduce(
					(q, c) => q.replace(new RegExp(`(^| )${c.from}(?= |$)`), `$1${c.to}`),
					tokens.join(' '),
				);
	return {
		ranked,
		parts,
		corrections,
		...(correctedQuery === undefined ? {} : { correctedQuery }),
		allWordsCount: allWords.length,
		redFlags,
	};
}
