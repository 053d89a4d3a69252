/** The search core (src/lib/search): stop words, lay phrases, red flags, suggestions and ranking, on a fake index. */
import { describe, expect, it } from 'vitest';
import { buildSearchData, type SearchData } from '../../src/lib/search/data.ts';
import { matchLayWords, redFlagsIn, ruleFires } from '../../src/lib/search/lay.ts';
import { normalise, rankPages, unionOfAlternatives } from '../../src/lib/search/rank.ts';
import { queryParts, runSearch, type SearchEngine } from '../../src/lib/search/run.ts';
import { allowedEdits, editDistance, suggest } from '../../src/lib/search/suggest.ts';
import { meaningfulWords, normaliseSearchText, words } from '../../src/lib/search/text.ts';

const data: SearchData = buildSearchData({
	layWords: {
		words: [
			{
				term: 'bum',
				variants: ['bums'],
				kind: 'body',
				expandsTo: ['buttock'],
				pages: [],
				avoid: ['/ces/'],
				redFlags: [],
			},
			{
				term: 'numb bum',
				variants: ['bum is numb'],
				kind: 'lay-name',
				expandsTo: ['saddle numbness'],
				pages: ['/red-flags/', '/ces/'],
				avoid: [],
				redFlags: ['saddle-numbness'],
			},
			{
				term: 'pee',
				variants: ['wee'],
				kind: 'function',
				expandsTo: ['urine'],
				pages: [],
				avoid: [],
				redFlags: [],
			},
			{
				term: 'siatica',
				variants: [],
				kind: 'misspelling',
				expandsTo: ['sciatica'],
				pages: ['/sciatica/'],
				avoid: [],
				redFlags: [],
			},
		],
		redFlagRules: [
			{
				redFlag: 'bladder',
				whenAll: [['pee'], ["can't", 'cannot']],
				within: 2,
				notBetween: ['and', 'sit'],
			},
		],
	},
	redFlags: [
		{
			id: 'saddle-numbness',
			label: 'Numb around the bottom',
			urgency: 'emergency',
			action: 'Call 999',
			href: '/r/#s',
			synonyms: [],
		},
		{
			id: 'bladder',
			label: 'Bladder change',
			urgency: 'emergency',
			action: 'Call 999',
			href: '/r/#b',
			synonyms: ['leaking urine'],
		},
	],
	texts: [
		'Sciatica',
		'Piriformis syndrome',
		'Hamstring strain',
		'Sciatica and the piriformis',
		'Sitting pain',
		'L5 root',
	],
});

describe('text', () => {
	it('normalises case, accents, apostrophes and punctuation', () => {
		expect(normaliseSearchText("  Can't   feel Lasègue's—test! ")).toBe('cant feel lasegues test');
		expect(words('')).toEqual([]);
	});
	it('keeps the meaningful words of a sentence, once each', () => {
		expect(
			meaningfulWords('Pain in my bum when I sit at work, pain goes down the back of my thigh'),
		).toEqual(['pain', 'bum', 'sit', 'work', 'back', 'thigh']);
	});
});

describe('edit distance and suggestions', () => {
	it.each([
		['sciatica', 'sciatica', 0],
		['siatica', 'sciatica', 1],
		['sciatcia', 'sciatica', 1], // adjacent swap counts once
		['piriformus', 'piriformis', 1],
		['kitten', 'sitting', 3],
		['', 'abc', 3],
	])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
	it('stops early beyond the limit', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});
	it('allows one edit in short words and two in long ones', () => {
		expect([allowedEdits('hip'), allowedEdits('glute'), allowedEdits('piriformis')]).toEqual([
			1, 1, 2,
		]);
	});
	it('suggests the nearest vocabulary word, never a misspelling the list knows, and nothing for a known word', () => {
		expect(data.vocabulary).toContain('sciatica');
		expect(data.vocabulary).not.toContain('siatica');
		expect(data.vocabulary).not.toContain('and'); // stop word
		expect(data.vocabulary).not.toContain('l5'); // too short, holds a digit
		expect(suggest('sciatcia', data.vocabulary)).toBe('sciatica');
		expect(suggest('piriformus', data.vocabulary)).toBe('piriformis');
		expect(suggest('sciatica', data.vocabulary)).toBeUndefined();
		expect(suggest('zzzzzz', data.vocabulary)).toBeUndefined();
	});
	it('prefers a word with the same first letter when two are as near', () => {
		expect(suggest('bain', ['rain', 'pain', 'bait'])).toBe('bait');
	});
});

describe('lay words and red flags', () => {
	it('takes the longest phrase, so a word inside it is not matched again', () => {
		const m = matchLayWords(words('my numb bum and bum pain'), data.lay);
		expect(m.map((x) => [x.form, x.start])).toEqual([
			['numb bum', 1],
			['bum', 4],
		]);
	});
	it('shows a red flag from an entry, a finding synonym or a rule, and not from a lone body word', () => {
		const flags = (q: string) => {
			const t = words(q);
			return redFlagsIn(t, matchLayWords(t, data.lay), data.rules, data.redFlags).map((f) => f.id);
		};
		expect(flags('bum is numb')).toEqual(['saddle-numbness']);
		expect(flags('leaking urine at night')).toEqual(['bladder']);
		expect(flags('I cannot pee')).toEqual(['bladder']);
		expect(flags('bum pain')).toEqual([]);
		expect(flags('pee and cannot sit')).toEqual([]); // "and" breaks the pair
		expect(flags('I cannot sit to pee')).toEqual([]); // too far apart, and "sit" between
	});
	it('rule words must be near each other in either order', () => {
		const rule = { redFlag: 'x', whenAll: [['numb'], ['down below']], within: 1, notBetween: [] };
		expect(ruleFires(words('down below is numb'), rule)).toBe(true);
		expect(ruleFires(words('numb foot and pain down below'), rule)).toBe(false);
		expect(
			ruleFires(words('numb down below'), { redFlag: 'x', whenAll: rule.whenAll, notBetween: [] }),
		).toBe(true);
	});
	it('splits a query into lay phrases and meaningful words', () => {
		expect(queryParts(words('my numb bum when i pee pee'), data)).toEqual([
			{
				text: 'numb bum',
				alternatives: ['numb bum', 'saddle numbness'],
				pages: ['/red-flags/', '/ces/'],
				avoid: [],
			},
			{ text: 'pee', alternatives: ['pee', 'urine'], pages: [], avoid: [] },
		]);
	});
});

describe('ranking', () => {
	it('normalises scores to the best one', () => {
		expect([
			...normalise([
				{ id: 'a', score: 4 },
				{ id: 'b', score: 1 },
			]),
		]).toEqual([
			['a', 1],
			['b', 0.25],
		]);
		expect(normalise([{ id: 'a', score: 0 }]).get('a')).toBe(1);
	});
	it('keeps the best score of a page over a part’s alternatives', () => {
		const u = unionOfAlternatives([
			[
				{ id: 'a', score: 2 },
				{ id: 'b', score: 1 },
			],
			[{ id: 'b', score: 3 }],
		]);
		expect(u.get('a')).toBe(1);
		expect(u.get('b')).toBe(1);
	});
	it('ranks by parts matched before Pagefind’s score, boosts named pages and demotes avoided ones', () => {
		const parts = [
			new Map([
				['a', 1],
				['b', 0.2],
			]),
			new Map([['b', 0.2]]),
			new Map([['c', 1]]),
		];
		const ranked = rankPages({ allWords: [], parts, boosted: ['c'], avoided: ['b'] });
		// c: 1 part + 1 boost = 2 and a bit; b: 2 parts - 1 avoided = 1 + 0.49 × (0.2 + 0.2) / 3;
		// a: 1 part + 0.49 × 1 / 3, so a's better score puts it above b at one point each.
		expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
		expect(ranked.find((r) => r.id === 'b')?.matched).toBe(2);
		// An avoided page named by another phrase is not demoted.
		expect(
			rankPages({ allWords: [], parts: [new Map([['b', 1]])], boosted: ['b'], avoided: ['b'] })[0]!
				.score,
		).toBeGreaterThan(2);
		// With no parts, the all-words order stands.
		expect(
			rankPages({
				allWords: [
					{ id: 'y', score: 1 },
					{ id: 'x', score: 2 },
				],
				parts: [],
				boosted: [],
				avoided: [],
			}).map((r) => r.id),
		).toEqual(['x', 'y']);
	});
});

/** A fake index: each page is a bag of words; a term finds the pages that hold all its words. */
function fakeEngine(pages: Record<string, string>): SearchEngine & { terms: string[] } {
	const terms: string[] = [];
	return {
		terms,
		search: (term) => {
			terms.push(term);
			const need = words(term);
			const found = Object.entries(pages)
				.filter(([, text]) => need.every((w) => words(text).includes(w)))
				.map(([id, text]) => ({
					id,
					score: need.filter((w) => words(text).includes(w)).length / words(text).length,
				}));
			return Promise.resolve(found);
		},
		pagesAt: (path) => Promise.resolve(path in pages ? [path] : []),
		// Pages under /cases/ play the published cases.
		secondaryPages: () =>
			Promise.resolve(Object.keys(pages).filter((p) => p.startsWith('/cases/'))),
	};
}

describe('runSearch', () => {
	const engine = () =>
		fakeEngine({
			'/ces/': 'cauda equina saddle numbness bladder numb bum',
			'/red-flags/': 'red flags saddle numbness urgent',
			'/pht/': 'proximal hamstring tendinopathy buttock pain sitting thigh',
			'/piriformis/': 'piriformis buttock pain',
			'/sciatica/': 'sciatica leg pain',
		});
	it('finds pages for a sentence whose words no page holds together, best match first', async () => {
		const out = await runSearch(
			'pain in my bum when I sit at work, goes down the back of my thigh',
			data,
			engine(),
		);
		expect(out.allWordsCount).toBe(0);
		expect(out.ranked[0]!.id).toBe('/pht/');
		expect(out.ranked.map((r) => r.id)).not.toContain('/red-flags/');
	});
	it('puts the pages a lay phrase names first and shows its red flag', async () => {
		const out = await runSearch('numb bum', data, engine());
		expect(
			out.ranked
				.slice(0, 2)
				.map((r) => r.id)
				.sort(),
		).toEqual(['/ces/', '/red-flags/']);
		expect(out.redFlags.map((f) => f.id)).toEqual(['saddle-numbness']);
	});
	it('puts the red-flags page first when a rule finds a red flag in ordinary words', async () => {
		const out = await runSearch('i cannot pee properly', data, engine());
		expect(out.redFlags.map((f) => f.id)).toEqual(['bladder']);
		expect(out.ranked[0]!.id).toBe('/red-flags/');
	});
	it('ranks a published case after the pages that match as much, and first when it matches more', async () => {
		const pages = {
			'/cases/runner-who-cannot-sit/': 'runner marathon sitting',
			'/pht/': 'proximal hamstring tendinopathy sitting pain',
			'/pudendal/': 'pudendal neuralgia sitting pain perineum',
		};
		// On Pagefind's score alone the case, full of the word, would lead.
		const sitting = await runSearch('sitting', data, fakeEngine(pages));
		expect(sitting.ranked.map((r) => r.id).at(-1)).toBe('/cases/runner-who-cannot-sit/');
		// A query only the case answers in full still puts it first.
		const marathon = await runSearch('marathon runner sitting', data, fakeEngine(pages));
		expect(marathon.ranked[0]!.id).toBe('/cases/runner-who-cannot-sit/');
	});
	it('keeps an emergency page a body word must not push up out of the top', async () => {
		const out = await runSearch('bum', data, engine());
		expect(out.ranked.at(-1)!.id).toBe('/ces/');
	});
	it('corrects a word the index does not know, and a misspelling the list knows', async () => {
		const out = await runSearch('sciatcia leg', data, engine());
		expect(out.corrections).toEqual([{ from: 'sciatcia', to: 'sciatica' }]);
		expect(out.correctedQuery).toBe('sciatica leg');
		expect(out.ranked[0]!.id).toBe('/sciatica/');
		const known = await runSearch('siatica', data, engine());
		expect(known.corrections).toEqual([{ from: 'siatica', to: 'sciatica' }]);
		expect(known.ranked[0]!.id).toBe('/sciatica/');
	});
	it('corrects a word found on a few pages when its correction is found on many more, and only then', async () => {
		const pages = {
			'/a/': 'piriformsi cited once',
			'/b/': 'piriformis',
			'/c/': 'piriformis',
			'/d/': 'piriformis stretch',
		};
		const out = await runSearch('piriformsi', data, fakeEngine(pages));
		expect(out.corrections).toEqual([{ from: 'piriformsi', to: 'piriformis' }]);
		// The page that holds the typo itself comes only from the query as typed, so it comes last.
		expect(out.ranked.map((r) => r.id)).toEqual(['/b/', '/c/', '/d/', '/a/']);
		// Found on one page and its correction on two: not more common enough, so left alone.
		const kept = await runSearch(
			'piriformsi',
			data,
			fakeEngine({ '/a/': 'piriformsi', '/b/': 'piriformis', '/c/': 'piriformis' }),
		);
		expect(kept.corrections).toEqual([]);
	});
	it('checks a long unknown word for a typo even when weak matches find it on many pages, but not a short one', async () => {
		const noise = Object.fromEntries(
			Array.from({ length: 6 }, (_, i) => [`/noise-${i}/`, 'piriformsi sciatcia']),
		);
		const right = Object.fromEntries(
			Array.from({ length: 13 }, (_, i) => [`/right-${i}/`, 'piriformis sciatica']),
		);
		const long = await runSearch('piriformsi', data, fakeEngine({ ...noise, ...right }));
		expect(long.corrections).toEqual([{ from: 'piriformsi', to: 'piriformis' }]);
		// Six pages for a six-letter word: taken as a word the site uses, not corrected.
		const shortNoise = Object.fromEntries(
			Array.from({ length: 6 }, (_, i) => [`/n-${i}/`, 'siatca']),
		);
		const shortRight = Object.fromEntries(
			Array.from({ length: 13 }, (_, i) => [`/r-${i}/`, 'sciatica']),
		);
		const short = await runSearch('siatca', data, fakeEngine({ ...shortNoise, ...shortRight }));
		expect(short.corrections).toEqual([]);
	});
	it('leaves an unknown word with no near neighbour, and finds nothing for nothing', async () => {
		const out = await runSearch('qwxz', data, engine());
		expect(out.ranked).toEqual([]);
		expect(out.correctedQuery).toBeUndefined();
		expect((await runSearch('  ?! ', data, engine())).ranked).toEqual([]);
	});
	it('searches each distinct term once', async () => {
		const e = engine();
		await runSearch('pain pain buttock pain', data, e);
		expect(e.terms.filter((t) => t === 'pain')).toHaveLength(1);
	});
});
