/**
 * Everything a condition page shows besides its MDX body, assembled from content: the search words,
 * the help boxes, the parts its MDX places (<KeyFeatures />, <TestList />, …), the references and the
 * JSON-LD. src/pages/conditions/[id].astro renders it; tests/unit/pages.test.ts checks it.
 */
import type { Condition } from '../../schemas/condition.ts';
import { programmeEditQuery } from '../exercise/programme.ts';
import { programmeTemplateLinks } from './programme.ts';
import { pointsTowards } from '../key-findings.ts';
import { conditionRedFlags, urgentBox, type RedFlag } from '../red-flags.ts';
import { relationsOf } from '../relations.ts';
import { jsonLdHead, medicalCondition, pageGraph } from '../structured-data.ts';
import { sitePath } from '../url.ts';
import { fileOf, lookup, type Entry, type Lookups, type Site } from './entries.ts';
import type { PageSections, Section } from './sections.ts';
import { referenceItems, sourceLink, type ReferenceItem, type SourceLink } from './sources.ts';

type Link = { label: string; href: string; description?: string | undefined };

/** What the components a condition's MDX places (components/condition/*) read from `Astro.locals.conditionPage`. */
export interface ConditionPageParts {
	conditionName: string;
	keyFeatures: ReadonlyArray<{
		label: string;
		clinical: string;
		note?: string | undefined;
		towards: boolean;
	}>;
	tests: readonly Link[];
	exercises: readonly Link[];
	/** Link to the programme builder with this condition's exercises ticked, when it has any. */
	programmeHref?: string | undefined;
	/** Programme templates for this condition, by stage: each opens the builder filled with it. */
	programmeTemplates: ReadonlyArray<{ name: string; href: string; source: string }>;
	differentials: ReadonlyArray<{ label: string; href: string; feature: string }>;
	management: ReadonlyArray<{
		intervention: string;
		evidence: string;
		effect: string;
		certainty: string;
		source: SourceLink;
	}>;
	outcomeMeasures: ReadonlyArray<{ name: string; use: string; source?: SourceLink | undefined }>;
}

/** The sections a condition page writes itself (see ./sections.ts). */
export const conditionSections = {
	keyFeatures: { slug: 'key-features', text: 'Key features' },
	clinicalTests: { slug: 'clinical-tests', text: 'Clinical tests' },
	exercises: { slug: 'exercises', text: 'Exercises' },
	lookAlikes: { slug: 'look-alikes', text: 'Conditions that look similar' },
	references: { slug: 'references', text: 'References' },
} as const satisfies Record<string, Section>;

export interface ConditionPage {
	/**
	 * A layered article (its MDX has <Clinician>) places the data parts itself; an older one gets them
	 * from the page, under the page's own headings.
	 */
	layered: boolean;
	sections: PageSections;
	/** Words people search with that the page may not use itself (components/entities/SearchTerms.astro). */
	searchTerms: {
		aliases: readonly string[];
		synonyms: readonly string[];
		regions: Condition['regions'];
	};
	bottomLine?: ReadonlyArray<{ text: string; sources: readonly SourceLink[] }> | undefined;
	/** The urgent box: this condition's red flags first, then the other urgent ones. */
	redFlags: readonly RedFlag[];
	/** The same flags split for the urgent box: this condition's first, the rest behind a disclosure. */
	urgent: { first: readonly RedFlag[]; more: readonly RedFlag[] };
	parts: ConditionPageParts;
	references: readonly ReferenceItem[];
	/** Starlight `head` entries: the page's JSON-LD. */
	head: ReturnType<typeof jsonLdHead>;
}

/**
 * Builds a condition page's data. `pageUrl` is the page's absolute address; `redFlags` every red
 * flag in order (../red-flags.ts `redFlagList`).
 */
export function conditionPage(
	entry: Entry<Condition> & { body?: string | undefined },
	all: Lookups,
	redFlags: readonly RedFlag[],
	site: Site,
	pageUrl: string,
): ConditionPage {
	const { data } = entry;
	const file = fileOf(entry, 'conditions');
	const related = relationsOf(all);

	const exerciseIds = related.exercisesOfCondition(entry.id);
	const tests: Link[] = related.testsOfCondition(entry.id).map((id) => {
		const test = lookup(all.tests, { collection: 'clinical-tests', id }, file);
		return {
			label: test.data.name,
			href: site.href(sitePath.test(test.id)),
			description: test.data.purpose,
		};
	});
	const exercises: Link[] = exerciseIds.map((id) => {
		const exercise = lookup(all.exercises, { collection: 'exercises', id }, file);
		return {
			label: exercise.data.name,
			href: site.href(sitePath.exercise(exercise.id)),
			description: exercise.data.purpose,
		};
	});
	const keyFindings = data.keyFindings.map((k, i) => ({
		...k,
		entry: lookup(all.findings, k.finding, `${file}: keyFindings[${i}].finding`),
	}));
	const towards = keyFindings.filter(pointsTowards);
	const differentials = data.differentials.map((d, i) => {
		const other = lookup(all.conditions, d.condition, `${file}: differentials[${i}].condition`);
		return {
			label: other.data.name,
			href: site.href(sitePath.condition(other.id)),
			feature: d.feature,
		};
	});
	const source = (ref: { collection: string; id: string }, field: string) =>
		sourceLink(all.references, ref, `${file}: ${field}`, site);
	const layered = /<Clinician>/.test(entry.body ?? '');
	const { references: referencesSection, ...ownSections } = conditionSections;

	return {
		layered,
		sections: {
			before: [],
			after: layered ? [referencesSection] : [...Object.values(ownSections), referencesSection],
		},
		// Only findings that point towards the condition lend it their search words.
		searchTerms: {
			aliases: [...data.aliases, ...data.searchPhrases],
			synonyms: towards.flatMap((k) => [k.entry.data.label, ...k.entry.data.synonyms]),
			regions: data.regions,
		},
		bottomLine: data.bottomLine?.map((l, i) => ({
			text: l.text,
			sources: l.sources.map((s, j) => source(s, `bottomLine[${i}].sources[${j}]`)),
		})),
		redFlags: conditionRedFlags(redFlags, data.redFlags),
		urgent: urgentBox(redFlags, data.redFlags),
		parts: {
			conditionName: data.name,
			keyFeatures: keyFindings.map((k) => ({
				label: k.entry.data.label,
				clinical: k.entry.data.clinicalLabel,
				note: k.note,
				towards: pointsTowards(k),
			})),
			tests,
			exercises,
			programmeHref:
				exerciseIds.length > 0
					? site.href(sitePath.programme(programmeEditQuery(exerciseIds)))
					: undefined,
			programmeTemplates: programmeTemplateLinks(
				[...(all.programmes?.values() ?? [])].filter((t) => t.data.condition.id === entry.id),
				all.references,
				site,
			).map(({ name, href, source }) => ({ name, href, source })),
			differentials,
			management: data.management.map((m, i) => ({
				...m,
				source: source(m.source, `management[${i}].source`),
			})),
			outcomeMeasures: data.outcomeMeasures.map((m, i) => ({
				name: m.name,
				use: m.use,
				source: m.source ? source(m.source, `outcomeMeasures[${i}].source`) : undefined,
			})),
		},
		references: referenceItems(all.references, data.references, `${file}: references`),
		head: jsonLdHead(
			pageGraph(
				{
					url: pageUrl,
					name: data.name,
					description: data.summary,
					reviewed: data.reviewed,
					audience: 'both',
				},
				medicalCondition({
					url: pageUrl,
					name: data.name,
					aliases: data.aliases,
					description: data.summary,
					signs: towards.map((k) => k.entry.data.label),
					differentials: differentials.map((d) => ({
						name: d.label,
						url: site.absoluteUrl(d.href),
						feature: d.feature,
					})),
					treatments: exercises.map((e) => e.label),
					tests: tests.map((t) => ({ name: t.label, url: site.absoluteUrl(t.href) })),
				}),
			),
		),
	};
}
