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

/** A sidebar group linking every entry of one collection, alphabetically, after its index page. */
function group(label, root, dir, urlBase, titleField) {
	const items = entries(root, dir, ['.mdx'])
		.map(({ id, data }) => ({ label: String(data[titleField] ?? id), link: `/${urlBase}/${id}/` }))
		.sort(byLabel);
	const extra = urlBase === 'exercises' ? [{ label: 'Home programme builder', link: '/exercises/programme/' }] : [];
	return { label, collapsed: true, items: [{ label: `All ${label.toLowerCase()}`, link: `/${urlBase}/` }, ...extra, ...items] };
}

export function buildSidebar(root) {
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
		group('Conditions', root, 'conditions', 'conditions', 'name'),
		group('Clinical tests', root, 'clinical-tests', 'tests', 'name'),
		group('Exercises', root, 'exercises', 'exercises', 'name'),
		{ label: 'References', link: '/references/' },
	];
}
