/**
 * Collection queries shared by the route files, and nothing else: pages call these, hand the result
 * to a pure builder in src/lib/pages/, and pass plain data down to components, which never query.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Lookups } from '../lib/pages/entries.ts';
import { redFlagList } from '../lib/red-flags.ts';

async function byId<C extends CollectionKey>(
	collection: C,
): Promise<Map<string, CollectionEntry<C>>> {
	const entries = await getCollection(collection);
	return new Map(entries.map((e) => [e.id, e] as const));
}

const load = async () => ({
	conditions: await byId('conditions'),
	tests: await byId('clinical-tests'),
	exercises: await byId('exercises'),
	findings: await byId('findings'),
	references: await byId('references'),
	programmes: await byId('programmes'),
});

let cache: ReturnType<typeof load> | undefined;

/** Every collection a page builder reads, indexed by id, loaded once per build. */
export function loadAll(): ReturnType<typeof load> {
	cache ??= load();
	return cache;
}

/** The same, typed as the page builders take it (a check that Astro's entries fit them). */
export const lookups = (): Promise<Lookups> => loadAll();

/** Every red-flag finding, most urgent first. */
export async function redFlags() {
	return redFlagList((await loadAll()).findings.values());
}

/** The differential helper's settings (content/differential/settings), whose priors test pages offer. */
export function settings() {
	return getCollection('settings');
}
