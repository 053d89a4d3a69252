/** The local lint rule that keeps each custom element named after its tag (config/eslint). */
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import { elementNaming } from '../../config/eslint/element-naming.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });
const element = (name: string, tag: string) =>
	`class ${name} extends HTMLElement { static define(tag = '${tag}', registry = customElements) {} }`;

tester.run('element-naming', elementNaming, {
	valid: [
		{
			code: element('KbPosttestElement', 'kb-posttest'),
			filename: 'src/components/post-test/kb-posttest.ts',
		},
		{
			code: element('KbProgrammeBuilderElement', 'kb-programme-builder'),
			filename: 'kb-programme-builder.ts',
		},
		{ code: 'class Plain {}', filename: 'x.ts' },
	],
	invalid: [
		{
			code: element('PostTestCalculator', 'kb-posttest'),
			filename: 'kb-posttest.ts',
			errors: [{ messageId: 'className' }],
		},
		{
			code: element('KbPosttestElement', 'kb-posttest'),
			filename: 'post-test-calculator.ts',
			errors: [{ messageId: 'fileName' }],
		},
		{
			code: 'class KbXElement extends HTMLElement { connectedCallback() {} }',
			filename: 'kb-x.ts',
			errors: [{ messageId: 'noDefine' }],
		},
	],
});
