/**
 * Links between entries are written on either side (a condition lists its exercises; an exercise
 * lists its conditions). Pages show both directions merged, so a link written once appears on both
 * pages and the two views can never disagree.
 */
import type { Entry, Lookups } from './pages/entries.ts';

/** Ids an entry lists itself, then ids that list it, each once, in that order. */
export function mergeRelated(own: readonly string[], listedBy: readonly string[]): string[] {
	return [...new Set([...own, ...listedBy])];
}

type Ref = { id: string };

/** The ids `own` lists, merged with the ids of the `others` whose `back` field lists `id`. */
function relation<D>(
	id: string,
	own: readonly Ref[],
	others: ReadonlyMap<string, Entry<D>>,
	back: (data: D) => readonly Ref[],
): string[] {
	const listing = [...others.values()]
		.filter((other) => back(other.data).some((r) => r.id === id))
		.map((other) => other.id);
	return mergeRelated(
		own.map((r) => r.id),
		listing,
	);
}

/** Both directions of each link: a condition's tests and exercises, a test's targets and an exercise's conditions. */
export function relationsOf(all: Lookups) {
	return {
		testsOfCondition: (id: string) =>
			relation(id, all.conditions.get(id)?.data.tests ?? [], all.tests, (t) => t.targets),
		exercisesOfCondition: (id: string) =>
			relation(
				id,
				all.conditions.get(id)?.data.exercises ?? [],
				all.exercises,
				(e) => e.conditions,
			),
		targetsOfTest: (id: string) =>
			relation(id, all.tests.get(id)?.data.targets ?? [], all.conditions, (c) => c.tests),
		conditionsOfExercise: (id: string) =>
			relation(
				id,
				all.exercises.get(id)?.data.conditions ?? [],
				all.conditions,
				(c) => c.exercises,
			),
	};
}
