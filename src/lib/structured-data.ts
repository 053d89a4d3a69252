/**
 * JSON-LD for the content pages, typed with schema-dts so that every property is one schema.org
 * defines for its type. Each page carries a MedicalWebPage (when it was last reviewed, and for whom)
 * whose main entity is the condition, test or exercise plan the page is about. The page builders in
 * ./pages/ turn content into the plain inputs below; nothing here knows about Astro.
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
import type { CountRange, Dosage } from './exercise/dosage.ts';
import { jsonForScript } from './script-json.ts';

export interface PageInfo {
	url: string;
	name: string;
	description: string;
	reviewed: Date;
	/** Who the page is written for. */
	audience: 'patients' | 'clinicians' | 'both';
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** What every described thing has; `@id` is the page URL plus a fragment naming the kind ("#condition"). */
interface Described {
	url: string;
	name: string;
	description: string;
}

/** The fields every main entity shares: type, `@id`, name, other names, description and URL. */
function thing<T extends string>(
	type: T,
	fragment: string,
	d: Described,
	aliases?: readonly string[],
) {
	return {
		'@type': type,
		'@id': `${d.url}#${fragment}`,
		name: d.name,
		...(aliases ? { alternateName: [...aliases] } : {}),
		description: d.description,
		url: d.url,
	};
}

function medicalWebPage(page: PageInfo, mainEntity?: Thing): MedicalWebPage {
	const audiences = {
		patients: ['Patient'],
		clinicians: ['Clinician'],
		both: ['Patient', 'Clinician'],
	} as const;
	return {
		'@type': 'MedicalWebPage',
		'@id': `${page.url}#page`,
		url: page.url,
		name: page.name,
		// The main entity already carries the description; repeating it would only add weight.
		...(mainEntity ? {} : { description: page.description }),
		lastReviewed: isoDate(page.reviewed),
		medicalAudience: audiences[page.audience].map((audienceType) => ({
			'@type': 'MedicalAudience',
			audienceType,
		})),
		...(mainEntity ? { mainEntity } : {}),
	};
}

/** The graph for one page. */
export function pageGraph(page: PageInfo, mainEntity?: Thing): Graph {
	return { '@context': 'https://schema.org', '@graph': [medicalWebPage(page, mainEntity)] };
}

export interface ConditionInfo extends Described {
	aliases: readonly string[];
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
		...thing('MedicalCondition', 'condition', c, c.aliases),
		signOrSymptom: c.signs.map((name) => ({ '@type': 'MedicalSymptom', name })),
		differentialDiagnosis: ddx,
		possibleTreatment: c.treatments.map((name) => ({ '@type': 'PhysicalTherapy', name })),
		typicalTest: c.tests.map((t) => ({ '@type': 'MedicalTest', name: t.name, url: t.url })),
	};
}

export interface TestInfo extends Described {
	aliases: readonly string[];
	usedToDiagnose: ReadonlyArray<{ name: string; url: string }>;
}

export function medicalTest(t: TestInfo): MedicalTest {
	return {
		...thing('MedicalTest', 'test', t, t.aliases),
		usedToDiagnose: t.usedToDiagnose.map((c) => ({
			'@type': 'MedicalCondition',
			name: c.name,
			url: c.url,
		})),
	};
}

export interface ExerciseInfo extends Described {
	dosage: Pick<Dosage, 'sets' | 'reps' | 'holdSeconds' | 'restSeconds' | 'frequency'>;
}

const range = (r: CountRange, unitCode?: string): QuantitativeValue => ({
	'@type': 'QuantitativeValue',
	minValue: r.min,
	maxValue: r.max ?? r.min,
	...(unitCode ? { unitCode } : {}),
});

export function exercisePlan(e: ExerciseInfo): ExercisePlan {
	const d = e.dosage;
	return {
		...thing('ExercisePlan', 'plan', e),
		// Repetitions per set; a held exercise counts its holds.
		repetitions: range(d.reps ?? d.sets),
		...(d.holdSeconds ? { activityDuration: range(d.holdSeconds, 'SEC') } : {}),
		// UN/CEFACT codes: SEC seconds, DAY day, WEE week.
		restPeriods: range(d.restSeconds, 'SEC'),
		activityFrequency: {
			'@type': 'QuantitativeValue',
			value: d.frequency.times,
			unitCode: d.frequency.per === 'day' ? 'DAY' : 'WEE',
		},
	};
}

/** The `head` entry Starlight pages take for a JSON-LD block. */
export function jsonLdHead(graph: Graph) {
	return [
		{
			tag: 'script' as const,
			attrs: { type: 'application/ld+json' },
			content: jsonForScript(graph),
		},
	];
}
