// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentRoot } from './scripts/content-root.mjs';
import { buildSidebar } from './scripts/sidebar.mjs';

// SITE_URL and BASE_PATH let the same build be deployed at a domain root or under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Buttock & Thigh Pain Guide',
			description:
				'Cited, plain-language information on pain in the buttock and the back of the thigh: conditions, clinical tests with their accuracy, and exercises.',
			markdown: { processedDirs: [`${contentRoot}/`] },
			sidebar: buildSidebar(contentRoot),
			customCss: ['./src/styles/custom.css'],
			components: { LastUpdated: './src/components/starlight/Reviewed.astro' },
			lastUpdated: false,
			pagefind: {
				ranking: {
					// Filled in by the search issue; defaults until then.
					termFrequency: 0.1,
				},
			},
		}),
	],
});
