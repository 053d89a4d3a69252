import { describe, expect, it } from 'vitest';
import {
	checkConditionSections,
	clinicianSections,
	patientSections,
} from '../../src/lib/content/condition-sections.ts';
import { formatProblem } from '../../src/lib/content/integrity.ts';

/** A layered article that follows the shape: every section, in order, with its placed parts. */
function article(
	change: (
		sections: Array<{ heading: string; body: string }>,
		layer: 'patient' | 'clinician',
	) => void = () => {},
) {
	const layer = (rules: typeof patientSections, name: 'patient' | 'clinician') => {
		const sections = rules.map((r) => ({
			heading: r.heading,
			body: ['Some words.', ...r.components.map((c) => `<${c} />`)].join('\n\n'),
		}));
		change(sections, name);
		return sections.map((s) => `## ${s.heading}\n\n${s.body}\n`).join('\n');
	};
	return `---\nname: X\n---\n\n${layer(patientSections, 'patient')}\n<Clinician>\n\n${layer(clinicianSections, 'clinician')}\n</Clinician>\n`;
}
const problems = (source: string) => checkConditionSections('c.mdx', source).map(formatProblem);

describe('checkConditionSections', () => {
	it('accepts an article in the layered shape', () => {
		expect(problems(article())).toEqual([]);
	});

	it('counts a placed part as the content of its section (a look-alike table needs no prose)', () => {
		const source = article((sections, layer) => {
			if (layer === 'clinician') {
				for (const s of sections)
					if (s.body.includes('<')) s.body = s.body.replace('Some words.', '');
			}
		});
		expect(problems(source)).toEqual([]);
	});

	it('asks for the clinician layer when <Clinician> is missing or closed before it opens', () => {
		expect(problems('---\nname: X\n---\n\n## What it is\n\nWords.\n')).toEqual([
			'c.mdx: body: wrap the clinician layer in <Clinician> … </Clinician> (blank lines inside both tags)',
		]);
		expect(problems('</Clinician>\n<Clinician>')).toHaveLength(1);
	});

	it('names sections out of order, unknown, empty or missing their part, with their line', () => {
		const source = article((sections, layer) => {
			if (layer === 'patient') {
				[sections[0], sections[1]] = [sections[1]!, sections[0]!];
				sections[4]!.body = 'No list here.';
			} else {
				sections[1]!.body = '';
				sections.push({ heading: 'Extra notes', body: 'x' });
			}
		});
		const found = problems(source);
		expect(found).toContainEqual(
			expect.stringMatching(
				/^c\.mdx: body: the patient layer needs these ## sections in this order: "What it is", "What it feels like"/,
			),
		);
		expect(found).toContainEqual(
			expect.stringMatching(
				/^c\.mdx: line \d+: "## What you can do" must contain <ExerciseList \/>$/,
			),
		);
		expect(found).toContainEqual(
			expect.stringMatching(/^c\.mdx: line \d+: "## How common it is" is empty/),
		);
		expect(found).toContainEqual(
			expect.stringMatching(
				/^c\.mdx: line \d+: "## Extra notes" is not a clinician section; use ### for sub-sections$/,
			),
		);
		expect(found).toHaveLength(4);
	});

	it('allows the note on the source article at the end, and nothing after </Clinician>', () => {
		const withNote = article((sections, layer) => {
			if (layer === 'clinician')
				sections.push({ heading: 'Note on the source article', body: 'Corrected.' });
		});
		expect(problems(withNote)).toEqual([]);
		expect(problems(`${article()}\nMore words.\n`)).toEqual([
			expect.stringMatching(/^c\.mdx: line \d+: nothing may follow <\/Clinician>$/),
		]);
	});

	it('counts lines from the top of the file, frontmatter included', () => {
		const source = article((sections, layer) => {
			if (layer === 'patient') sections[2]!.body = '';
		});
		const line = source.split('\n').indexOf('## What makes it worse or better') + 1;
		expect(problems(source)).toEqual([
			`c.mdx: line ${line}: "## What makes it worse or better" is empty: write it, or say that no published data exist`,
		]);
	});
});
