/** Which red flags a page shows, and in what order. */
import { urgencies, type Finding } from '../schemas/finding.ts';
import type { Entry } from './pages/entries.ts';

export type RedFlag = NonNullable<Finding['redFlag']> & {
	id: string;
	label: string;
	clinicalLabel: string;
	reviewed: Date;
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
