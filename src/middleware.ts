/**
 * Runs before every page renders (at build time, as the site is static) and makes the
 * bibliography's short labels available to <Cite>, so prose anywhere can cite a source by id.
 * Astro middleware, not Starlight route middleware: MDX content may render before a Starlight
 * route's own middleware has run.
 */
import { defineMiddleware } from 'astro:middleware';
import { getCollection } from 'astro:content';
import { citationLabel } from './lib/citation.ts';

let labels: Promise<Map<string, string>> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
	labels ??= getCollection('references').then(
		(refs) => new Map(refs.map((r) => [r.id, citationLabel(r.data)] as const)),
	);
	context.locals.citationLabels = await labels;
	return next();
});
