/**
 * What the search dialog downloads when it opens (`/search-data.json`, built by
 * src/pages/search-data.json.ts): the lay-word list, the red-flag rules and phrases with their urgent
 * advice, and the site's own vocabulary for "did you mean". Everything is normalised here, at build
 * time, so the browser only compares strings.
 */
import { normaliseSearchText, stopWords, words } from './text.ts';

/** One lay-word entry as the browser needs it. */
export interface LayEntry {
	/** The term first, then its variants, normalised. */
	forms: string[];
	/** The site's words searched as well as the typed form (the correct spelling first for a misspelling). */
	expandsTo: string[];
	/** Pages the term leads to, boosted when it is in the query. */
	pages: string[];
	/** Pages the term must never push up. */
	avoid: string[];
	/** Red-flag findings the term alone shows. */
	redFlags: string[];
	/** A misspelling: its first `expandsTo` word is offered as "did you mean". */
	misspelling: boolean;
}

/** A combination of ordinary words that shows a red flag (src/schemas/lay-word.ts `redFlagRuleSchema`). */
export interface RedFlagRule {
	redFlag: string;
	/** Normalised phrases; an item that is a lay term brings its variants. */
	whenAll: string[][];
	within?: number;
	notBetween: string[];
}

/** A red flag's advice, shown above the results. */
export interface RedFlagAdvice {
	id: string;
	label: string;
	urgency: string;
	action: string;
	/** Its place on the red-flags page (already carrying the base path). */
	href: string;
	/** The finding's own synonyms, normalised: each one in the query shows the advice. */
	phrases: string[];
}

export interface SearchData {
	lay: LayEntry[];
	rules: RedFlagRule[];
	redFlags: RedFlagAdvice[];
	/** Single words of the site's titles, aliases, search phrases, synonyms, lay words and headings; most frequent first. */
	vocabulary: string[];
}

/** The lay-word file as its schema parses it (only the fields search uses). */
export interface LayWordSource {
	words: ReadonlyArray<{
		term: string;
		variants: readonly string[];
		kind: string;
		expandsTo: readonly string[];
		pages: readonly string[];
		avoid: readonly string[];
		redFlags: readonly string[];
	}>;
	redFlagRules: ReadonlyArray<{
		redFlag: string;
		whenAll: ReadonlyArray<readonly string[]>;
		within?: number | undefined;
		notBetween: readonly string[];
	}>;
}

/** Shortest word the corrector suggests or corrects: shorter words have too many near neighbours. */
const minVocabularyWord = 4;

export function buildSearchData(input: {
	layWords: LayWordSource;
	redFlags: ReadonlyArray<Omit<RedFlagAdvice, 'phrases'> & { synonyms: readonly string[] }>;
	/** Titles, aliases, search phrases, synonyms and headings of every page, as written. */
	texts: readonly string[];
}): SearchData {
	const lay: LayEntry[] = input.layWords.words.map((w) => ({
		forms: [w.term, ...w.variants].map(normaliseSearchText),
		expandsTo: [...w.expandsTo],
		pages: [...w.pages],
		avoid: [...w.avoid],
		redFlags: [...w.redFlags],
		misspelling: w.kind === 'misspelling',
	}));
	const formsOf = new Map(lay.map((e) => [e.forms[0]!, e.forms]));
	const rules: RedFlagRule[] = input.layWords.redFlagRules.map((r) => ({
		redFlag: r.redFlag,
		whenAll: r.whenAll.map((set) => [
			...new Set(
				set.flatMap(
					(item) => formsOf.get(normaliseSearchText(item)) ?? [normaliseSearchText(item)],
				),
			),
		]),
		...(r.within === undefined ? {} : { within: r.within }),
		notBetween: r.notBetween.map(normaliseSearchText),
	}));
	const redFlags = input.redFlags.map(({ synonyms, ...advice }) => ({
		...advice,
		phrases: [advice.label, ...synonyms].map(normaliseSearchText),
	}));
	// Misspellings are what the corrector must never suggest, so their forms stay out.
	const misspelt = new Set(
		lay.filter((e) => e.misspelling).flatMap((e) => e.forms.flatMap((f) => f.split(' '))),
	);
	const counts = new Map<string, number>();
	const sources = [
		...input.texts,
		...input.layWords.words.flatMap((w) =>
			w.kind === 'misspelling' ? w.expandsTo : [w.term, ...w.variants, ...w.expandsTo],
		),
	];
	for (const text of sources)
		for (const word of words(text))
			if (
				word.length >= minVocabularyWord &&
				!stopWords.has(word) &&
				!misspelt.has(word) &&
				!/\d/.test(word)
			)
				counts.set(word, (counts.get(word) ?? 0) + 1);
	const vocabulary = [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([w]) => w);
	return { lay, rules, redFlags, vocabulary };
}
