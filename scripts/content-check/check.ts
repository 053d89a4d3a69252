/** The content check as a function: load and validate every file, then run every rule over the whole. */
import type { ContentProblem, LoadedEntry } from './rule.ts';
import { loadContent } from './load.ts';
import { rules } from './rules/index.ts';

export interface CheckResult {
	problems: ContentProblem[];
	entries: readonly LoadedEntry[];
}

export function checkContent(root: string): CheckResult {
	const { content, problems } = loadContent(root);
	return {
		problems: [...problems, ...rules.flatMap((rule) => rule.check(content))],
		entries: content.entries,
	};
}
