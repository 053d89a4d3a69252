/**
 * Searches joint angles of a figure until the constraints its captions declare hold (no tangle, no
 * part through the floor), starting from the values written. For writing figures, not for builds.
 *
 *   node scripts/figure-tune.ts content/exercises/lunge.mdx end.pose.left.knee=60:130 end.pose.left.ankle=-20:60
 *   WRITE=1 node scripts/figure-tune.ts x.yaml …   writes the values back (YAML files only: copy values into .mdx by hand)
 *
 * Each argument is a path under `figures:` (a clinical test's `figure:`) and a range. The search is coordinate descent with
 * shrinking steps; it prints the values found and any constraint still broken.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { checkScene } from '../src/lib/figure/constraints.ts';
import { buildScene, type FigureSetInput } from '../src/lib/figure/scene.ts';
import { exerciseFiguresSchema } from '../src/schemas/figure.ts';

const [file, ...args] = process.argv.slice(2);
if (!file || args.length === 0)
	throw new Error('usage: node scripts/figure-tune.ts <file.mdx|yaml> path=lo:hi …');
const text = readFileSync(file, 'utf8');
const front = /^---\n([\s\S]*?)\n---/.exec(text);
const doc = parseDocument(front ? front[1]! : text);
/** Exercises write `figures:`, clinical tests `figure:`. */
const key = doc.has('figure') ? 'figure' : 'figures';
const figuresOf = () => (doc.toJS() as Record<string, unknown>)[key];
const vars = args.map((a) => {
	const [path, range] = a.split('=');
	const [lo, hi] = range!.split(':').map(Number);
	return { path: [key, ...path!.split('.')], lo: lo!, hi: hi! };
});
const value = (p: string[]) => {
	const v = doc.getIn(p);
	return typeof v === 'number' ? v : undefined;
};
const loss = () => {
	const parsed = exerciseFiguresSchema.safeParse(figuresOf());
	if (!parsed.success) return Infinity;
	return checkScene(buildScene(parsed.data as FigureSetInput)).reduce(
		(s, v) => s + Math.max(0, v.miss) + 0.001,
		0,
	);
};
for (const v of vars) if (value(v.path) === undefined) doc.setIn(v.path, (v.lo + v.hi) / 2);
let best = loss();
for (let step = 8; step >= 0.5; step /= 2) {
	for (let improved = true; improved;) {
		improved = false;
		for (const v of vars) {
			for (const d of [step, -step]) {
				const x = value(v.path)! + d;
				if (x < v.lo || x > v.hi) continue;
				doc.setIn(v.path, x);
				const l = loss();
				if (l < best - 1e-9) {
					best = l;
					improved = true;
				} else doc.setIn(v.path, x - d);
			}
		}
	}
}
for (const v of vars) console.log(`${v.path.slice(1).join('.')} = ${value(v.path)}`);
const f = exerciseFiguresSchema.parse(figuresOf());
for (const v of checkScene(buildScene(f)))
	console.log(`still broken: ${v.figure} ${v.constraint} (${v.detail})`);
if (process.env.WRITE && !front) {
	writeFileSync(file, doc.toString({ flowCollectionPadding: false, lineWidth: 0 }));
	console.log(`Wrote ${file}.`);
}
