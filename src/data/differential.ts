/** Assembles the differential helper's model from content, once per build. */
import { getCollection } from 'astro:content';
import { citationLabel } from '../lib/citation.ts';
import { buildModel } from '../lib/differential/build-model.ts';
import { likelihoodRatios } from '../lib/diagnostics/odds.ts';
import { helperStudyId } from '../lib/helper-study.ts';
import { isRanked } from '../lib/ranked.ts';
import type { DifferentialModel } from '../lib/differential/model.ts';
import { loadAll } from './entries.ts';

let cached: Promise<DifferentialModel> | undefined;

export function differentialModel(): Promise<DifferentialModel> {
	cached ??= (async () => {
		const all = await loadAll();
		const label = (id: string) => {
			const ref = all.references.get(id);
			if (!ref) throw new Error(`differential model: no reference "${id}"`);
			return citationLabel(ref.data);
		};
		// A grade's weight for presence is LR+ of its assumed sensitivity and specificity.
		const grades = Object.fromEntries(
			(await getCollection('strength-grades')).map((g) => [
				g.id,
				likelihoodRatios(g.data.sensitivity, g.data.specificity).positive,
			]),
		);
		return buildModel({
			grades,
			conditions: [...all.conditions.values()].map((c) => ({
				id: c.id,
				name: c.data.name,
				ranked: isRanked(c.data),
				prior: c.data.prior ?? { relative: 1, basis: 'No prior yet.' },
				keyFindings: c.data.keyFindings.map((k) => ({
					finding: k.finding.id,
					grade: k.grade,
					lr: k.lr
						? { value: k.lr.present, source: label(k.lr.source.id) }
						: k.frequency
							? {
									value: likelihoodRatios(k.frequency.sensitivity, k.frequency.specificity)
										.positive,
									source: label(k.frequency.source.id),
								}
							: undefined,
				})),
			})),
			tests: [...all.tests.values()].map((t) => {
				const studyId = helperStudyId(t.data);
				const study = t.data.accuracy.find((s) => s.id === studyId);
				return {
					id: t.id,
					name: t.data.name,
					study: study && {
						target: study.target.id,
						sensitivity: study.sensitivity.value,
						specificity: study.specificity.value,
						source: label(study.source.id),
					},
				};
			}),
			findings: [...all.findings.values()].map((f) => ({
				id: f.id,
				label: f.data.label,
				clinicalLabel: f.data.clinicalLabel,
				group: f.data.group,
				redFlag: f.data.redFlag && {
					urgency: f.data.redFlag.urgency,
					action: f.data.redFlag.action,
				},
			})),
		});
	})();
	return cached;
}
