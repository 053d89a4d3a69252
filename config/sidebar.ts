/**
 * Starlight's sidebar, built from the content folders. Starlight only autogenerates sidebars for
 * src/content/docs, and our entries live in content/, so the list is written here from the files
 * (read with the same reader as the content checker) and its links come from src/lib/url.ts.
 */
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { listContentFiles, readContentFile } from '../src/lib/build/content-files.ts';
import { sitePath } from '../src/lib/url.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;
type Item = Sidebar[number];

/** The entity groups a page can ask to see listed in full; the others shrink to one link. */
export type SidebarFocus = 'conditions' | 'clinical-tests' | 'exercises';

/** Most entries a sidebar group lists one by one (the site has 15 conditions; a generated corpus has thousands). */
const MAX_LISTED = 60;

const byLabel = (a: { label: string }, b: { label: string }) =>
	a.label.localeCompare(b.label, 'en');

interface Group {
	label: string;
	dir: SidebarFocus;
	index: string;
	entry: (id: string) => string;
	/** Links listed after the index link and before the entries. */
	extra?: Array<{ label: string; link: string }>;
}

const groups: readonly Group[] = [
	{ label: 'Conditions', dir: 'conditions', index: sitePath.conditions, entry: sitePath.condition },
	{ label: 'Clinical tests', dir: 'clinical-tests', index: sitePath.tests, entry: sitePath.test },
	{
		label: 'Exercises',
		dir: 'exercises',
		index: sitePath.exercises,
		entry: sitePath.exercise,
		extra: [{ label: 'Home programme builder', link: sitePath.programme() }],
	},
];

/** The name an entry shows under, from its frontmatter (`name`), or its id. */
function nameOf(file: string, fallback: string): string {
	const data = readContentFile(file).data as { name?: unknown } | null;
	return typeof data?.name === 'string' ? data.name : fallback;
}

/**
 * A group linking every entry of one collection, alphabetically, after its index page; or, when
 * `brief`, just a link to the index page (pages of another kind keep their HTML small).
 */
function group(root: string, g: Group, brief: boolean): Item {
	const all = { label: `${g.label}: all`, link: g.index };
	if (brief) return all;
	const files = listContentFiles(root, g.dir, ['mdx']);
	// A list longer than this helps nobody navigate, and repeating it on every page makes the build
	// grow with pages × entries: past it, the group is just a link to its index page.
	if (files.length > MAX_LISTED) return all;
	const items = files
		.map(({ id, file }) => ({ label: nameOf(file, id), link: g.entry(id) }))
		.sort(byLabel);
	return {
		label: g.label,
		collapsed: true,
		items: [{ label: `All ${g.label.toLowerCase()}`, link: g.index }, ...(g.extra ?? []), ...items],
	};
}

/** Guides (content/docs, the home page aside) ordered by `sidebar.order`, then by label. */
function guides(root: string): Item[] {
	return listContentFiles(root, 'docs', ['md', 'mdx'])
		.filter(({ id }) => id !== 'index')
		.map(({ id, file }) => {
			const data = (readContentFile(file).data ?? {}) as {
				title?: string;
				sidebar?: { label?: string; order?: number };
			};
			return {
				label: data.sidebar?.label ?? data.title ?? id,
				link: sitePath.guide(id),
				order: Number(data.sidebar?.order ?? 100),
			};
		})
		.sort((a, b) => a.order - b.order || byLabel(a, b))
		.map(({ label, link }) => ({ label, link }));
}

function sidebarFor(root: string, focus: SidebarFocus | undefined): Sidebar {
	const brief = (dir: SidebarFocus) => focus !== undefined && focus !== dir;
	return [
		{ label: 'Red flags: get help now', link: sitePath.redFlags },
		{ label: 'Symptoms: where does it hurt?', link: sitePath.symptoms },
		{ label: 'Differential helper', link: sitePath.differential() },
		{ label: 'Published cases', link: sitePath.cases },
		{ label: 'Guides', items: guides(root) },
		...groups.map((g) => group(root, g, brief(g.dir))),
		{ label: 'References', link: sitePath.references },
	];
}

const built = new Map<string, Sidebar>();

/**
 * The whole sidebar. `focus` names the one entity group to list in full (on a condition page, the
 * conditions); the others become single links to their index pages. Without `focus`, every group is
 * listed in full, as on guides and index pages. Entity pages ask once each: the folders are read
 * once per focus, not per page.
 */
export function buildSidebar(root: string, focus?: SidebarFocus): Sidebar {
	const key = `${root}\0${focus ?? ''}`;
	let sidebar = built.get(key);
	if (!sidebar) {
		sidebar = sidebarFor(root, focus);
		built.set(key, sidebar);
	}
	return sidebar;
}
