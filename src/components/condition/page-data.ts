/**
 * What a condition page hands the components its MDX places (<KeyFeatures />, <TestList />, …): the
 * page builds it with src/lib/pages/condition.ts and stores it in `Astro.locals.conditionPage` before
 * rendering the body, and each component reads its part. Authors choose where each part sits; the
 * content checker makes sure each one is there.
 */
import type { ConditionPageParts } from '../../lib/pages/condition.ts';

export type { ConditionPageParts };

/** Reads the parts, failing the build loudly if a component is used outside a condition page. */
export function partsOf(locals: App.Locals, component: string): ConditionPageParts {
	const parts = locals.conditionPage;
	if (!parts)
		throw new Error(
			`<${component} /> can only be used in a condition page's MDX (content/conditions/*.mdx)`,
		);
	return parts;
}
