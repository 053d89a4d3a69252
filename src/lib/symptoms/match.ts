/**
 * The patient's symptom route (/symptoms/): which body areas and symptoms were chosen, as the page's
 * query string, and what they point to. No probabilities here (those belong to the clinicians'
 * differential helper): conditions are listed by how many of the chosen symptoms are key features
 * in their favour, and the red flags of the chosen body regions come first.
 *
 * Query string: `?a=buttock,sit-bone&s=worse-sitting,burning-pain`: `a` holds body-map area ids, `s`
 * finding ids (both also accepted repeated, as a plain form submits them). Unknown ids are dropped.
 */
import { listParam } from '../query-params.ts';

export interface SymptomChoice {
	areas: string[];
	findings: string[];
}

export interface MapArea {
	id: string;
	label: string;
	region: string;
	/** Findings offered in the area; the first is what choosing the area means. */
	findings: string[];
}

export interface SymptomCondition {
	id: string;
	name: string;
	summary: string;
	href: string;
	/** Finding ids that are key features in the condition's favour. */
	towards: string[];
}

export interface SymptomRedFlag {
	id: string;
	label: string;
	href: string;
	regions: string[];
}

/** The choice in a query string; ids not in `known` are dropped, repeats removed. */
export function parseSymptomQuery(
	search: string,
	known: { areas: ReadonlySet<string>; findings: ReadonlySet<string> },
): SymptomChoice {
	const params = new URLSearchParams(search);
	const keep = (name: string, set: ReadonlySet<string>) =>
		[...new Set(listParam(params, name))].filter((v) => set.has(v));
	return { areas: keep('a', known.areas), findings: keep('s', known.findings) };
}

/** The query string of a choice ("" when nothing is chosen). */
export function formatSymptomQuery(choice: SymptomChoice): string {
	const params = [
		...(choice.areas.length ? [`a=${choice.areas.join(',')}`] : []),
		...(choice.findings.length ? [`s=${choice.findings.join(',')}`] : []),
	];
	return params.length ? `?${params.join('&')}` : '';
}

export interface SymptomMatch {
	/** Every finding the choice counts: each chosen area's first finding, then the ticked ones. */
	counted: string[];
	/** Conditions with at least one counted finding in their favour, most matches first. */
	conditions: Array<{ condition: SymptomCondition; matched: string[] }>;
	/** Red flags of the chosen body regions, in the order given (most urgent first). */
	redFlags: SymptomRedFlag[];
}

export function matchSymptoms(
	choice: SymptomChoice,
	input: {
		areas: readonly MapArea[];
		conditions: readonly SymptomCondition[];
		redFlags: readonly SymptomRedFlag[];
		/** Body regions of each finding, so symptoms chosen without an area still bring their red flags. */
		findingRegions: Readonly<Record<string, readonly string[]>>;
	},
): SymptomMatch {
	const areas = input.areas.filter((a) => choice.areas.includes(a.id));
	const counted = [...new Set([...areas.map((a) => a.findings[0]!), ...choice.findings])];
	const regions = new Set([
		...areas.map((a) => a.region),
		...choice.findings
			.flatMap((f) => input.findingRegions[f] ?? [])
			.filter((r) => r !== 'whole-body'),
	]);
	const conditions = input.conditions
		.map((condition) => ({
			condition,
			matched: counted.filter((f) => condition.towards.includes(f)),
		}))
		.filter((c) => c.matched.length > 0)
		.sort(
			(a, b) =>
				b.matched.length - a.matched.length ||
				a.condition.name.localeCompare(b.condition.name, 'en'),
		);
	const redFlags = input.redFlags.filter((f) => f.regions.some((r) => regions.has(r)));
	return { counted, conditions, redFlags };
}
