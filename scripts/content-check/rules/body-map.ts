import { join } from 'node:path';
import { bodyMapSchema, type BodyMap } from '../../../src/schemas/body-map.ts';
import { readContentFile } from '../../../src/lib/build/content-files.ts';
import { issuesOf } from '../load.ts';
import type { ContentProblem, ContentRule } from '../rule.ts';

/** The file Astro's `body-map` collection loads (src/content.config.ts). */
export const bodyMapFile = join('symptoms', 'body-map.yaml');

/** The body map parses, and offers only findings that exist and are not red flags (those always show first). */
export const bodyMap: ContentRule = {
	name: 'the body map offers findings that exist, none of them red flags',
	check({ root, shown, entries }) {
		const file = shown(join(root, bodyMapFile));
		let raw: unknown;
		try {
			raw = readContentFile(join(root, bodyMapFile)).data;
		} catch (error) {
			return [{ file, field: '', message: `cannot be read: ${(error as Error).message}` }];
		}
		const result = bodyMapSchema.safeParse(raw);
		if (!result.success) return issuesOf(result.error, file);
		const map: BodyMap = result.data;
		const groups = new Map(
			entries
				.filter((e) => e.collection === 'findings')
				.map((e) => [e.id, (e.data as { group: string }).group]),
		);
		const problems: ContentProblem[] = [];
		const check = (field: string, id: string) => {
			const group = groups.get(id);
			if (group === undefined)
				problems.push({ file, field, message: `no finding has the id "${id}"` });
			else if (group === 'red-flag')
				problems.push({
					file,
					field,
					message: `"${id}" is a red flag: the page shows red flags by region`,
				});
		};
		map.areas.forEach((a, i) =>
			a.findings.forEach((id, j) => check(`areas[${i}].findings[${j}]`, id)),
		);
		map.feels.forEach((id, i) => check(`feels[${i}]`, id));
		return problems;
	},
};
