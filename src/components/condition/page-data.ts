/**
 * What a condition page hands the components its MDX places (<KeyFeatures />, <TestList />, …): the
 * page stores it in `Astro.locals.conditionPage` before rendering the body, and each component reads
 * its part. Authors choose where each part sits; the content checker makes sure each one is there.
 */
export interface ConditionPageParts {
	conditionName: string;
	keyFeatures: ReadonlyArray<{ label: string; clinical: string; note?: string | undefined; towards: boolean }>;
	tests: ReadonlyArray<{ label: string; href: string; description?: string | undefined }>;
	exercises: ReadonlyArray<{ label: string; href: string; description?: string | undefined }>;
	/** Link to the programme builder with this condition's exercises ticked, when it has any. */
	programmeHref?: string | undefined;
	differentials: ReadonlyArray<{ label: string; href: string; feature: string }>;
	management: ReadonlyArray<{
		intervention: string;
		evidence: string;
		effect: string;
		certainty: string;
		source: { label: string; href: string };
	}>;
	outcomeMeasures: ReadonlyArray<{ name: string; use: string; source?: { label: string; href: string } | undefined }>;
}

/** Reads the parts, failing the build loudly if a component is used outside a condition page. */
export function partsOf(locals: App.Locals, component: string): ConditionPageParts {
	const parts = locals.conditionPage;
	if (!parts) throw new Error(`<${component} /> can only be used in a condition page's MDX (content/conditions/*.mdx)`);
	return parts;
}
