/**
 * Reports the Flesch-Kincaid grade of every patient-facing text: condition summaries and the
 * patient sections of condition pages, exercise instructions, and red-flag advice. Prints every
 * text's grade, the worst ten, the median and how many are at grade 8 or below.
 *
 * Usage: npm run readability [-- --json]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { plainText, readability } from '../src/lib/readability.ts';

const root = process.env.KB_CONTENT_DIR ?? 'content';
/** Headings of condition-page sections written for patients; clinician sections are left out. */
const patientSections = ['What it is', 'What it feels like', 'What makes it worse or better', 'How long will it take\\?', 'What you can do', 'What helps'];

interface Item {
	where: string;
	text: string;
}

function read(file: string) {
	const source = readFileSync(file, 'utf8');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	return match ? { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! } : { data: parse(source) as Record<string, unknown>, body: '' };
}

function section(body: string, heading: string): string | undefined {
	const match = new RegExp(`^## ${heading}\\s*$([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(body);
	return match?.[1];
}

const list = (dir: string, ext: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith(ext) && !f.startsWith('_'));
const items: Item[] = [];

for (const file of list('conditions', '.mdx')) {
	const { data, body } = read(join(root, 'conditions', file));
	const id = file.replace(/\.mdx$/, '');
	items.push({ where: `conditions/${id} summary`, text: String(data.summary) });
	if (Array.isArray(data.seeClinicianIf)) items.push({ where: `conditions/${id} see a GP or physiotherapist if`, text: data.seeClinicianIf.map(String).join('\n') });
	for (const heading of patientSections) {
		const text = section(body, heading);
		if (text) items.push({ where: `conditions/${id} “${heading}”`, text: plainText(text) });
	}
}
for (const file of list('exercises', '.mdx')) {
	const { data } = read(join(root, 'exercises', file));
	const id = file.replace(/\.mdx$/, '');
	const lines = (v: unknown) => (Array.isArray(v) ? v.map(String).join('\n') : String(v ?? ''));
	items.push({ where: `exercises/${id} purpose`, text: String(data.purpose) });
	items.push({ where: `exercises/${id} starting position`, text: String(data.startPosition) });
	items.push({ where: `exercises/${id} steps`, text: lines(data.steps) });
	items.push({ where: `exercises/${id} how it should feel`, text: String(data.feel) });
	items.push({ where: `exercises/${id} cautions`, text: lines(data.cautions) });
}
for (const file of list('findings', '.yaml')) {
	const { data } = read(join(root, 'findings', file));
	const flag = data.redFlag as { action: string; why: string } | undefined;
	if (flag) items.push({ where: `findings/${file.replace(/\.yaml$/, '')} red-flag advice`, text: `${flag.why} ${flag.action}` });
}

const graded = items.map((i) => ({ ...i, ...readability(i.text) })).sort((a, b) => b.grade - a.grade);
const grades = graded.map((g) => g.grade).sort((a, b) => a - b);
const median = grades.length % 2 ? grades[(grades.length - 1) / 2]! : (grades[grades.length / 2 - 1]! + grades[grades.length / 2]!) / 2;
const atOrBelow8 = grades.filter((g) => g <= 8).length;

if (process.argv.includes('--json')) {
	console.log(JSON.stringify({ median, atOrBelow8, total: grades.length, items: graded.map(({ text: _t, ...rest }) => rest) }, null, 2));
} else {
	const row = (g: (typeof graded)[number]) => `${g.grade.toFixed(1).padStart(5)}  ${String(g.words).padStart(4)} words  ${g.where}`;
	console.log('Flesch-Kincaid grade of every patient-facing text (highest first):\n');
	for (const g of graded) console.log(row(g));
	console.log('\nWorst ten:');
	for (const g of graded.slice(0, 10)) console.log(row(g));
	console.log(`\n${graded.length} texts; median grade ${median.toFixed(1)}; ${atOrBelow8} (${Math.round((100 * atOrBelow8) / graded.length)}%) at grade 8 or below.`);
}
