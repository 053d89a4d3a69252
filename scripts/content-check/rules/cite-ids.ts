import type { ContentRule } from '../rule.ts';

const CITE = /<Cite\s+id=["']([^"']*)["']/g;

/** Every <Cite id="…" /> in prose names an entry of content/references (the page would otherwise fail to render). */
export const citeIds: ContentRule = {
	name: '<Cite> ids exist',
	check({ entries, prose }) {
		const known = new Set(entries.filter((e) => e.collection === 'references').map((e) => e.id));
		return prose.flatMap(({ file, text }) =>
			[...text.matchAll(CITE)]
				.filter(([, id = '']) => !known.has(id))
				.map(({ 1: id, index }) => ({
					file,
					field: `line ${text.slice(0, index).split('\n').length} <Cite id="${id}">`,
					message: 'no such reference in content/references',
				})),
		);
	},
};
