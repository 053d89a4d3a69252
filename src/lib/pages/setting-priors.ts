/**
 * The differential helper's setting priors for one condition, as the post-test calculator offers them
 * ("Leg-dominant pain (sciatica): 7 %, Hopayian & Heathcote 2019"), so a reader starts from a
 * published base rate rather than an arbitrary even chance. Read from content/differential/settings.
 */
import type { Reference } from '../../schemas/reference.ts';
import type { Setting } from '../../schemas/setting.ts';
import { formatPercent } from '../diagnostics/format.ts';
import { fileOf, type Entry, type Site } from './entries.ts';
import { sourceLink, type SourceLink } from './sources.ts';

export interface SettingPrior {
	/** The setting's id. */
	setting: string;
	/** The setting's label ("Leg-dominant pain (sciatica)"). */
	label: string;
	/** The condition's prior probability in that setting (a sub-cause's share already multiplied out). */
	probability: number;
	/** The prior as a percentage with one decimal, as the calculator's input takes it. */
	percent: number;
	/** "published", "derived" or "no-data", with a sub-cause's arithmetic when there is one. */
	basis: string;
	sources: SourceLink[];
}

type Prior = Setting['priors'][number];

const basisWords: Record<Prior['basis'], string> = {
	published: 'published',
	derived: 'derived from published figures',
	'no-data': 'a judgment without data',
};

function sourcesOf(
	p: Prior,
	references: ReadonlyMap<string, Entry<Reference>>,
	where: string,
	site: Pick<Site, 'href'>,
): SourceLink[] {
	return [...(p.source ? [p.source] : []), ...p.furtherSources].map((ref) =>
		sourceLink(references, ref, where, site),
	);
}

/** The condition's prior in every setting that ranks it, in the settings' own order. */
export function settingPriors(
	settings: ReadonlyArray<Entry<Setting>>,
	conditionId: string,
	references: ReadonlyMap<string, Entry<Reference>>,
	site: Pick<Site, 'href'>,
): SettingPrior[] {
	return [...settings]
		.sort((a, b) => a.data.order - b.data.order)
		.flatMap((s): SettingPrior[] => {
			const where = `${fileOf(s, 'settings')}: priors`;
			const own = s.data.priors.find((p) => p.condition.id === conditionId);
			if (!own) return [];
			const parentId = own.withinParent?.id;
			const parent = parentId && s.data.priors.find((p) => p.condition.id === parentId);
			if (parentId && !parent)
				throw new Error(
					`${where}: ${conditionId} is within "${parentId}", which has no prior here`,
				);
			const probability = parent ? parent.probability * own.probability : own.probability;
			const basis = parent
				? `${formatPercent(own.probability)} of ${formatPercent(parent.probability)} for the family (${basisWords[own.basis]}; family ${basisWords[parent.basis]})`
				: basisWords[own.basis];
			const sources = [
				...sourcesOf(own, references, where, site),
				...(parent ? sourcesOf(parent, references, where, site) : []),
			];
			return [
				{
					setting: s.id,
					label: s.data.label,
					probability,
					percent: Math.round(probability * 1000) / 10,
					basis,
					sources: sources.filter((x, i) => sources.findIndex((y) => y.href === x.href) === i),
				},
			];
		});
}
