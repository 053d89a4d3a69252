import { join } from 'node:path';
import { z } from 'astro/zod';
import { strengthGrades } from '../../../src/schemas/condition.ts';
import { strengthGradeSchema } from '../../../src/schemas/strength-grade.ts';
import { readContentFile } from '../../../src/lib/build/content-files.ts';
import { issuesOf } from '../load.ts';
import type { ContentRule } from '../rule.ts';

/** The file Astro's `strength-grades` collection loads (src/content.config.ts). */
export const strengthGradesFile = join('differential', 'strength-grades.yaml');

/** The strength-grade table gives a row for every grade a condition may use, and nothing else. */
export const strengthGradeTable: ContentRule = {
	name: 'the strength-grade table covers every grade',
	check({ root, shown }) {
		const file = shown(join(root, strengthGradesFile));
		let table: unknown;
		try {
			table = readContentFile(join(root, strengthGradesFile)).data;
		} catch (error) {
			return [{ file, field: '', message: `cannot be read: ${(error as Error).message}` }];
		}
		const result = z
			.strictObject(Object.fromEntries(strengthGrades.map((g) => [g, strengthGradeSchema])))
			.safeParse(table);
		return result.success ? [] : issuesOf(result.error, file);
	},
};
