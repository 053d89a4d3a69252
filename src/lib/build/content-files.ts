/**
 * The one content reader (node only): lists the files of a content folder the way Astro's glob
 * loader does (recursively, drafts left out, sorted) and reads each into data and body with
 * src/lib/content/frontmatter.ts. The content checker, the sidebar and the readability report use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, isDraft, parseContent, type ParsedContent } from '../content/frontmatter.ts';

export interface ContentFile {
	/** The entry's id: its path inside the folder, without the extension ("piriformis-stretch"). */
	id: string;
	/** The path to read it from: the folder joined with the file's path inside it. */
	file: string;
}

/** Files under `root/dir` with one of `extensions` (without dots), drafts left out; none when the folder does not exist. */
export function listContentFiles(
	root: string,
	dir: string,
	extensions: readonly string[],
): ContentFile[] {
	let names: string[];
	try {
		names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return names
		.filter((name) => !isDraft(name) && extensions.some((ext) => name.endsWith(`.${ext}`)))
		.sort()
		.map((name) => ({ id: name.replace(/\.[^.]+$/, ''), file: join(root, dir, name) }));
}

/** Reads and parses one file (see parseContent for what throws). */
export function readContentFile(file: string): ParsedContent & { source: string } {
	const source = readFileSync(file, 'utf8');
	return { ...parseContent(source, formatOf(file)), source };
}
