/** config/: the environment schema and the sidebar built from a content folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../config/env.ts';
import { buildSidebar } from '../../config/sidebar.ts';

describe('parseEnv', () => {
	it('gives every variable its default when none is set', () => {
		expect(parseEnv({})).toEqual({
			KB_CONTENT_DIR: './content',
			KB_OUT_DIR: 'dist',
			KB_CACHE_DIR: './node_modules/.astro',
			SITE_URL: 'http://localhost:4321',
			SITE_URL_GIVEN: false,
			BASE_PATH: '/',
			PORT: 4321,
			CHROMIUM_PATH: '/usr/bin/chromium',
			E2E_REUSE_DIST: false,
		});
	});

	it('reads set values, resolving the content folder and treating empty strings as unset', () => {
		const env = parseEnv({
			KB_CONTENT_DIR: 'tests/fixtures/x',
			BASE_PATH: '/kb/',
			PORT: '8080',
			SITE_URL: 'https://example.org',
			E2E_REUSE_DIST: '1',
			KB_OUT_DIR: '',
		});
		expect(env).toMatchObject({
			KB_CONTENT_DIR: resolve('tests/fixtures/x'),
			BASE_PATH: '/kb/',
			PORT: 8080,
			SITE_URL: 'https://example.org',
			SITE_URL_GIVEN: true,
			E2E_REUSE_DIST: true,
			KB_OUT_DIR: 'dist',
		});
	});

	it('stops with one message naming each bad variable and its value', () => {
		expect(() =>
			parseEnv({ BASE_PATH: 'kb', PORT: 'eighty', SITE_URL: 'ftp://x', E2E_REUSE_DIST: 'yes' }),
		).toThrow(
			[
				'Invalid environment variable(s), see config/env.ts:',
				'  SITE_URL: must be an http(s) URL such as https://example.org (got "ftp://x")',
				'  BASE_PATH: must be a path that starts with "/", such as / or /kb/ (got "kb")',
				'  PORT: must be a port number (got "eighty")',
				'  E2E_REUSE_DIST: must be 1 (on) or 0 (off) (got "yes")',
			].join('\n'),
		);
	});
});

describe('buildSidebar', () => {
	const root = mkdtempSync(join(tmpdir(), 'kb-sidebar-'));
	const write = (file: string, text: string) => {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	write('docs/index.mdx', '---\ntitle: Home\n---\n');
	write('docs/b-guide.mdx', '---\ntitle: B guide\nsidebar: { order: 1 }\n---\n');
	write('docs/a-guide.md', '---\ntitle: A guide\nsidebar: { label: Short A }\n---\n');
	write('conditions/zeta.mdx', '---\nname: Zeta syndrome\n---\n');
	write('conditions/alpha.mdx', '---\nname: Alpha syndrome\n---\n');
	write('conditions/_draft.mdx', '---\nname: Draft\n---\n');
	write('exercises/bridge.mdx', '---\nname: Bridge\n---\n');

	it('lists guides by order then label, and each group alphabetically after its index, without drafts', () => {
		const sidebar = buildSidebar(root) as Array<{
			label: string;
			link?: string;
			items?: Array<{ label: string; link: string }>;
		}>;
		expect(sidebar.map((g) => g.label)).toEqual([
			'Red flags: get help now',
			'Symptoms: where does it hurt?',
			'Differential helper',
			'Published cases',
			'Guides',
			'Conditions',
			'Clinical tests',
			'Exercises',
			'References',
		]);
		expect(sidebar[4]!.items).toEqual([
			{ label: 'B guide', link: '/b-guide/' },
			{ label: 'Short A', link: '/a-guide/' },
		]);
		expect(sidebar[5]!.items).toEqual([
			{ label: 'All conditions', link: '/conditions/' },
			{ label: 'Alpha syndrome', link: '/conditions/alpha/' },
			{ label: 'Zeta syndrome', link: '/conditions/zeta/' },
		]);
		expect(sidebar[6]!.items).toEqual([{ label: 'All clinical tests', link: '/tests/' }]);
		expect(sidebar[7]!.items!.slice(0, 2)).toEqual([
			{ label: 'All exercises', link: '/exercises/' },
			{ label: 'Home programme builder', link: '/exercises/programme/' },
		]);
	});

	it('lists only the focused group in full; the others become one link', () => {
		const sidebar = buildSidebar(root, 'exercises') as Array<{ label: string; link?: string }>;
		expect(sidebar[5]).toEqual({ label: 'Conditions: all', link: '/conditions/' });
		expect(sidebar[6]).toEqual({ label: 'Clinical tests: all', link: '/tests/' });
		expect(sidebar[7]!.label).toBe('Exercises');
		// Read once per focus.
		expect(buildSidebar(root, 'exercises')).toBe(sidebar);
	});

	it('shrinks a group longer than 60 entries to its index link', () => {
		const big = mkdtempSync(join(tmpdir(), 'kb-sidebar-big-'));
		mkdirSync(join(big, 'conditions'));
		for (let i = 0; i < 61; i++)
			writeFileSync(join(big, 'conditions', `c${i}.mdx`), `---\nname: C${i}\n---\n`);
		expect((buildSidebar(big) as Array<{ label: string; link?: string }>)[5]).toEqual({
			label: 'Conditions: all',
			link: '/conditions/',
		});
	});
});
