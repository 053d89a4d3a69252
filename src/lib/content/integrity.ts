/**
 * Cross-entry checks that a single schema cannot make: every reference must name an entry that
 * exists. Astro only logs dangling references, so the build runs this first and stops on any.
 */

/** The shape schemas give a parsed cross-reference. */
export interface EntryReference {
	collection: string;
	id: string;
}

/** One parsed entry, with the file it came from for error messages. */
export interface LoadedEntry {
	collection: string;
	id: string;
	file: string;
	data: unknown;
}

/** A content problem: which file, which field, what is wrong. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

function isReference(value: unknown): value is EntryReference {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 2 &&
		typeof (value as EntryReference).collection === 'string' &&
		typeof (value as EntryReference).id === 'string'
	);
}

/** Every reference inside `data`, with the dotted field path that holds it (e.g. `accuracy[0].source`). */
export function collectReferences(data: unknown, path = ''): Array<{ field: string; ref: EntryReference }> {
	if (isReference(data)) return [{ field: path, ref: data }];
	if (Array.isArray(data)) return data.flatMap((item, i) => collectReferences(item, `${path}[${i}]`));
	if (typeof data === 'object' && data !== null) {
		return Object.entries(data).flatMap(([key, value]) => collectReferences(value, path ? `${path}.${key}` : key));
	}
	return [];
}

/** References that point at an id no entry of that collection has. */
export function findDanglingReferences(entries: readonly LoadedEntry[]): ContentProblem[] {
	const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
	return entries.flatMap((entry) =>
		collectReferences(entry.data)
			.filter(({ ref }) => !known.has(`${ref.collection}/${ref.id}`))
			.map(({ field, ref }) => ({
				file: entry.file,
				field,
				message: `refers to "${ref.id}" in ${ref.collection}, but no such entry exists`,
			})),
	);
}

/** One line per problem, in the form the build and the tests print: `file: field: message`. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}: ${problem.field || '(file)'}: ${problem.message}`;
}
