/**
 * The deployment as Astro configured it (base path and site address, from config/env.ts), bound
 * once into the two functions pages use to build links: see src/lib/url.ts.
 */
import { absoluteUrlFor, linkerFor } from '../lib/url.ts';
import type { Site } from '../lib/pages/entries.ts';

/** A root-relative site path with the deployment base in front. */
export const href = linkerFor(import.meta.env.BASE_URL);

/** The absolute address of a path that already carries the base (an `href` result, or `Astro.url.pathname`). */
export const absoluteUrl = absoluteUrlFor(import.meta.env.SITE ?? 'http://localhost:4321');

export const site: Site = { href, absoluteUrl };
