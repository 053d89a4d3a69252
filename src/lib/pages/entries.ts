/**
 * The content a page builder reads, as plain data: every collection indexed by id. Pages pass what
 * src/data/entries.ts loads from Astro; unit tests pass small fixtures. Types come from the schemas.
 */
import type { ClinicalTest } from '../../schemas/clinical-test.ts';
import type { Condition } from '../../schemas/condition.ts';
import type { Exercise } from '../../schemas/exercise.ts';
import type { Finding } from '../../schemas/finding.ts';
import type { ProgrammeTemplate } from '../../schemas/programme-template.ts';
import type { Reference } from '../../schemas/reference.ts';

/** One entry: its id, its data, and the file it came from (Astro's `filePath`) for error messages. */
export interface Entry<D> {
	id: string;
	filePath?: string | undefined;
	data: D;
}

export interface Lookups {
	conditions: ReadonlyMap<string, Entry<Condition>>;
	tests: ReadonlyMap<string, Entry<ClinicalTest>>;
	exercises: ReadonlyMap<string, Entry<Exercise>>;
	findings: ReadonlyMap<string, Entry<Finding>>;
	references: ReadonlyMap<string, Entry<Reference>>;
	/** Programme templates (content/programmes); pages that do not offer them may leave this out. */
	programmes?: ReadonlyMap<string, Entry<ProgrammeTemplate>> | undefined;
}

/** The deployment, bound once by the page (src/data/site.ts): base path and site address. */
export interface Site {
	/** A root-relative path with the base in front (src/lib/url.ts `linkerFor`). */
	href: (path: string) => string;
	/** The absolute URL of a path that already has the base (src/lib/url.ts `absoluteUrlFor`). */
	absoluteUrl: (pathWithBase: string) => string;
}

/** The file to name in an error about `entry`: Astro's filePath, or its collection and id. */
export function fileOf(
	entry: { id: string; filePath?: string | undefined },
	collection: string,
): string {
	return entry.filePath ?? `${collection}/${entry.id}`;
}

/**
 * Looks up the entry a reference names, failing the build with the referring file and field when it
 * dangles (the content checker stops such content first; this guards a page built without it).
 */
export function lookup<D>(
	map: ReadonlyMap<string, Entry<D>>,
	ref: { collection: string; id: string },
	where: string,
): Entry<D> {
	const found = map.get(ref.id);
	if (found === undefined)
		throw new Error(`${where}: refers to ${ref.collection}/${ref.id}, which does not exist`);
	return found;
}
