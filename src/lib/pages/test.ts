/**
 * Everything a clinical-test page shows besides its MDX body: the bottom line with the facts behind
 * it, each accuracy study with its derived figures and intervals, the forest plot, a calculator per
 * study with the helper's setting priors, the conditions it is used for, the references and the JSON-LD.
 */
import type { ClinicalTest } from '../../schemas/clinical-test.ts';
import type { Setting } from '../../schemas/setting.ts';
import { evidenceLine, noAccuracyLabel } from '../diagnostics/evidence.ts';
import { forestPlot, type ForestPlot } from '../diagnostics/forest-plot.ts';
import { studyFigures, type StudyFigures } from '../diagnostics/present.ts';
import { helperStudyId } from '../helper-study.ts';
import { relationsOf } from '../relations.ts';
import { jsonLdHead, medicalTest, pageGraph } from '../structured-data.ts';
import { sitePath } from '../url.ts';
import { fileOf, lookup, type Entry, type Lookups, type Site } from './entries.ts';
import type { PageSections, Section } from './sections.ts';
import { settingPriors, type SettingPrior } from './setting-priors.ts';
import { referenceItems, sourceLink, type ReferenceItem, type SourceLink } from './sources.ts';

/** The sections a test page writes itself: up to three before the MDX body, two after. */
export const testSections = {
	howTo: { slug: 'how-to-perform', text: 'How to perform it' },
	accuracy: { slug: 'accuracy', text: 'Accuracy' },
	/** A public anchor: the differential helper links to `/tests/<id>/?pre=<n>#calculator`. */
	calculator: { slug: 'calculator', text: 'Post-test probability' },
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
	/** The post-test calculator for this study (components/post-test/PostTestCalculator.astro). */
	calculator: {
		/** The study's id, which names the calculator's input. */
		id: string;
		/** Which study the calculator applies ("Martin et al. 2014: Deep gluteal syndrome"). */
		heading: string;
		lrPositive: number;
		lrNegative: number;
		targetName: string;
		/**
		 * Conditions the test is also positive in (the content's `alsoPositiveIn`): the result then speaks
		 * for the target and these together, and the helper links here with their combined probability.
		 */
		alsoPositiveIn: string[];
		/** The helper's prior for the target in each setting that ranks it, to start from. */
		priors: SettingPrior[];
	};
}

/** The bottom line in the first screen: the content's judgment with the facts derived from the studies. */
export interface TestBottomLine {
	verdict: string;
	reasoning: string;
	/** "2 studies, 66 people; best LR+ …", or why there are no figures. */
	facts: string;
}

export interface TestPage {
	sections: PageSections;
	/** The picture of the test, shown before the steps; undefined for questionnaires and measurements. */
	figure: ClinicalTest['figure'];
	bottomLine?: TestBottomLine | undefined;
	studies: StudyView[];
	/** Sensitivity and specificity of every study with intervals, when there is more than one study. */
	forest?: ForestPlot | undefined;
	/** The studies' calculators, the helper's study first. */
	calculators: Array<StudyView['calculator']>;
	/** The sentence under the studies saying which one the differential helper uses, or why none. */
	helperChoice?: string | undefined;
	targets: Array<{ label: string; href: string; description: string }>;
	references: readonly ReferenceItem[];
	head: ReturnType<typeof jsonLdHead>;
}

/**
 * Builds a test page's data. `settings` are the differential helper's settings, whose priors the
 * calculators offer as starting points.
 */
export function testPage(
	entry: Entry<ClinicalTest>,
	all: Lookups,
	settings: ReadonlyArray<Entry<Setting>>,
	site: Site,
	pageUrl: string,
): TestPage {
	const { data } = entry;
	const file = fileOf(entry, 'clinical-tests');
	const helperStudy = helperStudyId(data);
	const alsoPositiveIn = data.alsoPositiveIn.map(
		(a, i) =>
			lookup(all.conditions, a.condition, `${file}: alsoPositiveIn[${i}].condition`).data.name,
	);
	const studies = data.accuracy.map((study, i): StudyView => {
		const target = lookup(all.conditions, study.target, `${file}: accuracy[${i}].target`);
		const source = sourceLink(all.references, study.source, `${file}: accuracy[${i}].source`, site);
		const figures = studyFigures(
			study.sensitivity,
			study.specificity,
			study.counts,
			study.likelihoodRatioCis,
		);
		const heading = `${source.label}: ${target.data.name}`;
		return {
			id: study.id,
			heading,
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
				heading,
				lrPositive: figures.raw.lrPositive,
				lrNegative: figures.raw.lrNegative,
				targetName: target.data.name,
				alsoPositiveIn,
				priors: settingPriors(settings, target.id, all.references, site),
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
	const facts =
		evidenceLine(
			studies.map((s) => ({
				source: s.source.label,
				target: s.target.label,
				sample: s.sample,
				lrPositive: s.figures.raw.lrPositive,
				lrNegative: s.figures.raw.lrNegative,
				lrPositiveCi: s.figures.raw.lrPositiveCi,
				lrNegativeCi: s.figures.raw.lrNegativeCi,
			})),
		) ?? `${noAccuracyLabel(data.noAccuracyReason)}.`;
	return {
		sections: {
			before: [
				testSections.howTo,
				testSections.accuracy,
				...(studies.length > 0 ? [testSections.calculator] : []),
			],
			after: [testSections.usedFor, testSections.references],
		},
		figure: data.figure,
		bottomLine: data.bottomLine && { ...data.bottomLine, facts },
		studies,
		forest:
			studies.length > 1
				? forestPlot(
						studies.map((s) => ({
							id: s.id,
							label: s.heading,
							sensitivity: s.figures.raw.sensitivity,
							specificity: s.figures.raw.specificity,
							sensitivityCi: s.figures.raw.sensitivityCi,
							specificityCi: s.figures.raw.specificityCi,
						})),
					)
				: undefined,
		calculators: [
			...studies.filter((s) => s.id === helperStudy),
			...studies.filter((s) => s.id !== helperStudy),
		].map((s) => s.calculator),
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
