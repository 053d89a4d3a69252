/**
 * JSON-LD for the content pages, typed with schema-dts so that every property is one schema.org
 * defines for its type. Each page carries a MedicalWebPage (when it was last reviewed, and for whom)
 * whose main entity is the condition, test or exercise plan the page is about.
 */
import type {
	DDxElement,
	ExercisePlan,
	Graph,
	MedicalCondition,
	MedicalTest,
	MedicalWebPage,
	QuantitativeValue,
	Thing,
} from 'schema-dts';

export interface PageInfo {
	url: string;
	name: string;
	description: string;
	reviewed: Date;
	/** Who the page is written for. */
	audience: 'patients' | 'clinicians' | 'both';
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function medicalWebPage(page: PageInfo, mainEntity?: Thing): MedicalWebPage {
	const audiences = { patients: ['Patient'], clinicians: ['Clinician'], both: ['Patient', 'Clinician'] } as const;
	return {
		'@type': 'MedicalWebPage',
		'@id': `${page.url}#page`,
		url: page.url,
		name: page.name,
		// The main entity already carries the description; repeating it would only add weight.
		...(mainEntity ? {} : { description: page.description }),
		lastReviewed: isoDate(page.reviewed),
		medicalAudience: audiences[page.audience].map((audienceType) => ({ '@type': 'MedicalAudience', audienceType })),
		...(mainEntity ? { mainEntity } : {}),
	};
}

/** The graph for one page; `script` returns it as the body of an ld+json script. */
export function pageGraph(page: PageInfo, mainEntity?: Thing): Graph {
	return { '@context': 'https://schema.org', '@graph': [medicalWebPage(page, mainEntity)] };
}

/** JSON safe to place inside a <script> element (no "</script>" can close it early). */
export function jsonLdScript(graph: Graph): string {
	return JSON.stringify(graph).replace(/</g, '\\u003c');
}

export interface ConditionInfo {
	url: string;
	name: string;
	aliases: readonly string[];
	summary: string;
	signs: readonly string[];
	differentials: ReadonlyArray<{ name: string; url: string; feature: string }>;
	treatments: readonly string[];
	tests: ReadonlyArray<{ name: string; url: string }>;
}

export function medicalCondition(c: ConditionInfo): MedicalCondition {
	const ddx: DDxElement[] = c.differentials.map((d) => ({
		'@type': 'DDxElement',
		diagnosis: { '@type': 'MedicalCondition', name: d.name, url: d.url },
		distinguishingSign: { '@type': 'MedicalSignOrSymptom', name: d.feature },
	}));
	return {
		'@type': 'MedicalCondition',
		'@id': `${c.url}#condition`,
		name: c.name,
		alternateName: [...c.aliases],
		description: c.summary,
		url: c.url,
		signOrSymptom: c.signs.map((name) => ({ '@type': 'MedicalSymptom', name })),
		differentialDiagnosis: ddx,
		possibleTreatment: c.treatments.map((name) => ({ '@type': 'PhysicalTherapy', name })),
		typicalTest: c.tests.map((t) => ({ '@type': 'MedicalTest', name: t.name, url: t.url })),
	};
}

export interface TestInfo {
	url: string;
	name: string;
	aliases: readonly string[];
	purpose: string;
	usedToDiagnose: ReadonlyArray<{ name: string; url: string }>;
}

export function medicalTest(t: TestInfo): MedicalTest {
	return {
		'@type': 'MedicalTest',
		'@id': `${t.url}#test`,
		name: t.name,
		alternateName: [...t.aliases],
		description: t.purpose,
		url: t.url,
		usedToDiagnose: t.usedToDiagnose.map((c) => ({ '@type': 'MedicalCondition', name: c.name, url: c.url })),
	};
}

export interface ExerciseInfo {
	url: string;
	name: string;
	purpose: string;
	sets: { min: number; max?: number | undefined };
	reps?: { min: number; max?: number | undefined } | undefined;
	holdSeconds?: { min: number; max?: number | undefined } | undefined;
	restSeconds: { min: number; max?: number | undefined };
	frequency: { times: number; per: 'day' | 'week' };
}

const range = (r: { min: number; max?: number | undefined }, unitCode?: string): QuantitativeValue => ({
	'@type': 'QuantitativeValue',
	minValue: r.min,
	maxValue: r.max ?? r.min,
	...(unitCode ? { unitCode } : {}),
});

export function exercisePlan(e: ExerciseInfo): ExercisePlan {
	return {
		'@type': 'ExercisePlan',
		'@id': `${e.url}#plan`,
		name: e.name,
		description: e.purpose,
		url: e.url,
		// Repetitions per set; a held exercise counts its holds.
		repetitions: range(e.reps ?? e.sets),
		...(e.holdSeconds ? { activityDuration: range(e.holdSeconds, 'SEC') } : {}),
		// UN/CEFACT codes: SEC seconds, DAY day, WEE week.
		restPeriods: range(e.restSeconds, 'SEC'),
		activityFrequency: { '@type': 'QuantitativeValue', value: e.frequency.times, unitCode: e.frequency.per === 'day' ? 'DAY' : 'WEE' },
	};
}

/** The `head` entry Starlight pages take for a JSON-LD block. */
export function jsonLdHead(graph: Graph) {
	return [{ tag: 'script' as const, attrs: { type: 'application/ld+json' }, content: jsonLdScript(graph) }];
}
