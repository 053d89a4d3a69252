declare namespace App {
	interface Locals {
		/** Short label of each reference by id ("Cacchio et al. 2012"), set by src/middleware.ts. */
		citationLabels?: Map<string, string>;
	}
}
