/**
 * Everything a clinical-test page shows besides its MDX body: each accuracy study with its derived
 * figures and a calculator, the conditions it is used for, the references and the JSON-LD.
 */
import type { ClinicalTest } from '../../schemas/clinical-test.ts';
import { studyFigures, type StudyFigures } from '../diagnostics/present.ts';
import { helperStudyId } from '../helper-study.ts';
import { relationsOf } from '../relations.ts';
import { jsonLdHead, medicalTest, pageGraph } from '../structured-data.ts';
import { sitePath } from '../url.ts';
import { fileOf, lookup, type Entry, type Lookups, type Site } from './entries.ts';
import type { PageSections, Section } from './sections.ts';
import { referenceItems, sourceLink, type ReferenceItem, type SourceLink } from './sources.ts';

/** The sections a test page writes itself: two before the MDX body, two after. */
export const testSections = {
	howTo: { slug: 'how-to-perform', text: 'How to perform it' },
	accuracy: { slug: 'accuracy', text: 'Accuracy' },
	usedFor: { slug: 'used-for', text: 'Used for' },
	references: { slug: 'references', text: 'References' },
} as const satisfies Record<string, Section>;

export interface StudyView {
	id: string;
	heading: string;
	target: { label: string; href: string; definition: string };
	positiveDefinition?: string | undefined;
	figures: StudyFigures;
	sample: { total: number; withCondition?: number | undefined };
	referenceStandard: string;
	design: string;
	population: string;
	source: SourceLink;
	note?: string | undefined;
	/** Marked only when there are several studies to choose from. */
	usedByHelper: boolean;
	/** The post-test calculator beside the study (components/post-test/PostTestCalculator.astro). */
	calculator: {
		/** The study's id, which names the calculator's input. */
		id: string;
		lrPositive: number;
		lrNegative: number;
		/** Default pre-test probability (0–1): the helper's prior for the target condition. */
		preTest: number;
		/** Where the default comes from, in a clause. */
		preTestBasis: string;
		targetName: string;
	};
}

export interface TestPage {
	sections: PageSections;
	/** The picture of the test, shown before the steps; undefined for questionnaires and measurements. */
	figure: ClinicalTest['figure'];
	studies: StudyView[];
	/** The sentence under the studies saying which one the differential helper uses, or why none. */
	helperChoice?: string | undefined;
	targets: Array<{ label: string; href: string; description: string }>;
	references: readonly ReferenceItem[];
	head: ReturnType<typeof jsonLdHead>;
}

/**
 * Builds a test page's data. `priorOf` gives the differential helper's prior for a condition, or
 * undefined when the helper does not rank it (the calculator then starts from an even chance).
 */
export function testPage(
	entry: Entry<ClinicalTest>,
	all: Lookups,
	priorOf: (conditionId: string) => number | undefined,
	site: Site,
	pageUrl: string,
): TestPage {
	const { data } = entry;
	const file = fileOf(entry, 'clinical-tests');
	const helperStudy = helperStudyId(data);
	const studies = data.accuracy.map((study, i): StudyView => {
		const target = lookup(all.conditions, study.target, `${file}: accuracy[${i}].target`);
		const source = sourceLink(all.references, study.source, `${file}: accuracy[${i}].source`, site);
		const figures = studyFigures(study.sensitivity, study.specificity);
		const prior = priorOf(target.id);
		return {
			id: study.id,
			heading: `${source.label}: ${target.data.name}`,
			target: {
				label: target.data.name,
				href: site.href(sitePath.condition(target.id)),
				definition: study.targetDefinition,
			},
			positiveDefinition: study.positiveDefinition,
			figures,
			sample: study.sampleSize,
			referenceStandard: study.referenceStandard,
			design: study.design,
			population: study.population,
			source,
			note: study.note,
			usedByHelper: data.accuracy.length > 1 && study.id === helperStudy,
			calculator: {
				id: study.id,
				lrPositive: figures.raw.lrPositive,
				lrNegative: figures.raw.lrNegative,
				preTest: prior ?? 0.5,
				preTestBasis:
					prior === undefined
						? 'an even chance, as the differential helper does not rank this condition'
						: "the differential helper's prior for this condition",
				targetName: target.data.name,
			},
		};
	});
	const targets = relationsOf(all)
		.targetsOfTest(entry.id)
		.map((id) => {
			const c = lookup(all.conditions, { collection: 'conditions', id }, file);
			return {
				label: c.data.name,
				href: site.href(sitePath.condition(c.id)),
				description: c.data.summary,
			};
		});
	const choice = data.differential;
	const helperChoice =
		choice &&
		('excluded' in choice
			? 'The differential helper does not use this test. '
			: data.accuracy.length > 1
				? 'The differential helper uses the study marked above. '
				: '') + choice.why;
	return {
		sections: {
			before: [testSections.howTo, testSections.accuracy],
			after: [testSections.usedFor, testSections.references],
		},
		figure: data.figure,
		studies,
		helperChoice,
		targets,
		references: referenceItems(
			all.references,
			[...data.accuracy.map((s) => s.source), ...data.references],
			`${file}: references`,
		),
		head: jsonLdHead(
			pageGraph(
				{
					url: pageUrl,
					name: data.name,
					description: data.purpose,
					reviewed: data.reviewed,
					audience: 'clinicians',
				},
				medicalTest({
					url: pageUrl,
					name: data.name,
					aliases: data.aliases,
					description: data.purpose,
					usedToDiagnose: targets.map((t) => ({ name: t.label, url: site.absoluteUrl(t.href) })),
				}),
			),
		),
	};
}
