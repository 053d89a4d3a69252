/** References as pages show them: full entries for a page's list, short labelled links beside a claim. */
import type { Reference } from '../../schemas/reference.ts';
import { citationLabel } from '../citation.ts';
import { sitePath } from '../url.ts';
import { lookup, type Entry, type Site } from './entries.ts';

type Ref = { collection: string; id: string };

export type ReferenceItem = Reference & { id: string };

/** Full reference data for a page's reference list, in the order given, without repeats. */
export function referenceItems(
	references: ReadonlyMap<string, Entry<Reference>>,
	refs: readonly Ref[],
	where: string,
): ReferenceItem[] {
	const ids = [...new Set(refs.map((r) => r.id))];
	return ids.map((id) => {
		const entry = lookup(references, { collection: 'references', id }, where);
		return { id: entry.id, ...entry.data };
	});
}

/** A short label and its link into the bibliography: { label: "Cacchio et al. 2012", href: "/references/#cacchio-2012" }. */
export interface SourceLink {
	label: string;
	href: string;
}

export function sourceLink(
	references: ReadonlyMap<string, Entry<Reference>>,
	ref: Ref,
	where: string,
	site: Pick<Site, 'href'>,
): SourceLink {
	const entry = lookup(references, ref, where);
	return { label: citationLabel(entry.data), href: site.href(sitePath.reference(entry.id)) };
}
