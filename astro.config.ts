import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { contentRoot } from './config/content-root.ts';
import { env } from './config/env.ts';
import { baseLinksPlugin } from './config/plugins/base-links.ts';
import { buildSidebar } from './config/sidebar.ts';

// Every setting that varies between builds comes from config/env.ts (SITE_URL, BASE_PATH, KB_*).
export default defineConfig({
	site: env.SITE_URL,
	base: env.BASE_PATH,
	outDir: env.KB_OUT_DIR,
	// A build from other content (KB_CONTENT_DIR) keeps its own content-layer cache, so neither build
	// ever reads the other's stale entries.
	cacheDir: env.KB_CACHE_DIR,
	// Every page path ends in "/"; src/lib/url.ts writes them that way.
	trailingSlash: 'always',
	markdown: {
		// Content links are written root-relative ("/tests/slump-test/"); this adds the base path.
		processor: satteri({ hastPlugins: [baseLinksPlugin(env.BASE_PATH)] }),
	},
	integrations: [
		starlight({
			title: 'Buttock & Thigh Pain Guide',
			description:
				'Cited, plain-language information on pain in the buttock and the back of the thigh: conditions, clinical tests with their accuracy, and exercises.',
			markdown: { processedDirs: [`${contentRoot}/`] },
			sidebar: buildSidebar(contentRoot),
			customCss: ['./src/styles/custom.css'],
			routeMiddleware: './src/route-middleware.ts',
			components: {
				LastUpdated: './src/components/starlight/LastUpdated.astro',
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				Head: './src/components/starlight/Head.astro',
				Search: './src/components/starlight/Search.astro',
			},
			lastUpdated: false,
			pagefind: {
				ranking: {
					// A page whose title or alias matches the query should beat one that only mentions the
					// words: titles and aliases get strong additive boosts, finding synonyms (the words
					// patients use) a smaller one. Page length is penalised a little more than the default
					// (0.1) so long guides that mention every condition do not outrank the condition itself. The
					// lay words that name a page (content/search/lay-words.yaml, `lay`) weigh like its aliases.
					metaWeights: { title: 10, aliases: 8, lay: 8, symptoms: 3 },
					pageLength: 0.3,
				},
			},
		}),
	],
});
