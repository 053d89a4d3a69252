/**
 * The headings a page writes itself, around the headings of its MDX body. Each page declares its
 * sections once, as `Section` objects; the same objects give the markup its `<h2 id>` (through
 * components/entities/SectionHeading.astro) and Starlight its table of contents, so the two can
 * never drift apart or fall out of order.
 */

/** A heading the page writes itself: `slug` becomes its id, `text` its words. */
export interface Section {
	slug: string;
	text: string;
}

/** Where a page's own sections sit: before the MDX body's headings, and after them. */
export interface PageSections {
	before: readonly Section[];
	after: readonly Section[];
}

/** A heading as Starlight's `headings` prop takes it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** Starlight's `headings`: the page's own sections as h2s, before and after the body's headings. */
export function pageHeadings(sections: PageSections, body: readonly Heading[]): Heading[] {
	const h2 = ({ slug, text }: Section): Heading => ({ depth: 2, slug, text });
	return [...sections.before.map(h2), ...body, ...sections.after.map(h2)];
}
