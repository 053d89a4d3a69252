// ESLint for the TypeScript in src/, config/, scripts/ and tests/, with type information
// (typescript-eslint's typed rules). .astro files are type-checked by `astro check` instead. Every
// rule that is turned off or changed here says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './config/eslint/element-naming.js';

/** DOM globals src/lib must not touch: it runs in Node at build time and in unit tests. */
const domGlobals = [
	'window',
	'document',
	'location',
	'history',
	'navigator',
	'customElements',
	'HTMLElement',
	'localStorage',
	'sessionStorage',
].map((name) => ({
	name,
	message:
		'src/lib is pure TypeScript (no DOM): take the value as a parameter, or move this code to src/components/.',
}));

export default defineConfig(
	{
		// Files owned by another branch until merge (the lead removes these lines after merging):
		// the figure engine, the differential engine, and the schemas' field definitions.
		ignores: [
			// Not code of this project, or generated.
			'dist/**',
			'.astro/**',
			'.bench/**',
			'.tmp/**',
			'tests/.output/**',
			'tests/fixtures/**',
			'content/**',
			'**/*.astro',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ['*.js', 'config/eslint/*.js', '.htmlvalidate.mjs'],
				},
				tsconfigRootDir: import.meta.dirname,
			},
			globals: { ...globals.node },
		},
		rules: {
			// An unused argument documents a callback's shape; a leading underscore marks it.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			// Template literals with numbers are how this site writes figures ("12%", "×9.9").
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
		},
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		files: ['src/components/**/*.ts'],
		languageOptions: { globals: { ...globals.browser } },
		// eslint-plugin-custom-elements' tag-name-matches-class only sees `customElements.define('x', C)`
		// calls, not the `static define()` form used here, so a local rule checks the naming.
		plugins: { local },
		rules: { 'local/element-naming': 'error' },
	},
	{
		// shared/DESIGN.md: "src/lib imports nothing from Astro or the DOM". Modules under src/lib/build/
		// run only in Node; every other src/lib module may ship to the browser (src/lib/README.md).
		files: ['src/lib/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['astro:*'],
							message:
								'src/lib is pure TypeScript: no astro:* imports (pass the data in from src/data or a page).',
						},
						{
							group: ['node:*'],
							message:
								'Only src/lib/build/ may use Node built-ins: other src/lib modules may ship to the browser.',
						},
					],
				},
			],
			'no-restricted-globals': ['error', ...domGlobals],
			'no-restricted-syntax': [
				'error',
				{
					selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
					message: 'src/lib does not read import.meta.env: take the value as a parameter.',
				},
			],
		},
	},
	{
		files: ['src/lib/build/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['astro:*'], message: 'src/lib is pure TypeScript: no astro:* imports.' },
					],
				},
			],
		},
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Tests read parsed JSON-LD and fixture data whose shape they assert on.
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
		},
	},
);
