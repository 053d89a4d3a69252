/**
 * The kinds of page, as search results show them and the search filter offers them. A page's
 * frontmatter names its kind by key (src/schemas/docs.ts); the label is what Pagefind indexes.
 */
export const pageKinds = {
	guide: 'Guide',
	condition: 'Condition',
	'clinical-test': 'Clinical test',
	exercise: 'Exercise',
	/** A published case retold for teaching: search ranks it after the pages that match as much. */
	case: 'Published case',
} as const;
