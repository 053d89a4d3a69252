/**
 * Build-time inputs of the search: the lay-word list (one entry of the `lay-words` collection), the
 * data the search dialog downloads (src/lib/search/data.ts) and the lay words each page is found by.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildSearchData, type SearchData } from '../lib/search/data.ts';
import { sitePath } from '../lib/url.ts';
import { loadAll, redFlags } from './entries.ts';
import { href } from './site.ts';

async function layWords() {
	const entry = await getEntry('lay-words', 'lay-words');
	if (!entry) throw new Error('content/search/lay-words.yaml did not load (src/content.config.ts)');
	return entry.data;
}

/** Headings of an MDX or Markdown body ("## When to get help" → "When to get help"). */
const headings = (body = '') => [...body.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) => m[1]!);

export async function searchData(): Promise<SearchData> {
	const { conditions, tests, exercises, findings } = await loadAll();
	const docs = await getCollection('docs');
	const entities = [...conditions.values(), ...tests.values(), ...exercises.values()];
	const texts = [
		...entities.flatMap((e) => [
			e.data.name,
			...e.data.aliases,
			...e.data.searchPhrases,
			...headings(e.body),
		]),
		...[...findings.values()].flatMap((f) => [
			f.data.label,
			f.data.clinicalLabel,
			...f.data.synonyms,
		]),
		...docs.flatMap((d) => [d.data.title, ...headings(d.body)]),
	];
	return buildSearchData({
		layWords: await layWords(),
		redFlags: (await redFlags()).map((f) => ({
			id: f.id,
			label: f.label,
			urgency: f.urgency,
			action: f.action,
			href: href(sitePath.redFlag(f.id)),
			synonyms: findings.get(f.id)?.data.synonyms ?? [],
		})),
		texts,
	});
}

/** The lay terms and variants that name a page (`pages` of lay-words.yaml), by site path. */
export async function layTermsByPath(): Promise<Map<string, string[]>> {
	const byPath = new Map<string, string[]>();
	for (const w of (await layWords()).words)
		for (const path of w.pages)
			byPath.set(path, [...(byPath.get(path) ?? []), w.term, ...w.variants]);
	return byPath;
}
