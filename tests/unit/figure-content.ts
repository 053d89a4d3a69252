/**
 * Every figure set in content, as content writes it: each exercise's `figures:` and each clinical
 * test's `figure:` (tests that are questionnaires or measurements have none). Shared by the unit
 * tests and scripts/figure-gallery.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
	exerciseFiguresSchema,
	testFigureSchema,
	type FigureSet,
} from '../../src/schemas/figure.ts';

const root = new URL('../..', import.meta.url).pathname;

function frontmatters(kind: string): [string, Record<string, unknown>][] {
	const dir = join(root, 'content', kind);
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((f) => [
			f.replace('.mdx', ''),
			parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!) as Record<
				string,
				unknown
			>,
		]);
}

/** Each exercise's figures, by exercise id. */
export function exerciseFigures(): [string, FigureSet][] {
	return frontmatters('exercises').map(([id, front]) => [
		id,
		exerciseFiguresSchema.parse(front.figures),
	]);
}

/** Each clinical test's picture, by test id (tests without one are left out). */
export function testFigures(): [string, FigureSet][] {
	return frontmatters('clinical-tests')
		.filter(([, front]) => front.figure !== undefined)
		.map(([id, front]) => [id, testFigureSchema.parse(front.figure)]);
}

/** The clinical tests without a picture. */
export function testsWithoutFigure(): string[] {
	return frontmatters('clinical-tests')
		.filter(([, front]) => front.figure === undefined)
		.map(([id]) => id);
}
