/**
 * What the home-programme page renders: one exercise card per exercise, with its usual dose in link
 * form and in words, and one link per programme template (content/programmes).
 */
import type { Exercise } from '../../schemas/exercise.ts';
import type { ProgrammeTemplate } from '../../schemas/programme-template.ts';
import type { Reference } from '../../schemas/reference.ts';
import { citationLabel } from '../citation.ts';
import {
	doseWords,
	formatRange,
	frequencyWords,
	restWords,
	usualDose,
} from '../exercise/dosage.ts';
import {
	formatDose,
	formatFrequency,
	formatProgramme,
	type ProgrammeItem,
} from '../exercise/programme.ts';
import { sitePath } from '../url.ts';
import type { Entry, Site } from './entries.ts';

export interface ProgrammeCard {
	id: string;
	name: string;
	href: string;
	purpose: string;
	startPosition: string;
	steps: readonly string[];
	cautions: readonly string[];
	/** How it should feel when done right (the handout prints it, as the exercise's own sheet does). */
	feel: string;
	/** The usual dose as a link writes it ("2-3x6-10x5-10s"): the builder's starting value, the handout's fallback. */
	usualDose: string;
	/** The usual dose in words, as the exercise page prints it. */
	usualDoseWords: string;
	rest: string;
	frequency: string;
	/** The usual rest and frequency as a link writes them ("30-60", "1/day"): the handout's fallback. */
	usualRest: string;
	usualFrequency: string;
	perSide: boolean;
	figures: Exercise['figures'];
}

/** One card per exercise, sorted by name. */
export function programmeCards(
	exercises: Iterable<Entry<Exercise>>,
	site: Pick<Site, 'href'>,
): ProgrammeCard[] {
	return [...exercises]
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
		.map(({ id, data }) => {
			const usual = usualDose(data.dosage);
			return {
				id,
				name: data.name,
				href: site.href(sitePath.exercise(id)),
				purpose: data.purpose,
				startPosition: data.startPosition,
				steps: data.steps,
				cautions: data.cautions,
				feel: data.feel,
				usualDose: formatDose(usual),
				usualDoseWords: doseWords(usual, data.dosage.perSide),
				rest: restWords(data.dosage),
				frequency: frequencyWords(data.dosage.frequency),
				usualRest: formatRange(data.dosage.restSeconds, { dash: '-' }),
				usualFrequency: formatFrequency(data.dosage.frequency),
				perSide: data.dosage.perSide,
				figures: data.figures,
			};
		});
}

/** A programme template as the builder offers it: a link that opens the builder filled with it. */
export interface ProgrammeTemplateLink {
	id: string;
	condition: string;
	name: string;
	/** The source's short label ("Mellor et al. 2016"). */
	source: string;
	href: string;
}

/**
 * The query string of a template: its exercises in order, each with the template's dose, rest, how
 * often and instruction, opening the builder (`edit=1`) so the clinician adjusts it before sending.
 */
export function templateQuery(template: ProgrammeTemplate): string {
	const items: ProgrammeItem[] = template.items.map((item) => ({
		id: item.exercise.id,
		dose: usualDose(item.dose),
		restSeconds: item.dose.restSeconds,
		frequency: item.dose.frequency,
		instruction: item.instruction,
	}));
	return formatProgramme({ items, note: '' }, { edit: true });
}

/** One link per template, by condition then stage; throws when a template names a missing source. */
export function programmeTemplateLinks(
	templates: Iterable<Entry<ProgrammeTemplate>>,
	references: ReadonlyMap<string, Entry<Reference>>,
	site: Pick<Site, 'href'>,
): ProgrammeTemplateLink[] {
	return [...templates]
		.sort(
			(a, b) =>
				a.data.condition.id.localeCompare(b.data.condition.id, 'en') ||
				a.data.stage.order - b.data.stage.order,
		)
		.map(({ id, data }) => {
			const source = references.get(data.source.id);
			if (!source) throw new Error(`programme template ${id}: unknown source "${data.source.id}"`);
			return {
				id,
				condition: data.condition.id,
				name: data.name,
				source: citationLabel(source.data),
				href: site.href(sitePath.programme(templateQuery(data))),
			};
		});
}
