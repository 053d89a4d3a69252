/**
 * The lay-word list (`content/search/lay-words.yaml`): the words people type into the search box,
 * mapped to the words and pages of this site. One reviewed file, used
 *
 * - at build time: each entry's term and variants become Pagefind metadata of the pages it names, so a
 *   page is found by words it never uses itself ("hammy" finds the hamstring strain page);
 * - at query time: a term found in the query adds the site's own words (`expandsTo`) as alternatives,
 *   misspellings seed the "did you mean" corrector, and red-flag terms and rules decide when the urgent
 *   advice is shown above the results.
 *
 * Loaded by `src/content.config.ts` as the one entry of the `lay-words` collection and checked by
 * `npm run check:content` (scripts/content-check/rules/search-files.ts). Cross-references (page paths,
 * finding ids) are plain strings here; whether they exist is that content rule, not a schema rule.
 */
import { z } from 'astro/zod';
import { bodyRegion, kebabId, reviewedDate, text } from './shared.ts';
import { normaliseSearchText } from '../lib/search/text.ts';

/**
 * What kind of word an entry is. The search code treats them alike; the kinds keep the list reviewable
 * and countable, and the rules in the README differ by kind.
 */
export const layWordKinds = [
	/** A part of the body in everyday words: bum, sit bone, down below, back of the leg. */
	'body',
	/** How it feels: pins and needles, burning, shooting, dead leg, throbbing. */
	'sensation',
	/** Bladder, bowel and sexual function in everyday words: pee, wee, poo, can't feel wiping. */
	'function',
	/** What the person was doing or does a lot: gym, deadlift, cycling, running, driving, desk, pregnancy. */
	'activity',
	/** An everyday name for a condition: pulled hamstring, slipped disc, wear and tear in the hip. */
	'lay-name',
	/** A clinical word or abbreviation the site phrases differently: SI joint, glute med, IT band, L5. */
	'clinical',
	/** The same word spelt the British or the American way: anesthesia, edema, orthopedic, hematoma. */
	'spelling',
	/** A different word for the same thing in British and American English: ER, shopping cart, physical therapist. */
	'dialect',
	/** A common misspelling, the seed of the typo corrector: piriformus, siatica, corda equina. */
	'misspelling',
] as const;
export type LayWordKind = (typeof layWordKinds)[number];

/** Terms and queries are compared after `normaliseSearchText` (src/lib/search/text.ts). */
export { normaliseSearchText };

/** A word or phrase as people type it: lower case (the search code normalises it further). */
export const searchTerm = text
	.refine((t) => t === t.toLowerCase(), { error: 'write terms in lower case' })
	.refine((t) => normaliseSearchText(t).length > 0, { error: 'must contain a letter or a digit' });

/** A root-relative page path with a trailing slash, as the site publishes it ("/conditions/coccydynia/"). */
export const sitePath = z.string().regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, {
	error: 'must be a root-relative path with a trailing slash, such as /conditions/coccydynia/',
});

/** Which English a spelling or a word belongs to. */
export const dialects = ['british', 'american', 'other'] as const;

export const layWordSchema = z
	.strictObject({
		/** What people type, in lower case: one word or a phrase ("bum", "numb down below", "piriformus"). */
		term: searchTerm,
		/**
		 * Other forms the search code treats exactly like the term: plurals, other spellings, with and
		 * without a space or hyphen, other word orders ("bums", "bum cheek", "tail bone"). Leave out forms
		 * that mean something else ("run" is not listed for running: "pain runs down my leg").
		 */
		variants: z.array(searchTerm).default([]),
		/** What kind of word it is (see `layWordKinds`). */
		kind: z.enum(layWordKinds),
		/**
		 * The site's own words for the same thing. At query time they are added to the query as
		 * alternatives (searched as well as the typed term, never instead of it). Each should occur in the
		 * site's text, or the expansion finds nothing. For a misspelling, the correct spelling comes first:
		 * it is the "did you mean" suggestion.
		 */
		expandsTo: z.array(text).min(1, { error: 'a lay word must expand to at least one site word' }),
		/**
		 * Pages the term should lead to. At build time the term and its variants are added to these
		 * pages' Pagefind metadata; at query time these pages may be boosted. Leave empty for a word too
		 * general to name pages ("bum", "ache"): expansion alone is enough.
		 */
		pages: z.array(sitePath).default([]),
		/**
		 * Findings (content/findings ids, not red flags) the term describes, so the symptom route and the
		 * body map can offer them. Red-flag findings go in `redFlags`, never here.
		 */
		findings: z.array(kebabId).default([]),
		/**
		 * Red-flag findings whose urgent advice this term, on its own, shows above the results. Only for a
		 * term that names the warning sign itself ("numb down below", "can't feel wiping", "foot drop"),
		 * never for a body word or a function word alone ("bum", "pee"): combinations of ordinary words are
		 * `redFlagRules` in the file.
		 */
		redFlags: z.array(kebabId).default([]),
		/**
		 * Pages this term must never push up. The search code must not boost them because of this entry,
		 * and a query made of this term alone must not show them in the top 3 ("bum" must not lead to
		 * cauda equina syndrome through the alias "numb bum").
		 */
		avoid: z.array(sitePath).default([]),
		/** The body region a body word names, for the body map and the region filter. */
		region: bodyRegion.optional(),
		/** Which English the term belongs to; required for `spelling` and `dialect` entries. */
		dialect: z.enum(dialects).optional(),
		/** Why the mapping is what it is, or what it deliberately leaves out; write one wherever a reviewer might otherwise "fix" it. */
		note: text.optional(),
	})
	.refine((w) => !['spelling', 'dialect'].includes(w.kind) || w.dialect !== undefined, {
		error: 'spelling and dialect entries need a dialect',
		path: ['dialect'],
	})
	.refine((w) => !w.pages.some((p) => w.avoid.includes(p)), {
		error: 'a page cannot be both a target and avoided',
		path: ['avoid'],
	})
	.refine((w) => w.redFlags.length === 0 || !w.avoid.includes('/red-flags/'), {
		error: 'a red-flag term cannot avoid the red-flags page',
		path: ['avoid'],
	});
export type LayWord = z.infer<typeof layWordSchema>;

/**
 * A red flag shown when ordinary words occur together: "numb" and "down below", "can't" and "pee".
 * Neither word alone is urgent; together, near each other, they describe the warning sign.
 */
export const redFlagRuleSchema = z.strictObject({
	/** Short kebab-case name, for test messages and the review. */
	id: kebabId,
	/** The red-flag finding (content/findings, group red-flag) whose urgent advice the rule shows. */
	redFlag: kebabId,
	/**
	 * Sets of words or phrases. The rule fires when the query holds at least one item of every set.
	 * Items are matched like terms (normalised, whole words); an item that is a lay-word term also
	 * matches that entry's variants.
	 */
	whenAll: z
		.array(z.array(searchTerm).min(1))
		.min(2, { error: 'a rule combines at least two sets of words' }),
	/**
	 * How close the matches must be: at most this many other words between one set's match and the
	 * next. Omit when anywhere in the query will do.
	 */
	within: z.number().int().nonnegative().optional(),
	/**
	 * Words that break a match when they lie between the two items: a numbness word that belongs to
	 * another body part ("numb leg and bum") must not reach a saddle word. A pair with one of these
	 * words between them does not count; another pair in the same query still may.
	 */
	notBetween: z.array(searchTerm).default([]),
	/** Why the combination is urgent, and which look-alike phrases it deliberately leaves out. */
	note: text,
});
export type RedFlagRule = z.infer<typeof redFlagRuleSchema>;

/** The whole file: the words and the red-flag rules, with one review date. */
export const layWordFileSchema = z
	.strictObject({
		/** The date a person last reviewed the whole list against the site's content. */
		reviewed: reviewedDate,
		/** The lay words, grouped by kind in the file for reading; order carries no meaning. */
		words: z.array(layWordSchema).min(1),
		/** Combinations of ordinary words that show a red flag's urgent advice. */
		redFlagRules: z.array(redFlagRuleSchema).default([]),
	})
	.superRefine((file, ctx) => {
		// A typed form must mean one thing: no term or variant may appear twice once normalised.
		const seen = new Map<string, number>();
		file.words.forEach((w, i) => {
			const own = new Set<string>();
			for (const form of [w.term, ...w.variants]) {
				const key = normaliseSearchText(form);
				if (own.has(key))
					ctx.addIssue({
						code: 'custom',
						message: `"${form}" is repeated in this entry once normalised`,
						path: ['words', i, 'variants'],
					});
				own.add(key);
				const first = seen.get(key);
				if (first !== undefined && first !== i) {
					ctx.addIssue({
						code: 'custom',
						message: `"${form}" is already a term or variant of "${file.words[first]?.term ?? ''}"`,
						path: ['words', i, 'term'],
					});
				}
				seen.set(key, first ?? i);
			}
		});
		const ids = new Set<string>();
		file.redFlagRules.forEach((r, i) => {
			if (ids.has(r.id))
				ctx.addIssue({
					code: 'custom',
					message: `duplicate rule id "${r.id}"`,
					path: ['redFlagRules', i, 'id'],
				});
			ids.add(r.id);
		});
	});
export type LayWordFile = z.infer<typeof layWordFileSchema>;
