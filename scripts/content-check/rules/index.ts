/** Every content rule, in the order their problems are printed. */
import type { ContentRule } from '../rule.ts';
import { bodyMap } from './body-map.ts';
import { citeIds } from './cite-ids.ts';
import { conditionSections } from './condition-sections.ts';
import { danglingReferences } from './dangling-references.ts';
import { searchFiles } from './search-files.ts';
import { strengthGradeTable } from './strength-grades.ts';

export const rules: readonly ContentRule[] = [
	strengthGradeTable,
	danglingReferences,
	citeIds,
	conditionSections,
	searchFiles,
	bodyMap,
];
