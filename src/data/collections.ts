/**
 * Collection queries shared by the route files. Pages call these and pass plain data to components,
 * which never query content themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationLabel } from '../lib/citation.ts';
import { entityPath, withBase } from '../lib/url.ts';

const base = import.meta.env.BASE_URL;

/** A root-relative site path with the deployment base in front. */
export const href = (path: string) => withBase(base, path);

type Ref<C extends string> = { collection: C; id: string };

async function byId<C extends 'conditions' | 'clinical-tests' | 'exercises' | 'findings' | 'references'>(collection: C) {
	const entries = (await getCollection(collection)) as Array<CollectionEntry<C>>;
	return new Map(entries.map((e) => [e.id, e] as const));
}

/** Every collection indexed by id, loaded once per build. */
let cache: Promise<{
	conditions: Map<string, CollectionEntry<'conditions'>>;
	tests: Map<string, CollectionEntry<'clinical-tests'>>;
	exercises: Map<string, CollectionEntry<'exercises'>>;
	findings: Map<string, CollectionEntry<'findings'>>;
	references: Map<string, CollectionEntry<'references'>>;
}> | undefined;

export function loadAll() {
	cache ??= (async () => ({
		conditions: await byId('conditions'),
		tests: await byId('clinical-tests'),
		exercises: await byId('exercises'),
		findings: await byId('findings'),
		references: await byId('references'),
	}))();
	return cache;
}

/** Looks a reference up, failing the build with the owner and the id when it dangles. */
export function resolve<T>(map: Map<string, T>, ref: Ref<string>, owner: string): T {
	const found = map.get(ref.id);
	if (found === undefined) throw new Error(`${owner} refers to ${ref.collection}/${ref.id}, which does not exist`);
	return found;
}

/** Plain reference data for <ReferenceList>, in the order given, without repeats. */
export async function referenceItems(refs: ReadonlyArray<Ref<'references'>>, owner: string) {
	const { references } = await loadAll();
	const seen = new Set<string>();
	return refs
		.filter((r) => !seen.has(r.id) && seen.add(r.id))
		.map((r) => {
			const entry = resolve(references, r, owner);
			return { id: entry.id, ...entry.data };
		});
}

/** Short label and bibliography link for one reference. */
export async function sourceLink(ref: Ref<'references'>, owner: string) {
	const { references } = await loadAll();
	const entry = resolve(references, ref, owner);
	return { label: citationLabel(entry.data), href: href(entityPath.references(entry.id)) };
}

/** Red-flag findings, most urgent first, with what to do. */
export async function redFlags() {
	const { findings } = await loadAll();
	const order = { emergency: 0, 'same-day': 1, soon: 2 } as const;
	return [...findings.values()]
		.flatMap((f) => (f.data.redFlag ? [{ id: f.id, label: f.data.label, clinicalLabel: f.data.clinicalLabel, reviewed: f.data.reviewed, ...f.data.redFlag }] : []))
		.sort((a, b) => order[a.urgency] - order[b.urgency] || a.label.localeCompare(b.label, 'en'));
}
