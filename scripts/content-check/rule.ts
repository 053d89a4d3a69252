/**
 * The content checker's two stages: `load.ts` parses every file against its schema (what the schemas
 * alone can say), then each rule in `rules/` checks what only the whole content can say. Adding a
 * check is a file in rules/ and a line in rules/index.ts.
 */
import type { ContentProblem, LoadedEntry } from '../../src/lib/content/integrity.ts';

export type { ContentProblem, LoadedEntry };

/** One prose file (MDX or Markdown) as read from disk, for rules that read bodies. */
export interface ProseFile {
	/** The collection it belongs to ("conditions", "docs", …). */
	collection: string;
	/** Its path as problems print it. */
	file: string;
	/** The whole file, frontmatter included, so line numbers match the file. */
	text: string;
}

/** What every rule sees: the entries that parsed, the prose files, and the content root. */
export interface LoadedContent {
	root: string;
	entries: readonly LoadedEntry[];
	prose: readonly ProseFile[];
	/** Turns a path into the form problems print it in (relative to the working directory). */
	shown: (file: string) => string;
}

/** A check the schemas cannot make. */
export interface ContentRule {
	/** What it checks, in a few words. */
	name: string;
	check(content: LoadedContent): ContentProblem[];
}
