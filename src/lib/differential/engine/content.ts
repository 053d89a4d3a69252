/**
 * Loaded content → the engine's build input. Works on entries as Astro's getCollection returns them
 * and as scripts/check-content.ts loads them (cross-references as `{ collection, id }` or plain ids),
 * so the page and the unit tests build exactly the same model.
 */
import { citationLabel } from '../../citation.ts';
import { helperStudyId } from '../../helper-study.ts';
import type { TwoByTwo } from '../../diagnostics/intervals.ts';
import { buildEngineModel, ModelError, type BuildInput, type KeyFindingInput } from './build.ts';
import { MethodError, parseMethodParameters } from './method.ts';
import type { EngineModel, ModelOverlap } from './model.ts';

type Ref = string | { id: string };
const refId = (r: Ref) => (typeof r === 'string' ? r : r.id);

export interface Loaded<D> {
	id: string;
	data: D;
	/** Where the entry came from (check-content's `file`, Astro's `filePath`). */
	file?: string | undefined;
	filePath?: string | undefined;
}

interface ConditionData {
	name: string;
	ranked: boolean;
	emergency: boolean;
	parent?: Ref | undefined;
	keyFindings: ReadonlyArray<{
		finding: Ref;
		grade?: string | undefined;
		lr?:
			| {
					present: number;
					presentCi?: readonly [number, number] | undefined;
					absent?: number | undefined;
					absentCi?: readonly [number, number] | undefined;
					source: Ref;
					detail?: string | undefined;
			  }
			| undefined;
		frequency?:
			{ sensitivity: number; specificity: number; source: Ref; detail: string } | undefined;
		note?: string | undefined;
	}>;
}

interface TestData {
	name: string;
	accuracy: ReadonlyArray<{
		id: string;
		target: Ref;
		sensitivity: { value: number };
		specificity: { value: number };
		source: Ref;
		counts?: (TwoByTwo & { origin?: string }) | undefined;
	}>;
	differential?: { study: string; why: string } | { excluded: true; why: string } | undefined;
	alsoPositiveIn?: ReadonlyArray<{ condition: Ref; why: string }> | undefined;
}

interface FindingData {
	label: string;
	clinicalLabel: string;
	group: string;
	redFlag?: { urgency: string; action: string } | undefined;
}

interface SettingData {
	label: string;
	description: string;
	order: number;
	priors: ReadonlyArray<{
		condition: Ref;
		probability: number;
		range: readonly [number, number];
		basis: 'published' | 'derived' | 'no-data';
		source?: Ref | undefined;
		furtherSources?: readonly Ref[] | undefined;
		detail: string;
		withinParent?: Ref | undefined;
	}>;
	other: { probability: number; range: readonly [number, number]; detail: string };
}

interface ReferenceData {
	authors: readonly string[];
	year: number;
}

export interface LoadedContent {
	conditions: ReadonlyArray<Loaded<ConditionData>>;
	tests: ReadonlyArray<Loaded<TestData>>;
	findings: ReadonlyArray<Loaded<FindingData>>;
	settings: ReadonlyArray<Loaded<SettingData>>;
	references: ReadonlyArray<Loaded<ReferenceData>>;
	grades: ReadonlyArray<{
		id: string;
		data: { sensitivity: number; specificity: number; label: string; meaning: string };
	}>;
	/** The frontmatter of content/differential/method.md: `parameters` and `overlaps`. */
	method: unknown;
	gradesFile?: string | undefined;
	methodFile?: string | undefined;
}

const fileOf = (e: Loaded<unknown>, dir: string, ext: string) =>
	e.file ?? e.filePath ?? `content/${dir}/${e.id}.${ext}`;

function overlapsOf(raw: unknown, file: string): ModelOverlap[] {
	const list = (raw as { overlaps?: unknown } | undefined)?.overlaps;
	if (list === undefined) return [];
	const ok = (o: unknown): o is ModelOverlap =>
		typeof o === 'object' &&
		o !== null &&
		Array.isArray((o as ModelOverlap).conditions) &&
		(o as ModelOverlap).conditions.every((c) => typeof c === 'string') &&
		typeof (o as ModelOverlap).why === 'string';
	if (!Array.isArray(list) || !list.every(ok))
		throw new ModelError([
			`${file}: overlaps: write each group as { conditions: [id, id], why: text }`,
		]);
	return list;
}

export function buildInputFromContent(content: LoadedContent): BuildInput {
	const methodFile = content.methodFile ?? 'content/differential/method.md';
	const references = Object.fromEntries(
		content.references.map((r) => [r.id, citationLabel(r.data)]),
	);
	return {
		methodFile,
		gradesFile: content.gradesFile ?? 'content/differential/strength-grades.yaml',
		method: parseMethodParameters(
			(content.method as { parameters?: unknown } | undefined)?.parameters,
			methodFile,
		),
		overlaps: overlapsOf(content.method, methodFile),
		references,
		grades: content.grades.map((g) => ({ id: g.id, ...g.data })),
		findings: content.findings.map((f) => ({
			id: f.id,
			label: f.data.label,
			clinicalLabel: f.data.clinicalLabel,
			group: f.data.group,
			redFlag: f.data.redFlag && { urgency: f.data.redFlag.urgency, action: f.data.redFlag.action },
		})),
		conditions: content.conditions.map((c) => ({
			id: c.id,
			name: c.data.name,
			ranked: c.data.ranked,
			emergency: c.data.emergency,
			parent: c.data.parent === undefined ? undefined : refId(c.data.parent),
			file: fileOf(c, 'conditions', 'mdx'),
			keyFindings: c.data.keyFindings.map((k): KeyFindingInput => ({
				finding: refId(k.finding),
				grade: k.grade,
				lr: k.lr && { ...k.lr, source: refId(k.lr.source) },
				frequency: k.frequency && { ...k.frequency, source: refId(k.frequency.source) },
				note: k.note,
			})),
		})),
		tests: content.tests.map((t) => {
			const studyId = helperStudyId(t.data);
			const study = t.data.accuracy.find((s) => s.id === studyId);
			return {
				id: t.id,
				name: t.data.name,
				file: fileOf(t, 'clinical-tests', 'mdx'),
				study: study && {
					id: study.id,
					target: refId(study.target),
					sensitivity: study.sensitivity.value,
					specificity: study.specificity.value,
					source: refId(study.source),
					counts: study.counts && {
						truePositive: study.counts.truePositive,
						falsePositive: study.counts.falsePositive,
						falseNegative: study.counts.falseNegative,
						trueNegative: study.counts.trueNegative,
					},
				},
				alsoPositiveIn: (t.data.alsoPositiveIn ?? []).map((a) => ({
					condition: refId(a.condition),
					why: a.why,
				})),
			};
		}),
		settings: content.settings.map((s) => ({
			id: s.id,
			file: fileOf(s, 'differential/settings', 'yaml'),
			label: s.data.label,
			description: s.data.description,
			order: s.data.order,
			priors: s.data.priors.map((p) => ({
				condition: refId(p.condition),
				probability: p.probability,
				range: p.range,
				basis: p.basis,
				source: p.source === undefined ? undefined : refId(p.source),
				furtherSources: (p.furtherSources ?? []).map(refId),
				detail: p.detail,
				withinParent: p.withinParent === undefined ? undefined : refId(p.withinParent),
			})),
			other: s.data.other,
		})),
	};
}

/** Content → compiled model in one step (throws ModelError / MethodError naming file, field and problem). */
export function modelFromContent(content: LoadedContent): EngineModel {
	return buildEngineModel(buildInputFromContent(content));
}

/**
 * The helper's content problems as `file: field: problem` lines (empty when the model builds), for the
 * content check to print beside the schema problems.
 */
export function differentialProblems(content: LoadedContent): string[] {
	try {
		modelFromContent(content);
		return [];
	} catch (error) {
		if (error instanceof ModelError) return [...error.problems];
		if (error instanceof MethodError)
			return error.message
				.split('\n')
				.slice(1)
				.map((line) => line.trim());
		throw error;
	}
}
