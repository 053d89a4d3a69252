/** Which red flags a page shows, and in what order. */
import { urgencies, type Finding } from '../schemas/finding.ts';
import type { Entry } from './pages/entries.ts';

export type RedFlag = NonNullable<Finding['redFlag']> & {
	id: string;
	label: string;
	clinicalLabel: string;
	reviewed: Date;
	/** The words people search with for it ("numb bum"), so the red-flags page is found by them. */
	synonyms: readonly string[];
	/** The finding's file, for error messages about its sources. */
	filePath?: string | undefined;
};

/** Every red-flag finding, most urgent first (the order of `urgencies` in the schema), then by label. */
export function redFlagList(findings: Iterable<Entry<Finding>>): RedFlag[] {
	return [...findings]
		.flatMap((f) =>
			f.data.redFlag
				? [
						{
							id: f.id,
							filePath: f.filePath,
							label: f.data.label,
							clinicalLabel: f.data.clinicalLabel,
							reviewed: f.data.reviewed,
							synonyms: f.data.synonyms,
							...f.data.redFlag,
						},
					]
				: [],
		)
		.sort(
			(a, b) =>
				urgencies.indexOf(a.urgency) - urgencies.indexOf(b.urgency) ||
				a.label.localeCompare(b.label, 'en'),
		);
}

/** A condition's urgent box: its own red flags first, then every other one that needs care today or sooner. */
export function conditionRedFlags(
	all: readonly RedFlag[],
	own: ReadonlyArray<{ id: string }>,
): RedFlag[] {
	const ids = new Set(own.map((r) => r.id));
	return [
		...all.filter((f) => ids.has(f.id)),
		...all.filter((f) => !ids.has(f.id) && f.urgency !== 'soon'),
	];
}

/** What to do for each urgency, as the urgent box and the red-flags page head their groups. */
export const urgencyActions: Record<RedFlag['urgency'], string> = {
	emergency: 'Call 999 or go to A&E now if you have:',
	'same-day': 'See a doctor today if you have:',
	soon: 'See a doctor soon (within days) if you have:',
};

/** Flags grouped by urgency, most urgent first, leaving out empty groups. */
export function byUrgency(
	flags: readonly RedFlag[],
): Array<{ urgency: RedFlag['urgency']; action: string; flags: RedFlag[] }> {
	return urgencies
		.map((urgency) => ({
			urgency,
			action: urgencyActions[urgency],
			flags: flags.filter((f) => f.urgency === urgency),
		}))
		.filter((g) => g.flags.length > 0);
}

/**
 * How many flags the urgent box shows before its disclosure: a layout limit, not a clinical one, so
 * the box fits a phone's first screen under the summary (measured on the condition pages at 390×844).
 */
export const firstScreenFlags = 3;

/**
 * The urgent box split for the first screen: `first` holds the most urgent flags that matter for this
 * condition (its own, or the emergencies when it lists none), at most `firstScreenFlags`, shown in
 * full; `more` every other flag this condition lists or that needs care today or sooner, behind a
 * disclosure in the same box.
 */
export function urgentBox(
	all: readonly RedFlag[],
	own: ReadonlyArray<{ id: string }>,
): { first: RedFlag[]; more: RedFlag[] } {
	const ordered = conditionRedFlags(all, own);
	const ids = new Set(own.map((r) => r.id));
	const first = (
		ids.size > 0
			? ordered.filter((f) => ids.has(f.id))
			: ordered.filter((f) => f.urgency === 'emergency')
	).slice(0, firstScreenFlags);
	return { first, more: ordered.filter((f) => !first.includes(f)) };
}
