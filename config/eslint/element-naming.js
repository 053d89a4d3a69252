// A local ESLint rule: each custom element is a class named after its tag plus "Element", registers
// itself through `static define(tag = 'kb-x', …)`, and lives in a file named after the tag (kb-x.ts).
// eslint-plugin-custom-elements' tag-name-matches-class checks only direct
// `customElements.define('kb-x', Class)` calls, so this covers the define() form (GitHub's style).

/** "kb-programme-builder" → "KbProgrammeBuilderElement". */
const className = (tag) =>
	`${tag
		.split('-')
		.map((part) => part.charAt(0).toUpperCase() + part.slice(1))
		.join('')}Element`;

/** @type {import('eslint').Rule.RuleModule} */
export const elementNaming = {
	meta: {
		type: 'problem',
		docs: {
			description:
				'A custom element class is named after the tag its define() registers, in a file of that name',
		},
		schema: [],
		messages: {
			className: 'The class for <{{tag}}> must be named {{expected}}.',
			fileName: 'The element <{{tag}}> belongs in a file named {{tag}}.ts.',
			noDefine:
				"A class extending HTMLElement needs `static define(tag = '<its tag>', registry = customElements)`.",
		},
	},
	create(context) {
		const check = (node) => {
			if (node.superClass?.type !== 'Identifier' || node.superClass.name !== 'HTMLElement') return;
			const define = node.body.body.find(
				(m) =>
					m.type === 'MethodDefinition' &&
					m.static &&
					m.key.type === 'Identifier' &&
					m.key.name === 'define',
			);
			const first = define?.value.params[0];
			const tag =
				first?.type === 'AssignmentPattern' && first.right.type === 'Literal'
					? String(first.right.value)
					: undefined;
			if (!tag) {
				context.report({ node, messageId: 'noDefine' });
				return;
			}
			const expected = className(tag);
			if (node.id?.name !== expected)
				context.report({ node: node.id ?? node, messageId: 'className', data: { tag, expected } });
			const file = context.filename.split(/[\\/]/).pop();
			if (file !== `${tag}.ts`)
				context.report({ node: node.id ?? node, messageId: 'fileName', data: { tag } });
		};
		return { ClassDeclaration: check, ClassExpression: check };
	},
};

export default { rules: { 'element-naming': elementNaming } };
