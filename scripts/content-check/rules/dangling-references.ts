import { findDanglingReferences } from '../../../src/lib/content/integrity.ts';
import type { ContentRule } from '../rule.ts';

/** Every cross-reference names an entry that exists (Astro itself only logs a dangling one). */
export const danglingReferences: ContentRule = {
	name: 'cross-references resolve',
	check: ({ entries }) => findDanglingReferences(entries),
};
