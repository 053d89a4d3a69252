import { checkConditionSections } from '../../../src/lib/content/condition-sections.ts';
import type { ContentRule } from '../rule.ts';

/**
 * A condition article follows the layered shape (patient layer, then <Clinician>, each with its
 * sections in order and its placed parts). Articles move to it one by one: a file that has started
 * (it has <Clinician>) must follow it whole.
 */
export const conditionSections: ContentRule = {
	name: 'condition articles follow the layered shape',
	check: ({ prose }) =>
		prose
			.filter((p) => p.collection === 'conditions' && p.text.includes('<Clinician>'))
			.flatMap((p) => checkConditionSections(p.file, p.text)),
};
