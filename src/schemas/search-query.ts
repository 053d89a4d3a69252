/**
 * The public query set (`content/search/queries.yaml`): searches written the way people type them, each
 * with the pages that should answer it. The search tests run every query through the site's real
 * search code and report the share answered in the top 3 and the number of empty result lists.
 *
 * Loaded by `src/content.config.ts` as the one entry of the `search-queries` collection and checked by
 * `npm run check:content` (scripts/content-check/rules/search-files.ts), which also checks that the
 * paths and finding ids exist.
 */
import { z } from 'astro/zod';
import { kebabId, reviewedDate, text } from './shared.ts';
import { normaliseSearchText, sitePath } from './lay-word.ts';

/**
 * What a query exercises; a query usually has several tags. The length tags (`one-word`, `two-word`,
 * `phrase`, `sentence`) are exclusive: exactly one per query.
 */
export const queryTags = [
	/** A single word ("bum", "piriformus"). */
	'one-word',
	/** Two words ("pulled hamstring", "glute bridge"). */
	'two-word',
	/** Three words or more, but not a sentence ("pain sitting on bike saddle"). */
	'phrase',
	/** A whole sentence or most of one, as typed into a box ("pain in my bum when I sit at work, …"). */
	'sentence',
	/** Everyday words (bum, pee, pulled, trapped nerve). */
	'lay',
	/** Clinicians' words or names of tests (FADIR, radiculopathy, Lasègue). */
	'clinical',
	/** Holds a misspelling. */
	'misspelling',
	/** Holds a British spelling or word (bum, wee, A&E, lorry, programme). */
	'british',
	/** Holds an American spelling or word (butt, ER, disk, hematoma, shopping cart). */
	'american',
	/** Describes a red flag: urgent advice must show. */
	'red-flag',
	/** Names a condition by its everyday name (pulled hamstring, tailbone pain). */
	'lay-name',
	/** Holds a word that no page of the site used when the query was written (see `unseenWords`). */
	'unseen-word',
] as const;
export type QueryTag = (typeof queryTags)[number];
const lengthTags: readonly QueryTag[] = ['one-word', 'two-word', 'phrase', 'sentence'];

export const searchQuerySchema = z
	.strictObject({
		/** The query exactly as a person would type it, typos, missing apostrophes and all. */
		query: text,
		/**
		 * Pages that answer it (root-relative paths). The query passes when at least one of them is among
		 * the first 3 results; list every page that would truly answer it, best first.
		 */
		expect: z.array(sitePath).min(1, { error: 'name at least one page that answers the query' }),
		/** Pages that must not be among the first 3 results (an emergency page for a mundane word). */
		notInTop3: z.array(sitePath).default([]),
		/**
		 * Whether urgent advice must appear above the results: `shown` (a red flag is described),
		 * `not-shown` (an ordinary query that must not raise an alarm). Omit when either is acceptable.
		 */
		urgent: z.enum(['shown', 'not-shown']).optional(),
		/** With `urgent: shown`: red-flag findings whose advice must be among the advice shown. */
		redFlags: z.array(kebabId).default([]),
		/** What the query exercises, for the counts the tests report. */
		tags: z.array(z.enum(queryTags)).min(1),
		/**
		 * Words of the query that no page of the site used when the query was written (text, aliases and
		 * synonyms, before the lay-word metadata), so only the lay-word list or the sentence fallback can
		 * answer it. Needed with the `unseen-word` tag.
		 */
		unseenWords: z.array(text).default([]),
		/** Why these pages answer it, or what the query tests. */
		note: text.optional(),
	})
	.refine((q) => (q.urgent === 'shown') === q.redFlags.length > 0, {
		error: 'urgent: shown needs the red flags that must show, and only then',
		path: ['redFlags'],
	})
	.refine((q) => (q.urgent === 'shown') === q.tags.includes('red-flag'), {
		error: 'the red-flag tag goes with urgent: shown, and only with it',
		path: ['tags'],
	})
	.refine((q) => q.tags.filter((t) => lengthTags.includes(t)).length === 1, {
		error: 'give exactly one length tag: one-word, two-word, phrase or sentence',
		path: ['tags'],
	})
	.refine((q) => q.unseenWords.length > 0 === q.tags.includes('unseen-word'), {
		error: 'the unseen-word tag goes with unseenWords, and only with them',
		path: ['unseenWords'],
	})
	.refine(
		(q) =>
			q.unseenWords.every((w) =>
				normaliseSearchText(w)
					.split(' ')
					.every((part) => normaliseSearchText(q.query).split(' ').includes(part)),
			),
		{
			error: 'every unseen word must occur in the query',
			path: ['unseenWords'],
		},
	)
	.refine(
		(q) => {
			const words = normaliseSearchText(q.query).split(' ').length;
			if (q.tags.includes('one-word')) return words === 1;
			if (q.tags.includes('two-word')) return words === 2;
			return words >= 3;
		},
		{ error: 'the length tag does not match the number of words', path: ['tags'] },
	)
	.refine((q) => !q.expect.some((p) => q.notInTop3.includes(p)), {
		error: 'a page cannot be both expected and forbidden in the top 3',
		path: ['notInTop3'],
	});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The whole file: the queries, with one review date. */
export const searchQueryFileSchema = z
	.strictObject({
		/** The date a person last reviewed the set. */
		reviewed: reviewedDate,
		/** The queries; order carries no meaning. */
		queries: z
			.array(searchQuerySchema)
			.min(80, { error: 'the public query set has at least 80 queries' }),
	})
	.superRefine((file, ctx) => {
		const seen = new Set<string>();
		file.queries.forEach((q, i) => {
			const key = normaliseSearchText(q.query);
			if (seen.has(key))
				ctx.addIssue({
					code: 'custom',
					message: `duplicate query "${q.query}"`,
					path: ['queries', i, 'query'],
				});
			seen.add(key);
		});
	});
export type SearchQueryFile = z.infer<typeof searchQueryFileSchema>;
