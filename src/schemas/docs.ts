/** Starlight's docs frontmatter, extended with what every page of this site carries. */
import { z } from 'astro/zod';
import { pageKinds } from '../lib/page-kinds.ts';
import { reviewedDate } from './shared.ts';

export const guideExtension = z.object({
	/** Date the page was last checked against its sources. */
	reviewed: reviewedDate,
	/** What kind of page this is, for search filters; guides need not set it. */
	kind: z
		.enum(Object.keys(pageKinds) as [keyof typeof pageKinds, ...Array<keyof typeof pageKinds>])
		.default('guide'),
});
