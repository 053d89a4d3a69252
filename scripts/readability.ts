/**
 * Reports the Flesch-Kincaid grade of every patient-facing text: condition summaries and the
 * patient sections of condition pages, exercise instructions, and red-flag advice. Prints every
 * text's grade, the worst ten, the median and how many are at grade 8 or below.
 *
 * Usage: npm run readability [-- --json]
 */
import { contentRoot } from '../config/content-root.ts';
import { listContentFiles, readContentFile } from '../src/lib/build/content-files.ts';
import { patientSections } from '../src/lib/content/condition-sections.ts';
import { plainText, readability } from '../src/lib/build/readability.ts';

const root = contentRoot;
/**
 * Headings of condition-page sections written for patients (the layered articles' patient layer, and
 * "What helps" of the articles not yet layered); clinician sections are left out.
 */
const patientHeadings = [...patientSections.map((section) => section.heading), 'What helps'];

interface Item {
	where: string;
	text: string;
}

/** A file's frontmatter (or YAML) as a record, and its body. */
function read(file: string) {
	const { data, body } = readContentFile(file);
	return { data: (data ?? {}) as Record<string, unknown>, body };
}

function section(body: string, heading: string): string | undefined {
	const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`^## ${escaped}\\s*$([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(body);
	return match?.[1];
}

const items: Item[] = [];

for (const { id, file } of listContentFiles(root, 'conditions', ['mdx'])) {
	const { data, body } = read(file);
	items.push({ where: `conditions/${id} summary`, text: String(data.summary) });
	if (Array.isArray(data.seeClinicianIf))
		items.push({
			where: `conditions/${id} see a GP or physiotherapist if`,
			text: data.seeClinicianIf.map(String).join('\n'),
		});
	for (const heading of patientHeadings) {
		const text = section(body, heading);
		if (text) items.push({ where: `conditions/${id} “${heading}”`, text: plainText(text) });
	}
}
for (const { id, file } of listContentFiles(root, 'exercises', ['mdx'])) {
	const { data } = read(file);
	const lines = (v: unknown) =>
		Array.isArray(v) ? v.map(String).join('\n') : typeof v === 'string' ? v : '';
	items.push({ where: `exercises/${id} purpose`, text: String(data.purpose) });
	items.push({ where: `exercises/${id} starting position`, text: String(data.startPosition) });
	items.push({ where: `exercises/${id} steps`, text: lines(data.steps) });
	items.push({ where: `exercises/${id} how it should feel`, text: String(data.feel) });
	items.push({ where: `exercises/${id} cautions`, text: lines(data.cautions) });
}
for (const { id, file } of listContentFiles(root, 'findings', ['yaml'])) {
	const { data } = read(file);
	const flag = data.redFlag as { action: string; why: string } | undefined;
	if (flag)
		items.push({ where: `findings/${id} red-flag advice`, text: `${flag.why} ${flag.action}` });
}

const graded = items
	.map((i) => ({ ...i, ...readability(i.text) }))
	.sort((a, b) => b.grade - a.grade);
const grades = graded.map((g) => g.grade).sort((a, b) => a - b);
const median =
	grades.length % 2
		? grades[(grades.length - 1) / 2]!
		: (grades[grades.length / 2 - 1]! + grades[grades.length / 2]!) / 2;
const atOrBelow8 = grades.filter((g) => g <= 8).length;

if (process.argv.includes('--json')) {
	console.log(
		JSON.stringify(
			{
				median,
				atOrBelow8,
				total: grades.length,
				items: graded.map(({ text: _t, ...rest }) => rest),
			},
			null,
			2,
		),
	);
} else {
	const row = (g: (typeof graded)[number]) =>
		`${g.grade.toFixed(1).padStart(5)}  ${String(g.words).padStart(4)} words  ${g.where}`;
	console.log('Flesch-Kincaid grade of every patient-facing text (highest first):\n');
	for (const g of graded) console.log(row(g));
	console.log('\nWorst ten:');
	for (const g of graded.slice(0, 10)) console.log(row(g));
	console.log(
		`\n${graded.length} texts; median grade ${median.toFixed(1)}; ${atOrBelow8} (${Math.round((100 * atOrBelow8) / graded.length)}%) at grade 8 or below.`,
	);
}
