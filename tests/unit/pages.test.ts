/**
 * The page builders of src/lib/pages against a small fixture: every figure below is worked out by
 * hand from the fixture, never read back from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { conditionPage, conditionSections } from '../../src/lib/pages/condition.ts';
import { exercisePage } from '../../src/lib/pages/exercise.ts';
import { fileOf, lookup } from '../../src/lib/pages/entries.ts';
import { programmeCards, programmeTemplateLinks } from '../../src/lib/pages/programme.ts';
import type { ProgrammeTemplate } from '../../src/schemas/programme-template.ts';
import { pageHeadings } from '../../src/lib/pages/sections.ts';
import { referenceItems, sourceLink } from '../../src/lib/pages/sources.ts';
import { testPage } from '../../src/lib/pages/test.ts';
import { isRanked } from '../../src/lib/ranked.ts';
import { byUrgency, conditionRedFlags, redFlagList, urgentBox } from '../../src/lib/red-flags.ts';
import { relationsOf } from '../../src/lib/relations.ts';
import { lookups, raw, site } from '../support/content.ts';

const redFlag = (urgency: string) => ({
	group: 'red-flag',
	redFlag: { urgency, action: `Act (${urgency}).`, why: 'Because.', sources: ['smith-2020'] },
});

/**
 * Alpha lists test t1 and exercise e1; test t2 targets alpha from its own side; exercise e2 lists
 * alpha from its side. Alpha's key findings: sitting (strong, towards), walking (against).
 */
const all = lookups({
	references: {
		'smith-2020': raw.reference(['Smith A'], 2020),
		'jones-2021': raw.reference(['Jones B', 'Brown C'], 2021),
	},
	findings: {
		sitting: raw.finding('Pain when sitting', { synonyms: ['sore to sit'] }),
		walking: raw.finding('Pain when walking', { synonyms: ['hurts to walk'] }),
		numb: raw.finding('Numb saddle', redFlag('emergency')),
		fever: raw.finding('Fever', redFlag('same-day')),
		lump: raw.finding('A lump', redFlag('soon')),
	},
	conditions: {
		alpha: raw.condition('Alpha syndrome', {
			aliases: ['alpha pain'],
			tests: ['t1'],
			exercises: ['e1'],
			redFlags: ['lump'],
			keyFindings: [
				{ finding: 'sitting', grade: 'strong', note: 'typical' },
				{ finding: 'walking', grade: 'against' },
			],
			differentials: [{ condition: 'beta', feature: 'Beta hurts at night.' }],
			management: [
				{
					intervention: 'Rest',
					evidence: 'cohort',
					effect: 'Better.',
					certainty: 'low',
					source: 'jones-2021',
				},
			],
			outcomeMeasures: [
				{ name: 'Score A', use: 'Pain.' },
				{ name: 'Score B', use: 'Function.', source: 'smith-2020' },
			],
			bottomLine: [
				{ text: 'One.', sources: ['smith-2020'] },
				{ text: 'Two.', sources: ['jones-2021', 'smith-2020'] },
				{ text: 'Three.', sources: ['smith-2020'] },
			],
			references: ['smith-2020', 'jones-2021', 'smith-2020'],
		}),
		beta: raw.condition('Beta syndrome', { emergency: true }),
		gamma: raw.condition('Gamma syndrome', { ranked: false }),
	},
	tests: {
		t1: raw.test('Test one', {
			noAccuracy: undefined,
			accuracy: [
				{
					id: 'smith-2020',
					target: 'alpha',
					targetDefinition: 'Alpha by MRI.',
					sensitivity: { value: 0.8 },
					specificity: { value: 0.9, ci: [0.8, 0.95] },
					sampleSize: { total: 50 },
					referenceStandard: 'MRI',
					design: 'Cohort',
					population: 'Adults',
					source: 'smith-2020',
				},
				{
					id: 'jones-2021',
					target: 'gamma',
					targetDefinition: 'Gamma.',
					sensitivity: { value: 0.5 },
					specificity: { value: 0.75 },
					sampleSize: { total: 20 },
					referenceStandard: 'Surgery',
					design: 'Case-control',
					population: 'Athletes',
					source: 'jones-2021',
				},
			],
			differential: { study: 'smith-2020', why: 'Closer population.' },
			bottomLine: { verdict: 'Rules alpha in.', reasoning: 'One cohort.' },
		}),
		t2: raw.test('Test two', {
			aliases: ['T2'],
			differential: { excluded: true, why: 'No study fits.' },
			noAccuracyReason: 'none-published',
			bottomLine: { verdict: 'Unproven.', reasoning: 'No study.' },
		}),
	},
	exercises: {
		e1: raw.exercise('Exercise one', {
			progressions: ['e2'],
			dosage: {
				sets: { min: 1 },
				reps: { min: 2, max: 3 },
				holdSeconds: { min: 20, max: 30 },
				restSeconds: { min: 15 },
				frequency: { times: 2, per: 'day' },
			},
		}),
		e2: raw.exercise('Exercise two', {
			conditions: ['alpha'],
			regressions: ['e1'],
			dosage: {
				sets: { min: 3 },
				holdSeconds: { min: 30 },
				perSide: true,
				restSeconds: { min: 30, max: 60 },
				frequency: { times: 3, per: 'week' },
			},
		}),
	},
});
const flags = redFlagList(all.findings.values());
const alpha = all.conditions.get('alpha')!;

describe('relations', () => {
	const r = relationsOf(all);
	it('merges links written on either side, own side first', () => {
		expect(r.testsOfCondition('alpha')).toEqual(['t1', 't2']);
		expect(r.exercisesOfCondition('alpha')).toEqual(['e1', 'e2']);
		expect(r.targetsOfTest('t1')).toEqual(['alpha']);
		expect(r.conditionsOfExercise('e1')).toEqual(['alpha']);
		expect(r.conditionsOfExercise('e2')).toEqual(['alpha']);
		expect(r.testsOfCondition('nobody')).toEqual([]);
	});
});

describe('red flags', () => {
	it('lists every red flag, most urgent first', () => {
		expect(flags.map((f) => [f.id, f.urgency])).toEqual([
			['numb', 'emergency'],
			['fever', 'same-day'],
			['lump', 'soon'],
		]);
	});
	it('shows a condition’s own flags first, then the urgent ones of the others', () => {
		expect(conditionRedFlags(flags, [{ id: 'lump' }]).map((f) => f.id)).toEqual([
			'lump',
			'numb',
			'fever',
		]);
		expect(conditionRedFlags(flags, []).map((f) => f.id)).toEqual(['numb', 'fever']);
	});
	it('splits the urgent box: the condition’s own flags in full, the rest behind a disclosure', () => {
		const ids = (box: ReturnType<typeof urgentBox>) => [
			box.first.map((f) => f.id),
			box.more.map((f) => f.id),
		];
		expect(ids(urgentBox(flags, [{ id: 'lump' }]))).toEqual([['lump'], ['numb', 'fever']]);
		// No flags of its own: the emergencies first.
		expect(ids(urgentBox(flags, []))).toEqual([['numb'], ['fever']]);
		// Four of its own: three in full, most urgent first, the fourth behind the disclosure.
		const many = ['a', 'b', 'c', 'd'].map((id) => ({ ...flags[0]!, id, label: id }));
		expect(ids(urgentBox(many, many))).toEqual([['a', 'b', 'c'], ['d']]);
	});
	it('groups flags under what to do, most urgent first, without empty groups', () => {
		expect(
			byUrgency([flags[2]!, flags[0]!]).map((g) => [g.action, g.flags.map((f) => f.id)]),
		).toEqual([
			['Call 999 or go to A&E now if you have:', ['numb']],
			['See a doctor soon (within days) if you have:', ['lump']],
		]);
	});
});

describe('isRanked', () => {
	it('leaves out umbrella terms and emergencies', () => {
		expect(
			[alpha, all.conditions.get('beta')!, all.conditions.get('gamma')!].map((c) =>
				isRanked(c.data),
			),
		).toEqual([true, false, false]);
	});
});

describe('sources', () => {
	it('lists references once each, in order, and labels a source with its bibliography link', () => {
		expect(referenceItems(all.references, alpha.data.references, 'x').map((r) => r.id)).toEqual([
			'smith-2020',
			'jones-2021',
		]);
		expect(
			sourceLink(all.references, { collection: 'references', id: 'jones-2021' }, 'x', site),
		).toEqual({ label: 'Jones & Brown 2021', href: '/kb/references/#jones-2021' });
	});
	it('names the referring file and field when a reference dangles', () => {
		expect(() =>
			lookup(
				all.references,
				{ collection: 'references', id: 'ghost-1999' },
				'fixtures/conditions/alpha: references[3]',
			),
		).toThrow(
			'fixtures/conditions/alpha: references[3]: refers to references/ghost-1999, which does not exist',
		);
		expect(fileOf({ id: 'x' }, 'findings')).toBe('findings/x');
		expect(fileOf({ id: 'x', filePath: 'content/findings/x.yaml' }, 'findings')).toBe(
			'content/findings/x.yaml',
		);
	});
});

describe('pageHeadings', () => {
	it('puts the page’s own sections around the body’s headings', () => {
		const body = [
			{ depth: 2, slug: 'b', text: 'B' },
			{ depth: 3, slug: 'b1', text: 'B1' },
		];
		expect(
			pageHeadings(
				{ before: [{ slug: 'a', text: 'A' }], after: [{ slug: 'c', text: 'C' }] },
				body,
			).map((h) => `${h.depth}${h.slug}`),
		).toEqual(['2a', '2b', '3b1', '2c']);
	});
});

describe('conditionPage', () => {
	const page = conditionPage(alpha, all, flags, site, 'https://example.org/kb/conditions/alpha/');

	it('gives the parts its MDX places, with links under the base', () => {
		expect(page.parts.tests).toEqual([
			{ label: 'Test one', href: '/kb/tests/t1/', description: 'Test one purpose.' },
			{ label: 'Test two', href: '/kb/tests/t2/', description: 'Test two purpose.' },
		]);
		expect(page.parts.exercises.map((e) => e.href)).toEqual([
			'/kb/exercises/e1/',
			'/kb/exercises/e2/',
		]);
		expect(page.parts.programmeHref).toBe('/kb/exercises/programme/?e=e1,e2&edit=1');
		expect(page.parts.keyFeatures).toEqual([
			{
				label: 'Pain when sitting',
				clinical: 'Pain when sitting (clinical)',
				note: 'typical',
				towards: true,
			},
			{
				label: 'Pain when walking',
				clinical: 'Pain when walking (clinical)',
				note: undefined,
				towards: false,
			},
		]);
		expect(page.parts.differentials).toEqual([
			{ label: 'Beta syndrome', href: '/kb/conditions/beta/', feature: 'Beta hurts at night.' },
		]);
		expect(page.parts.management[0]!.source).toEqual({
			label: 'Jones & Brown 2021',
			href: '/kb/references/#jones-2021',
		});
		expect(page.parts.outcomeMeasures.map((m) => m.source?.label)).toEqual([
			undefined,
			'Smith 2020',
		]);
	});

	it('takes search words only from findings that point towards it', () => {
		expect(page.searchTerms.synonyms).toEqual(['Pain when sitting', 'sore to sit']);
		expect(page.searchTerms.aliases).toEqual(['alpha pain']);
	});

	it('sources each bottom line and leads the urgent box with its own red flag', () => {
		expect(page.bottomLine?.[1]!.sources.map((s) => s.label)).toEqual([
			'Jones & Brown 2021',
			'Smith 2020',
		]);
		expect(page.redFlags.map((f) => f.id)).toEqual(['lump', 'numb', 'fever']);
	});

	it('declares its own sections once: all of them for an older article, only references for a layered one', () => {
		expect(page.layered).toBe(false);
		expect(page.sections.after.map((s) => s.slug)).toEqual([
			'key-features',
			'clinical-tests',
			'exercises',
			'look-alikes',
			'references',
		]);
		const layered = conditionPage(
			{ ...alpha, body: '## What it is\n\n<Clinician>\n\n</Clinician>' },
			all,
			flags,
			site,
			'u',
		);
		expect(layered.layered).toBe(true);
		expect(layered.sections.after).toEqual([conditionSections.references]);
	});

	it('describes itself as a MedicalCondition that matches the content', () => {
		const graph = JSON.parse(page.head[0]!.content) as { '@graph': Array<Record<string, any>> };
		const webPage = graph['@graph'][0]!;
		expect(webPage).toMatchObject({
			'@type': 'MedicalWebPage',
			url: 'https://example.org/kb/conditions/alpha/',
			lastReviewed: '2026-11-24',
		});
		expect(webPage.medicalAudience.map((a: { audienceType: string }) => a.audienceType)).toEqual([
			'Patient',
			'Clinician',
		]);
		expect(webPage.mainEntity).toMatchObject({
			'@type': 'MedicalCondition',
			'@id': 'https://example.org/kb/conditions/alpha/#condition',
			name: 'Alpha syndrome',
			alternateName: ['alpha pain'],
			signOrSymptom: [{ '@type': 'MedicalSymptom', name: 'Pain when sitting' }],
			possibleTreatment: [{ name: 'Exercise one' }, { name: 'Exercise two' }],
			typicalTest: [
				{ '@type': 'MedicalTest', name: 'Test one', url: 'https://example.org/kb/tests/t1/' },
				{ '@type': 'MedicalTest', name: 'Test two', url: 'https://example.org/kb/tests/t2/' },
			],
			differentialDiagnosis: [
				{
					'@type': 'DDxElement',
					diagnosis: { name: 'Beta syndrome', url: 'https://example.org/kb/conditions/beta/' },
					distinguishingSign: { name: 'Beta hurts at night.' },
				},
			],
		});
		expect(page.head[0]!.attrs).toEqual({ type: 'application/ld+json' });
	});

	it('names the condition’s file when a key finding dangles', () => {
		const broken = {
			...alpha,
			data: {
				...alpha.data,
				keyFindings: [
					{ finding: { collection: 'findings' as const, id: 'ghost' }, grade: 'strong' as const },
				],
			},
		};
		expect(() => conditionPage(broken, all, flags, site, 'u')).toThrow(
			/^fixtures\/conditions\/alpha: keyFindings\[0\]\.finding: refers to findings\/ghost/,
		);
	});
});

describe('testPage', () => {
	// One setting ranks alpha at 0.25 (Smith 2020); none ranks gamma.
	const settings = [
		{
			id: 'clinic',
			data: {
				label: 'A clinic',
				description: 'Everyone.',
				order: 1,
				priors: [
					{
						condition: { collection: 'conditions', id: 'alpha' },
						probability: 0.25,
						range: [0.2, 0.3],
						basis: 'published',
						source: { collection: 'references', id: 'smith-2020' },
						furtherSources: [],
						detail: 'Counted.',
					},
				],
				other: { probability: 0.75, range: [0.7, 0.8], detail: 'Else.' },
				reviewed: new Date('2026-11-24'),
			},
		},
	] as unknown as Parameters<typeof testPage>[2];
	const page = testPage(
		all.tests.get('t1')!,
		all,
		settings,
		site,
		'https://example.org/kb/tests/t1/',
	);

	it('derives each study’s ratios and marks the one the helper uses when there are several', () => {
		const [first, second] = page.studies;
		// sens 0.8, spec 0.9: LR+ 0.8 / 0.1 = 8, LR− 0.2 / 0.9 = 0.222…
		expect(first!.figures.lrPositive).toBe('8.0');
		expect(first!.figures.lrNegative).toBe('0.22');
		expect(first!.figures.specificity).toBe('90% (95% CI 80–95%)');
		expect(first!.heading).toBe('Smith 2020: Alpha syndrome');
		expect([first!.usedByHelper, second!.usedByHelper]).toEqual([true, false]);
	});

	it('offers each calculator the setting priors of its target, the helper’s study first', () => {
		expect(page.calculators.map((c) => c.id)).toEqual(['smith-2020', 'jones-2021']);
		expect(page.calculators[0]).toMatchObject({
			heading: 'Smith 2020: Alpha syndrome',
			targetName: 'Alpha syndrome',
			priors: [{ label: 'A clinic', percent: 25, basis: 'published' }],
		});
		expect(page.calculators[1]!.priors).toEqual([]);
		expect(page.sections.before.map((s) => s.slug)).toContain('calculator');
	});

	it('names, for its calculators, the conditions the test is also positive in', () => {
		expect(page.calculators[0]!.alsoPositiveIn).toEqual([]);
		const t1 = all.tests.get('t1')!;
		const shared = {
			...t1,
			data: {
				...t1.data,
				alsoPositiveIn: [
					{ condition: { collection: 'conditions' as const, id: 'beta' }, why: 'Same tendon.' },
				],
			},
		};
		const withShared = testPage(shared, all, settings, site, 'https://example.org/kb/tests/t1/');
		expect(withShared.calculators.map((c) => c.alsoPositiveIn)).toEqual([
			['Beta syndrome'],
			['Beta syndrome'],
		]);
	});

	it('puts the bottom line beside the facts from its studies, and a forest plot for several', () => {
		// Two cohorts of 50 and 20; best LR+ 8 (Smith), best LR− min(0.22, 0.5 / 0.75 = 0.67) (Smith).
		expect(page.bottomLine).toEqual({
			verdict: 'Rules alpha in.',
			reasoning: 'One cohort.',
			facts:
				'2 studies, 70 people; best LR+ 8.0 (no interval: counts not published), Smith 2020, ' +
				'for Alpha syndrome; best LR− 0.22 (no interval: counts not published), Smith 2020, for Alpha syndrome.',
		});
		expect(page.forest?.rows.map((r) => r.label)).toEqual([
			'Smith 2020: Alpha syndrome',
			'Jones & Brown 2021: Gamma syndrome',
		]);
	});

	it('says why a test has no figures, and draws no plot or calculator', () => {
		const none = testPage(all.tests.get('t2')!, all, settings, site, 'u');
		expect(none.bottomLine?.facts).toBe('No published accuracy study.');
		expect(none.forest).toBeUndefined();
		expect(none.calculators).toEqual([]);
		expect(none.sections.before.map((s) => s.slug)).toEqual(['how-to-perform', 'accuracy']);
	});

	it('says which study the helper uses, or why it uses none', () => {
		expect(page.helperChoice).toBe(
			'The differential helper uses the study marked above. Closer population.',
		);
		const excluded = testPage(all.tests.get('t2')!, all, settings, site, 'u');
		expect(excluded.helperChoice).toBe(
			'The differential helper does not use this test. No study fits.',
		);
		expect(excluded.studies).toEqual([]);
	});

	it('lists its conditions from both sides, its sections and its references', () => {
		expect(page.targets.map((t) => t.href)).toEqual(['/kb/conditions/alpha/']);
		expect(page.sections.before.map((s) => s.slug)).toEqual([
			'how-to-perform',
			'accuracy',
			'calculator',
		]);
		expect(page.sections.after.map((s) => s.slug)).toEqual(['used-for', 'references']);
		expect(page.references.map((r) => r.id)).toEqual(['smith-2020', 'jones-2021']);
	});

	it('describes itself as a MedicalTest for its target conditions', () => {
		const entity = (JSON.parse(page.head[0]!.content) as { '@graph': Array<Record<string, any>> })[
			'@graph'
		][0]!.mainEntity;
		expect(entity).toMatchObject({
			'@type': 'MedicalTest',
			'@id': 'https://example.org/kb/tests/t1/#test',
			usedToDiagnose: [{ '@type': 'MedicalCondition', name: 'Alpha syndrome' }],
		});
	});
});

describe('exercisePage', () => {
	const page = exercisePage(
		all.exercises.get('e1')!,
		all,
		site,
		'https://example.org/kb/exercises/e1/',
	);

	it('links its conditions and its easier and harder versions', () => {
		expect(page.conditions).toEqual([{ label: 'Alpha syndrome', href: '/kb/conditions/alpha/' }]);
		expect(page.harder.map((e) => e.href)).toEqual(['/kb/exercises/e2/']);
		expect(page.easier).toEqual([]);
		expect(page.printedSets).toBe(1);
		expect(page.sections.before).toHaveLength(5);
		expect(page.sections.after.map((s) => s.slug)).toEqual(['easier-and-harder', 'references']);
	});

	it('describes itself as an ExercisePlan with its dose', () => {
		const plan = (JSON.parse(page.head[0]!.content) as { '@graph': Array<Record<string, any>> })[
			'@graph'
		][0]!.mainEntity;
		expect(plan).toMatchObject({
			'@type': 'ExercisePlan',
			repetitions: { minValue: 2, maxValue: 3 },
			activityDuration: { minValue: 20, maxValue: 30, unitCode: 'SEC' },
			restPeriods: { minValue: 15, maxValue: 15, unitCode: 'SEC' },
			activityFrequency: { value: 2, unitCode: 'DAY' },
		});
		// A held exercise without repetitions counts its sets as repetitions, and has no hold duration of reps.
		const held = (
			JSON.parse(exercisePage(all.exercises.get('e2')!, all, site, 'u').head[0]!.content) as {
				'@graph': Array<Record<string, any>>;
			}
		)['@graph'][0]!.mainEntity;
		expect(held).toMatchObject({
			repetitions: { minValue: 3, maxValue: 3 },
			activityFrequency: { value: 3, unitCode: 'WEE' },
		});
	});
});

describe('programmeCards', () => {
	it('gives each exercise its usual dose in link form and in words, sorted by name', () => {
		const cards = programmeCards([all.exercises.get('e2')!, all.exercises.get('e1')!], site);
		expect(cards.map((c) => [c.id, c.usualDose, c.usualDoseWords, c.rest, c.frequency])).toEqual([
			[
				'e1',
				'1x2-3x20-30s',
				'1 set of 2–3 repetitions, holding each for 20–30 seconds',
				'Rest 15 seconds between repetitions',
				'Twice a day',
			],
			[
				'e2',
				'3x30s',
				'3 sets, holding for 30 seconds, each side',
				'Rest 30–60 seconds between sets',
				'3 times a week',
			],
		]);
		expect(cards[0]!.href).toBe('/kb/exercises/e1/');
		// The handout's fallbacks, in the link's own form (src/lib/exercise/programme.ts).
		expect(cards.map((c) => [c.usualRest, c.usualFrequency])).toEqual([
			['15', '2/day'],
			['30-60', '3/week'],
		]);
	});
});

describe('programmeTemplateLinks', () => {
	type Item = ProgrammeTemplate['items'][number];
	const dose = (extra: Partial<Item['dose']>): Item['dose'] => ({
		sets: { min: 2 },
		perSide: false,
		restSeconds: { min: 30, max: 60 },
		frequency: { times: 2, per: 'day' as const },
		...extra,
	});
	const template = (condition: string, order: number, items: Item[]): ProgrammeTemplate => ({
		name: `${condition} ${order}`,
		condition: { collection: 'conditions' as const, id: condition },
		stage: { label: `Stage ${order}`, order },
		suitableFor: 'People.',
		items,
		source: { collection: 'references' as const, id: 'jones-2021' },
		sourceNote: 'As the source.',
		reviewed: new Date('2026-12-01'),
	});
	const exercise = (id: string) => ({ collection: 'exercises' as const, id });
	it('links each template to the builder filled with its doses, rest, frequency and instruction, by condition then stage', () => {
		const links = programmeTemplateLinks(
			[
				{
					id: 'beta-2',
					data: template('beta', 2, [
						{ exercise: exercise('e2'), dose: dose({ holdSeconds: { min: 30 } }) },
					]),
				},
				{
					id: 'alpha-1',
					data: template('alpha', 1, [
						{
							exercise: exercise('e1'),
							dose: dose({ reps: { min: 8, max: 12 }, holdSeconds: { min: 5 } }),
							instruction: 'Slow: count to 3',
						},
					]),
				},
				{
					id: 'beta-1',
					data: template('beta', 1, [
						{ exercise: exercise('e1'), dose: dose({ reps: { min: 10 } }) },
					]),
				},
			],
			all.references,
			site,
		);
		expect(links.map((l) => [l.id, l.source])).toEqual([
			['alpha-1', 'Jones & Brown 2021'],
			['beta-1', 'Jones & Brown 2021'],
			['beta-2', 'Jones & Brown 2021'],
		]);
		expect(links[0]!.href).toBe(
			'/kb/exercises/programme/?e=e1:2x8-12x5s:2/day:rest30-60&i.e1=Slow:+count+to+3&edit=1',
		);
		expect(links[2]!.href).toBe('/kb/exercises/programme/?e=e2:2x30s:2/day:rest30-60&edit=1');
	});
	it('lists a condition’s own templates on its page, by stage', () => {
		const withTemplates = {
			...all,
			programmes: new Map(
				[
					[
						'alpha-2',
						template('alpha', 2, [{ exercise: exercise('e1'), dose: dose({ reps: { min: 5 } }) }]),
					],
					[
						'alpha-1',
						template('alpha', 1, [{ exercise: exercise('e1'), dose: dose({ reps: { min: 3 } }) }]),
					],
					[
						'beta-1',
						template('beta', 1, [{ exercise: exercise('e2'), dose: dose({ reps: { min: 4 } }) }]),
					],
				].map(([id, data]) => [
					id as string,
					{ id: id as string, data: data as ProgrammeTemplate },
				]),
			),
		};
		const parts = conditionPage(
			alpha,
			withTemplates,
			redFlagList(all.findings.values()),
			site,
			'https://example.org/kb/conditions/alpha/',
		).parts;
		expect(parts.programmeTemplates.map((t) => t.name)).toEqual(['alpha 1', 'alpha 2']);
		expect(parts.programmeTemplates[0]!.href).toBe(
			'/kb/exercises/programme/?e=e1:2x3:2/day:rest30-60&edit=1',
		);
		expect(
			conditionPage(alpha, all, [], site, 'https://example.org/').parts.programmeTemplates,
		).toEqual([]);
	});
	it('refuses a template whose source is missing', () => {
		const bad = template('alpha', 1, [
			{ exercise: exercise('e1'), dose: dose({ reps: { min: 10 } }) },
		]);
		bad.source.id = 'nobody-1999';
		expect(() => programmeTemplateLinks([{ id: 'x', data: bad }], all.references, site)).toThrow(
			/unknown source "nobody-1999"/,
		);
	});
});
