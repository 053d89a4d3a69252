/** Each rule of scripts/content-check on a small in-memory content, and the checker's loader on a folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/integrity.ts';
import { checkContent } from '../../scripts/content-check/check.ts';
import type { LoadedContent } from '../../scripts/content-check/rule.ts';
import { bodyMap } from '../../scripts/content-check/rules/body-map.ts';
import { citeIds } from '../../scripts/content-check/rules/cite-ids.ts';
import { conditionSections } from '../../scripts/content-check/rules/condition-sections.ts';
import { danglingReferences } from '../../scripts/content-check/rules/dangling-references.ts';
import { rules } from '../../scripts/content-check/rules/index.ts';
import { searchFiles } from '../../scripts/content-check/rules/search-files.ts';
import { strengthGradeTable } from '../../scripts/content-check/rules/strength-grades.ts';

const content = (over: Partial<LoadedContent>): LoadedContent => ({
	root: '/nowhere',
	entries: [],
	prose: [],
	shown: (f) => f,
	...over,
});

describe('content rules', () => {
	it('are all in the checker’s loop, each with a name', () => {
		expect(rules.map((r) => r.name)).toEqual([
			strengthGradeTable.name,
			danglingReferences.name,
			citeIds.name,
			conditionSections.name,
			searchFiles.name,
			bodyMap.name,
		]);
	});

	it('cite ids: names the file and line of a <Cite> with no reference', () => {
		const found = citeIds.check(
			content({
				entries: [{ collection: 'references', id: 'smith-2020', file: 'r.yaml', data: {} }],
				prose: [
					{
						collection: 'docs',
						file: 'g.mdx',
						text: 'A <Cite id="smith-2020" />.\n\nB <Cite id=\'nobody-2099\' />.',
					},
				],
			}),
		);
		expect(found.map(formatProblem)).toEqual([
			'g.mdx: line 3 <Cite id="nobody-2099">: no such reference in content/references',
		]);
	});

	it('condition sections: checks only condition articles that have started the layered shape', () => {
		const prose = [
			{ collection: 'conditions', file: 'old.mdx', text: '## What it feels like\n' },
			{ collection: 'docs', file: 'guide.mdx', text: '<Clinician>' },
			{
				collection: 'conditions',
				file: 'new.mdx',
				text: '## What it is\n\nWords.\n\n<Clinician>\n\n</Clinician>\n',
			},
		];
		const files = new Set(conditionSections.check(content({ prose })).map((p) => p.file));
		expect([...files]).toEqual(['new.mdx']);
	});

	it('dangling references: names the field that points nowhere', () => {
		const entries = [
			{
				collection: 'conditions',
				id: 'a',
				file: 'a.mdx',
				data: { tests: [{ collection: 'clinical-tests', id: 'gone' }] },
			},
		];
		expect(danglingReferences.check(content({ entries })).map(formatProblem)).toEqual([
			'a.mdx: tests[0]: refers to "gone" in clinical-tests, but no such entry exists',
		]);
	});

	it('strength grades: the table must exist and cover every grade', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-grades-'));
		expect(strengthGradeTable.check(content({ root }))[0]!.message).toMatch(/^cannot be read: /);
		mkdirSync(join(root, 'differential'));
		writeFileSync(
			join(root, 'differential', 'strength-grades.yaml'),
			'strong: { sensitivity: 0.5, specificity: 0.9, label: Strong, meaning: M }\n',
		);
		const fields = strengthGradeTable.check(content({ root })).map((p) => p.field);
		expect(fields).toEqual(
			expect.arrayContaining(['hallmark', 'moderate', 'weak', 'against', 'excludes']),
		);
		expect(fields).not.toContain('strong');
	});
});

describe('search files rule', () => {
	it('names the file, the field and the problem for a page, a finding or a red flag that does not exist', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-search-'));
		expect(searchFiles.check(content({ root })).map((p) => p.message)).toEqual([
			expect.stringMatching(/^cannot be read: /),
			expect.stringMatching(/^cannot be read: /),
		]);
		mkdirSync(join(root, 'search'));
		writeFileSync(
			join(root, 'search', 'lay-words.yaml'),
			[
				'reviewed: 2026-12-01',
				'words:',
				'  - { term: hammy, kind: lay-name, expandsTo: [hamstring], pages: [/conditions/gone/, /red-flags/] }',
				'  - { term: numb bum, kind: lay-name, expandsTo: [saddle], findings: [saddle], redFlags: [sitting] }',
				'redFlagRules:',
				'  - { id: r, redFlag: sitting, whenAll: [[numb], [bum]], note: N }',
			].join('\n'),
		);
		const queries = Array.from(
			{ length: 80 },
			(_, i) => `  - { query: q${i} x, expect: [/symptoms/], tags: [two-word] }`,
		);
		queries[0] = '  - { query: q0 x, expect: [/nowhere/], tags: [two-word] }';
		writeFileSync(
			join(root, 'search', 'queries.yaml'),
			['reviewed: 2026-12-01', 'queries:', ...queries].join('\n'),
		);
		const entries = [
			{ collection: 'findings', id: 'saddle', file: 's.yaml', data: { group: 'red-flag' } },
			{ collection: 'findings', id: 'sitting', file: 'f.yaml', data: { group: 'worse' } },
		];
		expect(
			searchFiles.check(content({ root, entries })).map((p) => `${p.field}: ${p.message}`),
		).toEqual([
			'words[0].pages[0]: no page has the path /conditions/gone/',
			'words[1].findings[0]: "saddle" is a red flag: list it in redFlags instead',
			'words[1].redFlags[0]: "sitting" is not a red-flag finding',
			'redFlagRules[0].redFlag: "sitting" is not a red-flag finding',
			'queries[0].expect[0]: no page has the path /nowhere/',
		]);
	});
});

describe('body map rule', () => {
	it('names a finding that does not exist, and a red flag offered as a symptom', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-map-'));
		expect(bodyMap.check(content({ root }))[0]!.message).toMatch(/^cannot be read: /);
		mkdirSync(join(root, 'symptoms'));
		const areas = [
			'lower-back',
			'buttock',
			'sit-bone',
			'tailbone',
			'side-of-hip',
			'down-below',
			'back-of-thigh',
			'below-knee',
		];
		writeFileSync(
			join(root, 'symptoms', 'body-map.yaml'),
			[
				'reviewed: 2026-12-01',
				'areas:',
				...areas.map((id) => `  - { id: ${id}, label: L, region: buttock, findings: [seat] }`),
				'feels: [gone, saddle]',
			].join('\n'),
		);
		const entries = [
			{ collection: 'findings', id: 'seat', file: 's.yaml', data: { group: 'worse' } },
			{ collection: 'findings', id: 'saddle', file: 'f.yaml', data: { group: 'red-flag' } },
		];
		expect(
			bodyMap.check(content({ root, entries })).map((p) => `${p.field}: ${p.message}`),
		).toEqual([
			'feels[0]: no finding has the id "gone"',
			'feels[1]: "saddle" is a red flag: the page shows red flags by region',
		]);
		writeFileSync(
			join(root, 'symptoms', 'body-map.yaml'),
			'reviewed: 2026-12-01\nareas: []\nfeels: [seat]\n',
		);
		expect(bodyMap.check(content({ root, entries })).map((p) => p.field)).toEqual(['areas']);
	});
});

describe('the loader', () => {
	it('skips drafts by file name as Astro does, and rejects a public id that is not kebab-case', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-load-'));
		mkdirSync(join(root, 'findings'));
		const finding =
			'label: L\nclinicalLabel: C\nkind: symptom\ngroup: worse\nregions: [buttock]\nreviewed: 2026-11-24\n';
		writeFileSync(join(root, 'findings', '_draft.yaml'), 'not: [valid');
		writeFileSync(join(root, 'findings', 'Bad_Name.yaml'), finding);
		writeFileSync(join(root, 'findings', 'good.yaml'), finding);
		const { problems, entries } = checkContent(root);
		expect(entries.filter((e) => e.collection === 'findings').map((e) => e.id)).toEqual([
			'Bad_Name',
			'good',
		]);
		expect(problems.map(formatProblem)).toContain(
			`${relative(process.cwd(), join(root, 'findings', 'Bad_Name.yaml'))}: (file name): the file name is the public id and must be kebab-case`,
		);
		expect(problems.some((p) => p.file.includes('_draft'))).toBe(false);
	});

	it('checks guides against Starlight’s whole frontmatter schema, not only this site’s fields', () => {
		const root = mkdtempSync(join(tmpdir(), 'kb-guides-'));
		mkdirSync(join(root, 'docs'));
		writeFileSync(join(root, 'docs', 'untitled.mdx'), '---\nreviewed: 2026-11-24\n---\nText');
		writeFileSync(
			join(root, 'docs', 'titled.mdx'),
			'---\ntitle: A guide\nreviewed: 2026-11-24\nsidebar: { order: 2 }\n---\nText',
		);
		const found = checkContent(root).problems.filter((p) => p.file.includes('docs'));
		expect(found.map((p) => [p.file.split('/').pop(), p.field])).toEqual([
			['untitled.mdx', 'title'],
		]);
	});
});
