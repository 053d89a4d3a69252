import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { clinicalTestSchema } from '../../src/schemas/clinical-test.ts';
import { conditionSchema } from '../../src/schemas/condition.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { findingSchema } from '../../src/schemas/finding.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { guideExtension } from '../../src/schemas/docs.ts';
import { pageKinds } from '../../src/lib/page-kinds.ts';
import { plainReference as stubReference } from '../../src/lib/content/plain-reference.ts';

/** Deep-copies a fixture and applies one change, so each row states only what it breaks. */
function variant<T extends object>(base: T, change: (draft: any) => void): T {
	const draft = structuredClone(base);
	change(draft);
	return draft;
}

/** The first issue as "path: message", the form the content checker prints. */
function firstIssue(schema: z.ZodType, input: unknown): string {
	const result = schema.safeParse(input);
	if (result.success) return 'accepted';
	const issue = result.error.issues[0]!;
	return `${issue.path.join('.')}: ${issue.message}`;
}

const validReference = {
	authors: ['Cacchio A', 'Borra F'],
	title: 'Reliability and validity of three pain provocation tests',
	publishedIn: 'British Journal of Sports Medicine',
	year: 2012,
	doi: '10.1136/bjsports-2011-090325',
	pmid: '22219215',
	kind: 'primary-study',
};

const validStudy = {
	id: 'cacchio-2012',
	target: 'proximal-hamstring-tendinopathy',
	targetDefinition: 'Chronic proximal hamstring tendinopathy diagnosed by a physician with MRI.',
	sensitivity: { value: 0.89, ci: [0.76, 0.96] },
	specificity: { value: 0.91, ci: [0.79, 0.97] },
	sampleSize: { total: 92, withCondition: 46 },
	referenceStandard: 'Physician diagnosis with MRI',
	design: 'Case-control',
	population: 'Athletes',
	source: 'cacchio-2012',
};

const validTest = {
	name: 'Modified bent-knee stretch test',
	aliases: ['MBK'],
	purpose: 'Provokes pain at the hamstring origin.',
	targets: ['proximal-hamstring-tendinopathy'],
	regions: ['buttock'],
	procedure: {
		position: 'Supine.',
		steps: ['Flex the hip and knee fully.', 'Extend the knee rapidly.'],
	},
	positive: 'Pain at the ischial tuberosity.',
	accuracy: [validStudy],
	reviewed: '2026-11-24',
};

const validCondition = {
	name: 'Proximal hamstring tendinopathy',
	summary: 'Pain where the hamstrings attach to the sit bone.',
	regions: ['buttock'],
	keyFindings: [{ finding: 'sit-bone-pain', grade: 'strong' }],
	tests: ['modified-bent-knee-stretch-test'],
	references: ['cacchio-2012'],
	reviewed: '2026-11-24',
};

const validExercise = {
	name: 'Bird dog',
	purpose: 'Trains the trunk to stay still while limbs move.',
	regions: ['lower-back'],
	dosage: {
		sets: { min: 2, max: 3 },
		reps: { min: 6, max: 10 },
		restSeconds: { min: 30 },
		frequency: { times: 1, per: 'day' },
	},
	dosageBasis: 'Common starting dose.',
	figures: {
		move: ['left-hand'],
		start: { alt: 'On hands and knees.', pose: { body: 'all-fours' } },
		end: { alt: 'One arm reaches forward.', pose: { left: { shoulder: 180 } } },
	},
	startPosition: 'On hands and knees.',
	steps: ['Lift one leg.', 'Lift the opposite arm.'],
	feel: 'Muscles working.',
	cautions: ['Stop with sharp pain.'],
	references: ['callaghan-1998'],
	reviewed: '2026-11-24',
};

const validFinding = {
	label: 'Pain when sitting',
	clinicalLabel: 'Pain aggravated by sitting',
	kind: 'symptom',
	group: 'worse',
	regions: ['buttock'],
	reviewed: '2026-11-24',
};

const schemas = {
	reference: referenceSchema,
	'clinical test': clinicalTestSchema(stubReference),
	condition: conditionSchema(stubReference),
	exercise: exerciseSchema(stubReference),
	finding: findingSchema(stubReference),
};

describe('each schema accepts its valid fixture', () => {
	it.each([
		['reference', validReference],
		['clinical test', validTest],
		['condition', validCondition],
		['exercise', validExercise],
		['finding', validFinding],
	] as const)('%s', (name, fixture) => {
		expect(firstIssue(schemas[name], fixture)).toBe('accepted');
	});

	it('turns references into { collection, id } as Astro does', () => {
		const parsed = schemas.condition.parse(validCondition) as { tests: unknown[] };
		expect(parsed.tests).toEqual([
			{ collection: 'clinical-tests', id: 'modified-bent-knee-stretch-test' },
		]);
	});
});

describe('each schema rejects bad input with a message that says what is wrong', () => {
	it.each([
		[
			'reference without DOI, PMID or URL',
			'reference',
			variant(validReference, (d) => {
				delete d.doi;
				delete d.pmid;
			}),
			/^doi: needs at least one of doi, pmid or url/,
		],
		[
			'reference with a resolver URL as DOI',
			'reference',
			variant(validReference, (d) => {
				d.doi = 'https://doi.org/10.1/x';
			}),
			/^doi: must look like 10\.1234/,
		],
		[
			'reference with a non-numeric PMID',
			'reference',
			variant(validReference, (d) => {
				d.pmid = 'PMID22219215';
			}),
			/^pmid: must be digits only/,
		],
		[
			'reference with an unknown field',
			'reference',
			variant(validReference, (d) => {
				d.jornal = 'x';
			}),
			/jornal/,
		],
		[
			'reference with no authors',
			'reference',
			variant(validReference, (d) => {
				d.authors = [];
			}),
			/^authors: needs at least one author/,
		],
		[
			// 0.89 / 0.09 = 9.9: an LR+ interval of 2–6 cannot belong to these figures.
			'published LR+ interval that misses the ratio the figures give',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].likelihoodRatioCis = { positive: [2, 6], negative: [0.05, 0.3] };
			}),
			/^accuracy\.0\.likelihoodRatioCis\.positive: the interval 2–6 does not contain the LR\+ 9\.89/,
		],
		[
			'published LR intervals beside counts, which give their own',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].likelihoodRatioCis = { positive: [4, 26], negative: [0.05, 0.3] };
				d.accuracy[0].counts = {
					truePositive: 41,
					falseNegative: 5,
					falsePositive: 4,
					trueNegative: 42,
					origin: 'test',
				};
			}),
			/^accuracy\.0\.likelihoodRatioCis: give counts or published likelihood-ratio intervals, not both/,
		],
		[
			'sensitivity as a percentage',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].sensitivity.value = 89;
			}),
			/^accuracy\.0\.sensitivity\.value: must be less than 1/,
		],
		[
			'specificity of exactly 0',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].specificity.value = 0;
			}),
			/^accuracy\.0\.specificity\.value: must be greater than 0/,
		],
		[
			'sensitivity of exactly 1',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].sensitivity = { value: 1 };
			}),
			/^accuracy\.0\.sensitivity\.value: must be less than 1/,
		],
		[
			'a CI that excludes its estimate',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy[0].sensitivity.ci = [0.5, 0.6];
			}),
			/^accuracy\.0\.sensitivity\.ci: the confidence interval must contain the estimate/,
		],
		[
			'an accuracy study without a source',
			'clinical test',
			variant(validTest, (d) => {
				delete d.accuracy[0].source;
			}),
			/^accuracy\.0\.source:/,
		],
		[
			'no accuracy and no statement saying so',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy = [];
			}),
			/^noAccuracy: a test without accuracy studies must say so/,
		],
		[
			'several studies without saying which the helper uses',
			'clinical test',
			variant(validTest, (d) => {
				d.accuracy.push({ ...d.accuracy[0], id: 'other' });
			}),
			/^differential: several accuracy studies/,
		],
		[
			'a helper study id that does not exist',
			'clinical test',
			variant(validTest, (d) => {
				d.differential = { study: 'nope', why: 'x' };
			}),
			/^differential\.study: no accuracy study has id "nope"/,
		],
		[
			'a helper exclusion without a reason',
			'clinical test',
			variant(validTest, (d) => {
				d.differential = { excluded: true };
			}),
			/^differential/,
		],
		[
			'a missing reviewed date',
			'condition',
			variant(validCondition, (d) => {
				delete d.reviewed;
			}),
			/^reviewed: must be a date/,
		],
		[
			'a reviewed date that is not a date',
			'condition',
			variant(validCondition, (d) => {
				d.reviewed = 'last week';
			}),
			/^reviewed: must be a date/,
		],
		[
			'a reference id that is not kebab-case',
			'condition',
			variant(validCondition, (d) => {
				d.tests = ['Slump Test'];
			}),
			/^tests\.0: must be kebab-case/,
		],
		[
			'a key finding with both a grade and an LR',
			'condition',
			variant(validCondition, (d) => {
				d.keyFindings[0].lr = { present: 2, source: 'x' };
			}),
			/^keyFindings\.0\.grade: give exactly one of grade, lr or frequency/,
		],
		[
			'an exercise without reps or hold',
			'exercise',
			variant(validExercise, (d) => {
				delete d.dosage.reps;
			}),
			/^dosage\.reps: give reps, holdSeconds or both/,
		],
		[
			'an exercise without its figures',
			'exercise',
			variant(validExercise, (d) => {
				delete d.figures;
			}),
			/^figures:/,
		],
		[
			'a pose angle out of range',
			'exercise',
			variant(validExercise, (d) => {
				d.figures.start.pose.lean = 720;
			}),
			/^figures\.start\.pose\.lean:/,
		],
		[
			'a range whose max is below its min',
			'exercise',
			variant(validExercise, (d) => {
				d.dosage.sets = { min: 3, max: 2 };
			}),
			/^dosage\.sets\.max: max must not be below min/,
		],
		[
			'a red-flag group finding without its action',
			'finding',
			variant(validFinding, (d) => {
				d.group = 'red-flag';
			}),
			/^redFlag: findings in the red-flag group, and only they/,
		],
		[
			'an unknown body region',
			'finding',
			variant(validFinding, (d) => {
				d.regions = ['elbow'];
			}),
			/^regions\.0:/,
		],
	] as const)('%s', (_label, name, input, message) => {
		expect(firstIssue(schemas[name], input)).toMatch(message);
	});
});

describe('page kinds', () => {
	it('lets a page name each kind, shown by a distinct label, and a guide by default', () => {
		for (const kind of Object.keys(pageKinds))
			expect(guideExtension.parse({ reviewed: '2026-12-01', kind }).kind).toBe(kind);
		expect(guideExtension.parse({ reviewed: '2026-12-01' }).kind).toBe('guide');
		expect(guideExtension.safeParse({ reviewed: '2026-12-01', kind: 'blog' }).success).toBe(false);
		const labels = Object.values(pageKinds);
		expect(new Set(labels).size).toBe(labels.length);
	});
});
