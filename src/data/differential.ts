/**
 * The differential helper's model (engine v2, src/lib/differential/engine) assembled from content once
 * per build, the method text that explains it, and the published case library run through it.
 */
import { getCollection, render } from 'astro:content';
import { contentRoot } from '../../config/content-root.ts';
import { strengthGradesFile } from '../../scripts/content-check/rules/strength-grades.ts';
import {
	modelFromContent,
	runCase,
	summarise,
	type CaseOutcome,
	type EngineModel,
	type LibrarySummary,
} from '../lib/differential/engine/index.ts';

async function methodEntry() {
	const [entry] = await getCollection('differential-method');
	if (!entry)
		throw new Error(`differential helper: ${contentRoot}/differential/method.md is missing`);
	return entry;
}

let cached: Promise<EngineModel> | undefined;

/** The compiled model the page embeds; a content mistake fails the build naming file and field. */
export function engineModel(): Promise<EngineModel> {
	cached ??= (async () =>
		modelFromContent({
			conditions: await getCollection('conditions'),
			tests: await getCollection('clinical-tests'),
			findings: await getCollection('findings'),
			settings: await getCollection('settings'),
			references: await getCollection('references'),
			grades: await getCollection('strength-grades'),
			method: (await methodEntry()).data,
			gradesFile: `${contentRoot}/${strengthGradesFile}`,
			methodFile: `${contentRoot}/differential/method.md`,
		}))();
	return cached;
}

/** The method text (content/differential/method.md) as a component, and its frontmatter. */
export async function methodText() {
	const entry = await methodEntry();
	return { data: entry.data, ...(await render(entry)) };
}

export interface CaseRun {
	entry: Awaited<ReturnType<typeof getCollection<'cases'>>>[number];
	outcome: CaseOutcome;
}

let casesCached: Promise<{ runs: CaseRun[]; summary: LibrarySummary }> | undefined;

/** Every published case through the helper, as the case library's unit test runs them. */
export function caseLibrary(): Promise<{ runs: CaseRun[]; summary: LibrarySummary }> {
	casesCached ??= (async () => {
		const model = await engineModel();
		const emergencies = new Set(
			(await getCollection('conditions')).filter((c) => c.data.emergency).map((c) => c.id),
		);
		const entries = (await getCollection('cases')).sort((a, b) =>
			a.data.title.localeCompare(b.data.title, 'en'),
		);
		const runs = entries.map((entry) => {
			const d = entry.data;
			return {
				entry,
				outcome: runCase(
					model,
					{
						id: entry.id,
						setting: d.setting,
						findings: {
							present: d.findings.present.map((r) => r.id),
							absent: d.findings.absent.map((r) => r.id),
						},
						tests: {
							positive: d.tests.positive.map((r) => r.id),
							negative: d.tests.negative.map((r) => r.id),
						},
						diagnosis: d.diagnosis.id,
					},
					emergencies,
				),
			};
		});
		return { runs, summary: summarise(runs.map((r) => r.outcome)) };
	})();
	return casesCached;
}
