/**
 * How a content file's text becomes data: a YAML file is all data; an MDX or Markdown file has YAML
 * frontmatter between `---` lines, then its body. The content checker, the sidebar and the
 * readability report all read files through this (via src/lib/build/content-files.ts), so they can
 * never disagree about what a file says.
 */
import { parse } from 'yaml';

export interface ParsedContent {
	/** The YAML data: the whole file, or the frontmatter. */
	data: unknown;
	/** The text after the frontmatter (empty for YAML files). */
	body: string;
	/** Line number (1-based) of the body's first line, for error messages. */
	bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses a file's text; `yaml` files are data only. Throws when prose has no frontmatter, or the YAML is malformed. */
export function parseContent(source: string, format: 'yaml' | 'prose'): ParsedContent {
	if (format === 'yaml') return { data: parse(source), body: '', bodyLine: 1 };
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('has no YAML frontmatter between --- lines');
	const frontmatter = match[0];
	return {
		data: parse(match[1] ?? '') ?? {},
		body: source.slice(frontmatter.length),
		bodyLine: frontmatter.split('\n').length,
	};
}

/** The format of a file by its extension: .yaml/.yml files are data, anything else is prose with frontmatter. */
export function formatOf(file: string): 'yaml' | 'prose' {
	return /\.ya?ml$/.test(file) ? 'yaml' : 'prose';
}

/**
 * Astro's collections load `**\/[^_]*.<ext>`: a file whose *name* starts with "_" is a draft or a
 * partial and is never built. A folder starting with "_" is not special to the glob, so its files
 * are built, and so checked.
 */
export function isDraft(relativePath: string): boolean {
	const name = relativePath.split(/[\\/]/).pop() ?? '';
	return name.startsWith('_');
}
