/**
 * Generates a throw-away corpus for the scale builds: a copy of the real content plus N made-up
 * condition pages shaped like content/conditions/ischiofemoral-impingement.mdx. The pages reuse the
 * real finding, test, exercise and reference ids so they pass the content check, and vary their
 * words so the search index grows as it would with real pages. They are NOT medical content: they
 * live only under .bench/ and are deleted after the build.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listContentFiles } from '../../src/lib/build/content-files.ts';
import { projectRoot } from './config.ts';

/** A small deterministic PRNG (mulberry32), so two runs build the same corpus. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const syllables = [
	'ka',
	'lo',
	'mer',
	'tis',
	'van',
	'dru',
	'pel',
	'sor',
	'nix',
	'ta',
	'bri',
	'gol',
	'fen',
	'ru',
	'zal',
	'oth',
	'qui',
	'len',
];
const anatomy = [
	'buttock',
	'hip',
	'thigh',
	'sit bone',
	'lower back',
	'pelvis',
	'hamstring',
	'tendon',
	'nerve',
	'groin',
	'knee',
	'sacrum',
];
const activities = [
	'sitting',
	'walking',
	'running',
	'climbing stairs',
	'driving',
	'bending',
	'lifting',
	'cycling',
	'standing',
	'sleeping on the side',
];
const feelings = [
	'a deep ache',
	'a sharp pain',
	'tingling',
	'burning',
	'stiffness',
	'a dull throb',
	'numbness',
	'a pulling feeling',
];
const regions = ['buttock', 'hip', 'posterior-thigh', 'lower-back', 'lower-leg', 'pelvic-floor'];
const grades = ['strong', 'moderate', 'weak'];

export interface Corpus {
	/** The generated content root (absolute). */
	contentDir: string;
	/** The folder to delete afterwards (content, output and cache). */
	root: string;
}

/**
 * Copies content/ to `.bench/scale-<count>/content` (inside the project, so node_modules and the
 * guides' `~/components/…` imports resolve) and adds `count` generated condition pages.
 */
export function generateCorpus(count: number, benchDir: string): Corpus {
	const root = join(benchDir, `scale-${count}`);
	const contentDir = join(root, 'content');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });

	const ids = (dir: string, extension: string) =>
		listContentFiles(contentDir, dir, [extension]).map((f) => f.id);
	const findings = ids('findings', 'yaml');
	const tests = ids('clinical-tests', 'mdx');
	const exercises = ids('exercises', 'mdx');
	const references = ids('references', 'yaml');
	const rand = random(count);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const pickSome = <T>(list: readonly T[], n: number): T[] => [
		...new Set(Array.from({ length: n }, () => pick(list))),
	];
	// Made-up words: each page gets a few of its own, so the index vocabulary grows with the corpus.
	const word = () =>
		Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join('');
	const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
	const sentence = (own: string) =>
		`${capitalised(pick(feelings))} in the ${pick(anatomy)} ${pick(['gets worse', 'eases', 'comes back', 'spreads'])} with ${pick(activities)}, and ${own} ${pick(['is', 'seems', 'may be'])} ${pick(['more likely', 'less likely', 'hard to tell apart'])} when the ${pick(anatomy)} ${pick(['is tender', 'feels tight', 'is weak', 'is stiff'])}.`;
	const paragraph = (own: string, n: number) =>
		Array.from({ length: n }, () => sentence(rand() < 0.3 ? word() : own)).join(' ');

	const pad = String(count).length;
	for (let i = 1; i <= count; i++) {
		const id = `bench-generated-condition-${String(i).padStart(pad, '0')}`;
		const own = word();
		const name = `Generated ${own} ${pick(anatomy)} syndrome ${i}`;
		const cited = pickSome(references, 3);
		const test = pick(tests);
		const exercise = pick(exercises);
		// Look-alikes chain through the generated pages, so no real page gains thousands of back-links.
		const lookAlike =
			i > 1
				? `bench-generated-condition-${String(i - 1).padStart(pad, '0')}`
				: 'ischiofemoral-impingement';
		const frontmatter = [
			'---',
			`name: ${name}`,
			'aliases:',
			`  - ${word()} ${pick(anatomy)} pain`,
			`  - ${own} syndrome`,
			'summary: >-',
			`  Benchmark page, not medical content. ${paragraph(own, 2)}`,
			`regions: [${pickSome(regions, 2).join(', ')}]`,
			'keyFindings:',
			...pickSome(findings, 4).flatMap((finding) => [
				`  - finding: ${finding}`,
				`    grade: ${pick(grades)}`,
				`    note: ${pick(activities)} ${pick(['provokes', 'eases'])} it`,
			]),
			`tests: [${test}]`,
			`exercises: [${exercise}]`,
			'differentials:',
			`  - condition: ${lookAlike}`,
			`    feature: ${paragraph(own, 1)}`,
			// Not ranked: the helper's settings give priors only to the real conditions.
			'ranked: false',
			`references: [${cited.join(', ')}]`,
			'reviewed: 2026-11-24',
			'---',
		];
		const body = [
			'',
			'## What it feels like',
			'',
			...Array.from({ length: 4 }, () => `- ${sentence(own)}`),
			'',
			'## What makes it worse or better',
			'',
			`- **Worse:** ${paragraph(own, 2)}`,
			`- **Better:** ${paragraph(own, 2)}`,
			'',
			'## What a clinician checks',
			'',
			`${paragraph(own, 4)} The [${test.replace(/-/g, ' ')}](/tests/${test}/) is one check <Cite id="${cited[0]}" />. ${paragraph(own, 3)}`,
			'',
			'## What helps',
			'',
			`${paragraph(own, 4)} The [${exercise.replace(/-/g, ' ')}](/exercises/${exercise}/) may help <Cite id="${cited.at(-1)}" />.`,
			'',
		];
		writeFileSync(
			join(contentDir, 'conditions', `${id}.mdx`),
			[...frontmatter, ...body].join('\n'),
		);
	}
	return { contentDir, root };
}
