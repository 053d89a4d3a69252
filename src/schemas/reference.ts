/** A source the site cites: a paper, guideline or official page. */
import { z } from 'astro/zod';
import { text } from './shared.ts';

export const referenceSchema = z
	.strictObject({
		/** Authors as printed in the source, "Surname Initials" (e.g. "Martin HD"); an organisation is one author. */
		authors: z.array(text).min(1, { error: 'needs at least one author' }),
		/** The work's title, as published. */
		title: text,
		/** Journal name, or the publisher for books, guidelines and web pages. */
		publishedIn: text,
		/** Year of publication. */
		year: z.number().int().min(1900).max(2100),
		/** Volume, issue and pages, when the source has them ("32(7):1279-1285"). */
		locator: text.optional(),
		/** Digital Object Identifier without the resolver prefix. */
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, {
				error: 'must look like 10.1234/abc (no https://doi.org/ prefix)',
			})
			.optional(),
		/** PubMed identifier, digits only. */
		pmid: z
			.string()
			.regex(/^\d{1,9}$/, { error: 'must be digits only' })
			.optional(),
		/** A stable URL, used when there is no DOI or PMID (guidelines, official pages). */
		url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).optional(),
		/** What kind of evidence this is, shown beside the citation. */
		kind: z.enum([
			'primary-study',
			'systematic-review',
			'guideline',
			'review',
			'secondary-source',
			'textbook',
		]),
		/** How the figures were checked, or what is still unverified. */
		note: text.optional(),
	})
	.refine((r) => r.doi !== undefined || r.pmid !== undefined || r.url !== undefined, {
		error: 'needs at least one of doi, pmid or url so a reader can find the source',
		path: ['doi'],
	});

export type Reference = z.infer<typeof referenceSchema>;
