/**
 * The deployment as Astro configured it (base path and site address, from config/env.ts), bound
 * once into the two functions pages use to build links: see src/lib/url.ts.
 */
import { absoluteUrlFor, linkerFor, printedAddress as printedAddressOf } from '../lib/url.ts';
import { env } from '../../config/env.ts';
import type { Site } from '../lib/pages/entries.ts';

/** A root-relative site path with the deployment base in front. */
export const href = linkerFor(import.meta.env.BASE_URL);

/** The absolute address of a path that already carries the base (an `href` result, or `Astro.url.pathname`). */
export const absoluteUrl = absoluteUrlFor(import.meta.env.SITE ?? 'http://localhost:4321');

export const site: Site = { href, absoluteUrl };

/** What a printed sheet may carry of an absolute page address: never the local stand-in of a build without SITE_URL. */
export const printedAddress = (url: string) => printedAddressOf(url, env.SITE_URL_GIVEN);
