declare namespace App {
	interface Locals {
		/** Short label of each reference by id ("Cacchio et al. 2012"), set by src/middleware.ts. */
		citationLabels?: Map<string, string>;
		/** The parts a condition page's MDX places (<KeyFeatures />, …), set by the page before its body renders. */
		conditionPage?: import('./lib/pages/condition.ts').ConditionPageParts;
	}
}
