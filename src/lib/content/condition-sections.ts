/**
 * The shape every condition article follows (shared/DESIGN.md, the depth issue): a patient layer in
 * plain words, then a clinician layer wrapped in <Clinician>, each with its sections in a fixed order,
 * and the data-driven parts (<KeyFeatures />, <LookAlikes />, …) under the sections they belong to.
 * Patients read from the top and can stop at the clinician layer; clinicians know where to look.
 */
import type { ContentProblem } from './integrity.ts';

export interface SectionRule {
	heading: string;
	/** Components (by tag name) that must appear in this section. */
	components: readonly string[];
}

export const patientSections: readonly SectionRule[] = [
	{ heading: 'What it is', components: [] },
	{ heading: 'What it feels like', components: [] },
	{ heading: 'What makes it worse or better', components: [] },
	{ heading: 'How long will it take?', components: [] },
	{ heading: 'What you can do', components: ['ExerciseList'] },
];

export const clinicianSections: readonly SectionRule[] = [
	{ heading: 'Anatomy and mechanism', components: [] },
	{ heading: 'How common it is', components: [] },
	{ heading: 'Causes and risk factors', components: [] },
	{ heading: 'Presentation and examination', components: ['KeyFeatures', 'TestList'] },
	{ heading: 'Imaging and other investigations', components: [] },
	{ heading: 'Telling it apart', components: ['LookAlikes'] },
	{ heading: 'Management evidence', components: ['ManagementTable'] },
	{ heading: 'Prognosis', components: [] },
	{ heading: 'Outcome measures', components: ['OutcomeMeasures'] },
];

/** Sections allowed after the required ones, inside the clinician layer. */
const optionalTrailing = new Set(['Note on the source article']);

interface Section {
	heading: string;
	line: number;
	text: string;
}

/** Level-2 headings and the text under each, with the line each heading is on. */
function sectionsOf(body: string, firstLine: number): Section[] {
	const sections: Section[] = [];
	body.split('\n').forEach((line, i) => {
		const match = /^## (.+?)\s*$/.exec(line);
		if (match) sections.push({ heading: match[1]!, line: firstLine + i, text: '' });
		else if (sections.length > 0) sections[sections.length - 1]!.text += `${line}\n`;
	});
	return sections;
}

/** Problems with a condition article's layers, sections and placed components; empty when it follows the shape. */
export function checkConditionSections(file: string, source: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const problem = (field: string, message: string) => problems.push({ file, field, message });
	const frontmatterEnd = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
	const bodyStart = frontmatterEnd === -1 ? 0 : source.indexOf('\n', frontmatterEnd + 1) + 1;
	const body = source.slice(bodyStart);
	const lineOf = (index: number) => source.slice(0, index).split('\n').length;
	const open = body.indexOf('<Clinician>');
	const close = body.indexOf('</Clinician>');
	if (open === -1 || close === -1 || close < open) {
		problem('body', 'wrap the clinician layer in <Clinician> … </Clinician> (blank lines inside both tags)');
		return problems;
	}
	const check = (rules: readonly SectionRule[], text: string, firstLine: number, layer: string, trailing: Set<string>) => {
		const found = sectionsOf(text, firstLine);
		const headings = found.map((s) => s.heading);
		const expected = rules.map((r) => r.heading);
		const extra = headings.filter((h) => !expected.includes(h) && !trailing.has(h));
		for (const h of extra) problem(`line ${found.find((s) => s.heading === h)!.line}`, `"## ${h}" is not a ${layer} section; use ### for sub-sections`);
		const inOrder = headings.filter((h) => expected.includes(h));
		if (inOrder.join('\n') !== expected.join('\n')) {
			problem('body', `the ${layer} layer needs these ## sections in this order: ${expected.map((h) => `"${h}"`).join(', ')}; found ${inOrder.map((h) => `"${h}"`).join(', ') || 'none'}`);
		}
		for (const rule of rules) {
			const section = found.find((s) => s.heading === rule.heading);
			if (!section) continue;
			for (const component of rule.components) {
				if (!new RegExp(`<${component}\\s*/>`).test(section.text)) {
					problem(`line ${section.line}`, `"## ${rule.heading}" must contain <${component} />`);
				}
			}
			// A section whose placed part renders the content (<LookAlikes />, …) is not empty.
			if (rule.components.length === 0 && section.text.replace(/<[^>]+>/g, '').trim().length === 0) {
				problem(`line ${section.line}`, `"## ${rule.heading}" is empty: write it, or say that no published data exist`);
			}
		}
	};
	check(patientSections, body.slice(0, open), lineOf(bodyStart), 'patient', new Set());
	check(clinicianSections, body.slice(open, close), lineOf(bodyStart + open), 'clinician', optionalTrailing);
	if (body.slice(close + '</Clinician>'.length).trim() !== '') problem(`line ${lineOf(bodyStart + close)}`, 'nothing may follow </Clinician>');
	return problems;
}
