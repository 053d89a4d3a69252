/** The exercise cards the home-programme page renders: one per exercise, with its usual dose in link form and in words. */
import type { Exercise } from '../../schemas/exercise.ts';
import { doseWords, frequencyWords, restWords, usualDose } from '../exercise/dosage.ts';
import { formatDose } from '../exercise/programme.ts';
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
	/** The usual dose as a link writes it ("2-3x6-10x5-10s"): the builder's starting value, the handout's fallback. */
	usualDose: string;
	/** The usual dose in words, as the exercise page prints it. */
	usualDoseWords: string;
	rest: string;
	frequency: string;
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
				usualDose: formatDose(usual),
				usualDoseWords: doseWords(usual, data.dosage.perSide),
				rest: restWords(data.dosage),
				frequency: frequencyWords(data.dosage.frequency),
				perSide: data.dosage.perSide,
				figures: data.figures,
			};
		});
}
