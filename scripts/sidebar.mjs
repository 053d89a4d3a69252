// Builds Starlight's sidebar from the content folders. Starlight can only autogenerate sidebars for
// src/content/docs, and our entities live in content/, so the list is written here from the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Reads the YAML frontmatter of an MDX or Markdown file. */
export function readFrontmatter(file) {
	const source = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	return match ? (parse(match[1]) ?? {}) : {};
}

function entries(root, dir, extensions) {
	let files;
	try {
		files = readdirSync(join(root, dir));
	} catch {
		return [];
	}
	return files
		.filter((f) => !f.startsWith('_') && extensions.some((ext) => f.endsWith(ext)))
		.map((f) => ({ id: f.replace(/\.(mdx?|ya?ml)$/, ''), data: readFrontmatter(join(root, dir, f)) }));
}

const byLabel = (a, b) => a.label.localeCompare(b.label, 'en');

/** Most entries a sidebar group lists one by one (the site has 15 conditions; a generated corpus has thousands). */
const MAX_LISTED = 60;

/**
 * A sidebar group linking every entry of one collection, alphabetically, after its index page; or,
 * when `brief`, just a link to the index page (pages of another kind keep their HTML small).
 */
function group(label, root, dir, urlBase, titleField, brief = false) {
	if (brief) return { label: `${label}: all`, link: `/${urlBase}/` };
	const files = entries(root, dir, ['.mdx']);
	// A list longer than this helps nobody navigate, and repeating it on every page makes the build
	// grow with pages × entries: past it, the group is just a link to its index page.
	if (files.length > MAX_LISTED) return { label: `${label}: all`, link: `/${urlBase}/` };
	const items = files
		.map(({ id, data }) => ({ label: String(data[titleField] ?? id), link: `/${urlBase}/${id}/` }))
		.sort(byLabel);
	const extra = urlBase === 'exercises' ? [{ label: 'Home programme builder', link: '/exercises/programme/' }] : [];
	return { label, collapsed: true, items: [{ label: `All ${label.toLowerCase()}`, link: `/${urlBase}/` }, ...extra, ...items] };
}

/**
 * The whole sidebar. `focus` names the one entity group to list in full (on a condition page, the
 * conditions); the others become single links to their index pages. Without `focus`, every group is
 * listed in full, as on guides and index pages.
 */
const built = new Map();

export function buildSidebar(root, focus) {
	// Entity pages ask for their sidebar once each: read the content folders once per focus, not per page.
	const key = `${root}\0${focus ?? ''}`;
	if (!built.has(key)) built.set(key, sidebarFor(root, focus));
	return built.get(key);
}

function sidebarFor(root, focus) {
	const brief = (name) => focus !== undefined && focus !== name;
	const guides = entries(root, 'docs', ['.md', '.mdx'])
		.filter(({ id }) => id !== 'index')
		.map(({ id, data }) => ({
			label: String(data.sidebar?.label ?? data.title ?? id),
			link: `/${id}/`,
			order: Number(data.sidebar?.order ?? 100),
		}))
		.sort((a, b) => a.order - b.order || byLabel(a, b))
		.map(({ label, link }) => ({ label, link }));
	return [
		{ label: 'Red flags: get help now', link: '/red-flags/' },
		{ label: 'Symptoms A to Z', link: '/symptoms/' },
		{ label: 'Differential helper', link: '/differential/' },
		{ label: 'Guides', items: guides },
		group('Conditions', root, 'conditions', 'conditions', 'name', brief('conditions')),
		group('Clinical tests', root, 'clinical-tests', 'tests', 'name', brief('clinical-tests')),
		group('Exercises', root, 'exercises', 'exercises', 'name', brief('exercises')),
		{ label: 'References', link: '/references/' },
	];
}
