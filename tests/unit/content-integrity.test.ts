import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/content-check/check.ts';
import {
	collectReferences,
	findDanglingReferences,
	formatProblem,
} from '../../src/lib/content/integrity.ts';

const broken = join('tests', 'fixtures', 'broken-content');

describe('findDanglingReferences', () => {
	it('names the file, the field path and the missing id', () => {
		const problems = findDanglingReferences([
			{ collection: 'references', id: 'a', file: 'a.yaml', data: {} },
			{
				collection: 'conditions',
				id: 'c',
				file: 'c.mdx',
				data: {
					references: [{ collection: 'references', id: 'a' }],
					tests: [{ collection: 'clinical-tests', id: 'gone' }],
				},
			},
		]);
		expect(problems.map(formatProblem)).toEqual([
			'c.mdx: tests[0]: refers to "gone" in clinical-tests, but no such entry exists',
		]);
	});

	it('finds references nested in arrays of objects', () => {
		const refs = collectReferences({
			accuracy: [{ source: { collection: 'references', id: 'x' }, note: 'n' }],
		});
		expect(refs).toEqual([
			{ field: 'accuracy[0].source', ref: { collection: 'references', id: 'x' } },
		]);
	});
});

describe('the broken content fixture', () => {
	const lines = checkContent(broken).problems.map(formatProblem);

	it.each([
		[
			'a cross-reference to an id that does not exist',
			/dangling-condition\.mdx: tests\[0\]: refers to "no-such-test" in clinical-tests, but no such entry exists/,
		],
		[
			'a probability outside (0, 1)',
			/bad-probability-test\.mdx: accuracy\[0\]\.sensitivity\.value: must be less than 1/,
		],
		['an accuracy study without a source', /sourceless-study-test\.mdx: accuracy\[0\]\.source: /],
		['a missing reviewed date', /undated-condition\.mdx: reviewed: must be a date/],
		[
			'a citation of a source that does not exist',
			/bad-citation\.mdx: line 8 <Cite id="nobody-2099">: no such reference in content\/references/,
		],
		[
			'a lay word that names a page the site does not have',
			/search\/lay-words\.yaml: words\[0\]\.pages\[0\]: no page has the path \/conditions\/no-such-condition\//,
		],
		[
			'a public query with no expected page',
			/search\/queries\.yaml: queries\[0\]\.expect: name at least one page that answers the query/,
		],
	])('reports %s with file, field and problem', (_label, pattern) => {
		expect(lines.some((line) => pattern.test(line))).toBe(true);
	});

	it('makes `npm run build` fail with the same message, before Astro starts', () => {
		const run = spawnSync('npm', ['run', 'build'], {
			env: { ...process.env, KB_CONTENT_DIR: broken },
			encoding: 'utf8',
		});
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('Content check failed');
		expect(run.stderr).toMatch(
			/bad-probability-test\.mdx: accuracy\[0\]\.sensitivity\.value: must be less than 1/,
		);
		// Astro itself never ran: none of its build log lines appear.
		expect(`${run.stdout}${run.stderr}`).not.toMatch(/\[build\]|\[content\]/);
	});
});

describe('the real content', () => {
	it('passes the content check', () => {
		const { problems, entries } = checkContent('content');
		expect(problems.map(formatProblem)).toEqual([]);
		expect(entries.length).toBeGreaterThan(0);
	});

	it('is what the build checks too (the CLI exits 0)', () => {
		expect(() =>
			execFileSync(process.execPath, ['scripts/content-check/index.ts', 'content'], {
				stdio: 'pipe',
			}),
		).not.toThrow();
		// A child Node process reading some 500 files: seconds, more when the machine is busy.
	}, 60_000);
});
