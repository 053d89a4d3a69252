/**
 * Small, valid content for unit tests, parsed through the real schemas (with the stand-in for Astro's
 * reference()), so page builders meet the same shapes they meet in a build. Each fixture is a plain
 * object a test can copy and change; `lookups()` indexes parsed entries the way src/data/entries.ts does.
 */
import { clinicalTestSchema } from '../../src/schemas/clinical-test.ts';
import { conditionSchema } from '../../src/schemas/condition.ts';
import { exerciseSchema } from '../../src/schemas/exercise.ts';
import { findingSchema } from '../../src/schemas/finding.ts';
import { referenceSchema } from '../../src/schemas/reference.ts';
import { plainReference } from '../../src/lib/content/plain-reference.ts';
import type { Entry, Lookups } from '../../src/lib/pages/entries.ts';

export const schemas = {
	conditions: conditionSchema(plainReference),
	tests: clinicalTestSchema(plainReference),
	exercises: exerciseSchema(plainReference),
	findings: findingSchema(plainReference),
	references: referenceSchema,
};

export const raw = {
	reference: (authors: string[], year: number) => ({
		authors,
		title: 'A study',
		publishedIn: 'A journal',
		year,
		doi: '10.1000/xyz',
		kind: 'primary-study',
	}),
	finding: (label: string, extra: Record<string, unknown> = {}) => ({
		label,
		clinicalLabel: `${label} (clinical)`,
		kind: 'symptom',
		group: 'worse',
		regions: ['buttock'],
		reviewed: '2026-11-24',
		...extra,
	}),
	condition: (name: string, extra: Record<string, unknown> = {}) => ({
		name,
		summary: `${name} in plain words.`,
		regions: ['buttock'],
		references: ['smith-2020'],
		reviewed: '2026-11-24',
		...extra,
	}),
	test: (name: string, extra: Record<string, unknown> = {}) => ({
		name,
		purpose: `${name} purpose.`,
		targets: ['alpha'],
		regions: ['buttock'],
		procedure: { position: 'Supine.', steps: ['Do it.'] },
		positive: 'Pain.',
		noAccuracy: 'None published.',
		reviewed: '2026-11-24',
		...extra,
	}),
	exercise: (name: string, extra: Record<string, unknown> = {}) => ({
		name,
		purpose: `${name} purpose.`,
		regions: ['buttock'],
		dosage: {
			sets: { min: 2, max: 3 },
			reps: { min: 8, max: 12 },
			restSeconds: { min: 30 },
			frequency: { times: 1, per: 'day' },
		},
		dosageBasis: 'Common.',
		figures: {
			move: ['right-foot'],
			start: { alt: 'Start.', pose: { body: 'standing' } },
			end: { alt: 'End.', pose: { right: { knee: 90 } } },
		},
		startPosition: 'Lie down.',
		steps: ['One.', 'Two.'],
		feel: 'Fine.',
		cautions: ['Stop if it hurts.'],
		references: ['smith-2020'],
		reviewed: '2026-11-24',
		...extra,
	}),
};

type Raw = Record<string, Record<string, unknown>>;

/** Parses each collection's raw entries through its schema and indexes them by id, with a file path each. */
export function lookups(content: {
	conditions?: Raw;
	tests?: Raw;
	exercises?: Raw;
	findings?: Raw;
	references?: Raw;
}): Lookups {
	const folder = {
		conditions: 'conditions',
		tests: 'clinical-tests',
		exercises: 'exercises',
		findings: 'findings',
		references: 'references',
	} as const;
	const index = <K extends keyof typeof schemas>(key: K) =>
		new Map(
			Object.entries(content[key] ?? {}).map(([id, data]) => [
				id,
				{ id, filePath: `fixtures/${folder[key]}/${id}`, data: schemas[key].parse(data) } as Entry<
					ReturnType<(typeof schemas)[K]['parse']>
				>,
			]),
		);
	return {
		conditions: index('conditions'),
		tests: index('tests'),
		exercises: index('exercises'),
		findings: index('findings'),
		references: index('references'),
	};
}

/** The deployment as the page builders see it, at /kb/ on example.org. */
export const site = {
	href: (path: string) => `/kb${path}`,
	absoluteUrl: (path: string) => `https://example.org${path}`,
};
