/**
 * Collection queries shared by the route files. Pages call these and pass plain data to components,
 * which never query content themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { citationLabel } from '../lib/citation.ts';
import { mergeRelated } from '../lib/relations.ts';
import { entityPath, withBase } from '../lib/url.ts';

const base = import.meta.env.BASE_URL;

/** A root-relative site path with the deployment base in front. */
export const href = (path: string) => withBase(base, path);

/**
 * The absolute address of a path that already carries the base (Astro.url.pathname, or an `href`
 * result), on the configured site: canonical links, JSON-LD and QR codes all use this form.
 */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;

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

/**
 * Both directions of each link, merged (src/lib/relations.ts): a condition's tests and exercises,
 * a test's target conditions and an exercise's conditions, whichever side wrote the link.
 */
export async function relations() {
	const all = await loadAll();
	const ids = (refs: ReadonlyArray<{ id: string }>) => refs.map((r) => r.id);
	const conditions = [...all.conditions.values()];
	const tests = [...all.tests.values()];
	const exercises = [...all.exercises.values()];
	return {
		testsOfCondition: (id: string) =>
			mergeRelated(ids(all.conditions.get(id)?.data.tests ?? []), tests.filter((t) => ids(t.data.targets).includes(id)).map((t) => t.id)),
		exercisesOfCondition: (id: string) =>
			mergeRelated(ids(all.conditions.get(id)?.data.exercises ?? []), exercises.filter((e) => ids(e.data.conditions).includes(id)).map((e) => e.id)),
		targetsOfTest: (id: string) =>
			mergeRelated(ids(all.tests.get(id)?.data.targets ?? []), conditions.filter((c) => ids(c.data.tests).includes(id)).map((c) => c.id)),
		conditionsOfExercise: (id: string) =>
			mergeRelated(ids(all.exercises.get(id)?.data.conditions ?? []), conditions.filter((c) => ids(c.data.exercises).includes(id)).map((c) => c.id)),
	};
}
