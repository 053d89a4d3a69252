import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles, readContentFile } from '../../src/lib/build/content-files.ts';
import { formatOf, isDraft, parseContent } from '../../src/lib/content/frontmatter.ts';

describe('parseContent', () => {
	it('splits prose into frontmatter data and body, with the body’s first line', () => {
		expect(parseContent('---\nname: A\nlist: [1, 2]\n---\n## Heading\n\nText\n', 'prose')).toEqual({
			data: { name: 'A', list: [1, 2] },
			body: '## Heading\n\nText\n',
			bodyLine: 5,
		});
		expect(parseContent('---\r\nname: A\r\n---', 'prose')).toMatchObject({
			data: { name: 'A' },
			body: '',
		});
		expect(parseContent('---\n\n---\nBody', 'prose').data).toEqual({});
	});
	it('reads YAML files whole and refuses prose without frontmatter', () => {
		expect(parseContent('a: 1\n', 'yaml')).toEqual({ data: { a: 1 }, body: '', bodyLine: 1 });
		expect(() => parseContent('# Just a heading', 'prose')).toThrow(
			'has no YAML frontmatter between --- lines',
		);
	});
	it('knows a file’s format by its extension', () => {
		expect([formatOf('a.yaml'), formatOf('a.yml'), formatOf('a.mdx'), formatOf('a.md')]).toEqual([
			'yaml',
			'yaml',
			'prose',
			'prose',
		]);
	});
});

describe('isDraft: the rule of Astro’s glob `**/[^_]*.<ext>`', () => {
	it.each([
		['_draft.mdx', true],
		['sub/_draft.mdx', true],
		['_old/kept.mdx', false],
		['normal.mdx', false],
	])('%s → %s', (path, draft) => {
		expect(isDraft(path)).toBe(draft);
	});
});

describe('listContentFiles and readContentFile', () => {
	const root = mkdtempSync(join(tmpdir(), 'kb-content-'));
	mkdirSync(join(root, 'conditions', '_old'), { recursive: true });
	writeFileSync(join(root, 'conditions', 'b.mdx'), '---\nname: B\n---\nBody');
	writeFileSync(join(root, 'conditions', 'a.mdx'), '---\nname: A\n---\n');
	writeFileSync(join(root, 'conditions', '_draft.mdx'), '---\nname: D\n---\n');
	writeFileSync(join(root, 'conditions', '_old', 'c.mdx'), '---\nname: C\n---\n');
	writeFileSync(join(root, 'conditions', 'notes.txt'), 'x');

	it('lists what Astro builds, sorted, with ids from the path', () => {
		expect(listContentFiles(root, 'conditions', ['mdx']).map((f) => f.id)).toEqual([
			'_old/c',
			'a',
			'b',
		]);
		expect(listContentFiles(root, 'missing', ['mdx'])).toEqual([]);
	});
	it('reads a file into data, body and source', () => {
		expect(readContentFile(join(root, 'conditions', 'b.mdx'))).toEqual({
			data: { name: 'B' },
			body: 'Body',
			bodyLine: 4,
			source: '---\nname: B\n---\nBody',
		});
	});
});
