/** Starlight's docs frontmatter, extended with the reviewed date every page of this site carries. */
import { z } from 'astro/zod';
import { reviewedDate } from './shared.ts';

export const guideExtension = z.object({
	/** Date the guide was last checked against its sources. */
	reviewed: reviewedDate,
});
