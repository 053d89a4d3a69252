/**
 * How typed text is compared everywhere in search: the lay-word list, the queries, the vocabulary and
 * the red-flag rules all go through `normaliseSearchText`, so the list can be written in natural
 * spelling ("can't", "Lasègue") and still match what people type ("cant", "lasegue").
 */

/**
 * Lower case, accents removed, apostrophes deleted ("can't" = "cant"), every other character that is
 * not a letter, a digit or "&" turned into a space, spaces collapsed.
 */
export function normaliseSearchText(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}&]+/gu, ' ')
		.trim();
}

/** The normalised words of a text, in order ("Can't sit!" → ["cant", "sit"]). */
export function words(value: string): string[] {
	const normal = normaliseSearchText(value);
	return normal ? normal.split(' ') : [];
}

/**
 * Words that carry no meaning for finding a page: function words and the fillers of a typed sentence
 * ("I have pain in my bum when I sit at work"). Pain words stay ("pain", "ache", "sore") because they
 * are what most pages are about, and negation words stay out of this list's job: they matter to the
 * red-flag rules, which read the whole query, not the meaningful words.
 */
export const stopWords: ReadonlySet<string> = new Set(
	(
		'a about above after again all also am an and any are as at be been before being below between both ' +
		'but by can could did do does doing done down during each few for from further get gets getting got ' +
		'had has have having he her here hers him his how i if im in into is it its ive just me might more ' +
		'most much my myself no nor not now of off on once only or other our out over own really same she ' +
		'should so some such than that thats the their them then there these they this those through to too ' +
		'under until up very was we were what when where which while who whom why will with would you your ' +
		'goes going go went keep keeps kind like lot lots bit little thing things something feel feels ' +
		'feeling felt since ever every day days time times recently sometimes lately week weeks today ' +
		'please help know think wondering anyone bad worse really started start starts'
	).split(' '),
);

/** The words of a query that can find a page: normalised, stop words dropped, repeats removed. */
export function meaningfulWords(value: string): string[] {
	return [...new Set(words(value).filter((w) => !stopWords.has(w)))];
}
