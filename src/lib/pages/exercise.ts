/**
 * Everything an exercise page shows besides its MDX body: who it is for, the easier and harder
 * versions, the references, the address its printed sheet's QR code carries and the JSON-LD.
 */
import type { Exercise } from '../../schemas/exercise.ts';
import { relationsOf } from '../relations.ts';
import { exercisePlan, jsonLdHead, pageGraph } from '../structured-data.ts';
import { sitePath } from '../url.ts';
import { fileOf, lookup, type Entry, type Lookups, type Site } from './entries.ts';
import type { PageSections, Section } from './sections.ts';
import { referenceItems, type ReferenceItem } from './sources.ts';

/** The sections an exercise page writes itself, in page order: five before the MDX body, two after. */
export const exerciseSections = {
	whoFor: { slug: 'who-it-is-for', text: 'Who it is for' },
	howMuch: { slug: 'how-much', text: 'How much and how often' },
	howTo: { slug: 'how-to-do-it', text: 'How to do it' },
	feel: { slug: 'how-it-should-feel', text: 'How it should feel' },
	stop: { slug: 'stop-and-ask', text: 'When to stop and ask for advice' },
	easierHarder: { slug: 'easier-and-harder', text: 'Easier and harder versions' },
	references: { slug: 'references', text: 'References' },
} as const satisfies Record<string, Section>;

type Link = { label: string; href: string; description?: string | undefined };

export interface ExercisePage {
	sections: PageSections;
	conditions: Link[];
	easier: Link[];
	harder: Link[];
	/** Rows of the printed log: one per set, at the top of the set range. */
	printedSets: number;
	references: readonly ReferenceItem[];
	head: ReturnType<typeof jsonLdHead>;
}

/** Builds an exercise page's data; `pageUrl` is its canonical address, the one its QR code carries. */
export function exercisePage(
	entry: Entry<Exercise>,
	all: Lookups,
	site: Site,
	pageUrl: string,
): ExercisePage {
	const { data } = entry;
	const file = fileOf(entry, 'exercises');
	const s = exerciseSections;
	const versions = (refs: ReadonlyArray<{ collection: string; id: string }>, field: string) =>
		refs.map((ref, i) => {
			const e = lookup(all.exercises, ref, `${file}: ${field}[${i}]`);
			return {
				label: e.data.name,
				href: site.href(sitePath.exercise(e.id)),
				description: e.data.purpose,
			};
		});
	return {
		sections: {
			// Patient first: how to do it before how much, and who it is for after when to stop.
			before: [s.howTo, s.howMuch, s.feel, s.stop, s.whoFor],
			after: [s.easierHarder, s.references],
		},
		conditions: relationsOf(all)
			.conditionsOfExercise(entry.id)
			.map((id) => {
				const c = lookup(all.conditions, { collection: 'conditions', id }, file);
				return { label: c.data.name, href: site.href(sitePath.condition(c.id)) };
			}),
		easier: versions(data.regressions, 'regressions'),
		harder: versions(data.progressions, 'progressions'),
		printedSets: data.dosage.sets.max ?? data.dosage.sets.min,
		references: referenceItems(all.references, data.references, `${file}: references`),
		head: jsonLdHead(
			pageGraph(
				{
					url: pageUrl,
					name: data.name,
					description: data.purpose,
					reviewed: data.reviewed,
					audience: 'patients',
				},
				exercisePlan({
					url: pageUrl,
					name: data.name,
					description: data.purpose,
					dosage: data.dosage,
				}),
			),
		),
	};
}
