/**
 * The differential helper's engine (version 2): one coherent Bayesian model over mutually exclusive
 * hypotheses within a clinical setting, with "something else" as an explicit share. See
 * content/differential/method.md for the method a clinician can check by hand.
 *
 * Build time:  modelFromContent(loaded content) → EngineModel (JSON-serialisable; embed it in the page)
 * Browser:     parseQuery(location.search, model) → state and notices
 *              analyse(model, state) → the list, the working, the next test, the ranges
 *              formatQuery(state) → the canonical URL
 * Case pages:  runCase(model, case) → where the authors' diagnosis lands
 */
export { analyse, groupProbability, targetProbability } from './analyse.ts';
export type {
	Analysis,
	AnalyseOptions,
	Contribution,
	DoneTest,
	Effect,
	Line,
	PriorUsed,
	SubCause,
	TestValue,
} from './analyse.ts';
export { buildEngineModel, forBrowser, ModelError, PRIOR_SUM_TOLERANCE } from './build.ts';
export type { BuildInput } from './build.ts';
export { outcomeWords, runCase, summarise } from './cases.ts';
export type { CaseInput, CaseOutcome, LibrarySummary } from './cases.ts';
export { buildInputFromContent, differentialProblems, modelFromContent } from './content.ts';
export type { LoadedContent } from './content.ts';
export {
	basisLabel,
	calculatorPercent,
	describeContribution,
	describeEffect,
	percentLabel,
	percentText,
	priorLabel,
	rangeLabel,
	ratioLabel,
} from './format.ts';
export { MethodError, parseMethodParameters } from './method.ts';
export type { MethodParameters } from './method.ts';
export type {
	EngineModel,
	ModelCondition,
	ModelFinding,
	ModelSetting,
	ModelTest,
	WeightBasis,
} from './model.ts';
export { OTHER_NAME, priorRows, readPriorFields } from './overrides.ts';
export type { PriorField, PriorReading, PriorRow } from './overrides.ts';
export { formatQuery, parseQuery } from './query.ts';
export type { ParsedQuery } from './query.ts';
export { normaliseState, OTHER } from './state.ts';
export type { CaseState } from './state.ts';
