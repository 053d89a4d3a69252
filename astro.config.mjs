// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentRoot } from './scripts/content-root.mjs';
import { buildSidebar } from './scripts/sidebar.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links.ts';

// SITE_URL and BASE_PATH let the same build be deployed at a domain root or under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	// KB_OUT_DIR lets the benchmark and the sub-path check build beside dist/ without touching it.
	outDir: process.env.KB_OUT_DIR ?? './dist',
	// A build from other content (KB_CONTENT_DIR) keeps its own content-layer cache, so neither build
	// ever reads the other's stale entries.
	cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	markdown: {
		// Content links are written root-relative ("/tests/slump-test/"); this adds the base path.
		processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
	},
	integrations: [
		starlight({
			title: 'Buttock & Thigh Pain Guide',
			description:
				'Cited, plain-language information on pain in the buttock and the back of the thigh: conditions, clinical tests with their accuracy, and exercises.',
			markdown: { processedDirs: [`${contentRoot}/`] },
			sidebar: buildSidebar(contentRoot),
			customCss: ['./src/styles/custom.css'],
			components: {
				LastUpdated: './src/components/starlight/Reviewed.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Head: './src/components/starlight/Head.astro',
			},
			lastUpdated: false,
			pagefind: {
				ranking: {
					// A page whose title or alias matches the query should beat one that only mentions the
					// words: titles and aliases get strong additive boosts, finding synonyms (the words
					// patients use) a smaller one. Page length is penalised a little more than the default
					// (0.1) so long guides that mention every condition do not outrank the condition itself.
					metaWeights: { title: 10, aliases: 8, symptoms: 3 },
					pageLength: 0.3,
				},
			},
		}),
	],
});
