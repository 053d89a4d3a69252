/** Site-internal links that keep working when the site is deployed under a sub-path (`base`). */

/** Joins the configured base ("/" or "/kb/") with a root-relative path ("/tests/slump-test/"). */
export function withBase(base: string, path: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	const cleanPath = path.startsWith('/') ? path : `/${path}`;
	return `${trimmedBase}${cleanPath}`;
}

/** Public URL of each entity kind; these paths are promises to readers (shared/DESIGN.md). */
export const entityPath = {
	conditions: (id: string) => `/conditions/${id}/`,
	'clinical-tests': (id: string) => `/tests/${id}/`,
	exercises: (id: string) => `/exercises/${id}/`,
	references: (id: string) => `/references/#${id}`,
} as const;
