/** How references are named and printed across the site (Vancouver-like, with DOI and PMID links). */

export interface CitationData {
	authors: readonly string[];
	title: string;
	publishedIn: string;
	year: number;
	locator?: string | undefined;
	doi?: string | undefined;
	pmid?: string | undefined;
	url?: string | undefined;
}

/** Short in-text label: "Cacchio et al. 2012", "Martin & Kivlan 2014", "NICE 2016". */
export function citationLabel(ref: Pick<CitationData, 'authors' | 'year'>): string {
	const surname = (author: string) => author.replace(/\s+[A-Z]{1,4}$/, '');
	const [first, second] = ref.authors;
	if (first === undefined) return String(ref.year);
	if (ref.authors.length === 1) return `${surname(first)} ${ref.year}`;
	if (ref.authors.length === 2 && second !== undefined)
		return `${surname(first)} & ${surname(second)} ${ref.year}`;
	return `${surname(first)} et al. ${ref.year}`;
}

/** Authors as a list, cut to six then "et al.", the convention of most medical journals. */
export function authorList(authors: readonly string[]): string {
	return authors.length > 6 ? `${authors.slice(0, 6).join(', ')}, et al.` : authors.join(', ');
}

/** Links a reader can follow, best first: DOI, PubMed, then the page itself. */
export function citationLinks(
	ref: Pick<CitationData, 'doi' | 'pmid' | 'url'>,
): Array<{ label: string; href: string }> {
	const links: Array<{ label: string; href: string }> = [];
	if (ref.doi) links.push({ label: `doi:${ref.doi}`, href: `https://doi.org/${ref.doi}` });
	if (ref.pmid)
		links.push({ label: `PMID ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` });
	if (ref.url) links.push({ label: 'Source page', href: ref.url });
	return links;
}
