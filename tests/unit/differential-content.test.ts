import { describe, expect, it } from 'vitest';
import { likelihoodRatios } from '../../src/lib/diagnostics/odds.ts';
import {
	analyse,
	differentialProblems,
	modelFromContent,
	ratioLabel,
} from '../../src/lib/differential/engine/index.ts';
import { loadContent } from '../support/differential-content.ts';

const { content, methodBody: body } = loadContent();
/** The method text with line breaks folded, as a reader sees it. */
const methodBody = body.replace(/\s+/g, ' ');
const model = modelFromContent(content);

describe('the helper’s model from the real content', () => {
	it('builds, with every ranked condition given a prior in every setting', () => {
		expect(model.settings.map((s) => s.id)).toEqual([
			'buttock-dominant',
			'leg-dominant',
			'sports',
			'primary-care',
		]);
		for (const s of model.settings) {
			expect(s.priors.map((p) => p.condition).sort()).toEqual(
				model.conditions.map((c) => c.id).sort(),
			);
			for (const p of s.priors)
				expect(p.basis === 'no-data' || p.sourceLabel !== undefined).toBe(true);
		}
	});

	it('reports content mistakes as file: field: problem lines', () => {
		expect(differentialProblems(content)).toEqual([]);
		const broken = { ...content, method: { parameters: { uncertainty: { samples: 10 } } } };
		expect(differentialProblems(broken)).toContain(
			'content/differential/method.md: uncertainty.samples: must be a whole number of at least 100, got 10',
		);
		const noPrior = {
			...content,
			settings: content.settings.map((s) => ({
				...s,
				data: { ...s.data, priors: s.data.priors.slice(1) },
			})),
		};
		expect(
			differentialProblems(noPrior).some((p) =>
				/settings\/buttock-dominant\.yaml: priors: no prior for the ranked condition/.test(p),
			),
		).toBe(true);
	});

	it('ranks no unranked condition or emergency, and nests each sub-cause under its family', () => {
		const ids = model.conditions.map((c) => c.id);
		expect(ids).not.toContain('sciatica');
		expect(ids).not.toContain('cauda-equina-syndrome');
		for (const c of model.conditions)
			if (c.parent)
				expect(model.conditions.find((x) => x.id === c.parent)!.children).toContain(c.id);
	});

	it('gives every setting’s priors back when a finding nobody lists is chosen', () => {
		const unlisted = model.findings.find((f) => f.weights.length === 0 && f.group !== 'age')!;
		for (const s of model.settings) {
			const a = analyse(
				model,
				{ setting: s.id, present: [unlisted.id], absent: [], positive: [], negative: [] },
				{ uncertainty: false },
			);
			for (const line of a.lines) expect(line.probability).toBeCloseTo(line.prior.probability, 12);
			expect(a.other.probability).toBeCloseTo(s.other.probability, 12);
		}
	});
});

describe('the method text agrees with the content it explains', () => {
	it('prints the grade table as the grade file defines it', () => {
		for (const g of content.grades) {
			const lr = likelihoodRatios(g.data.sensitivity, g.data.specificity);
			const row = `| ${g.id} | ${g.data.sensitivity.toFixed(2)} | ${g.data.specificity.toFixed(2)} | ×${ratioLabel(lr.positive)} | ×${lr.negative < 1 ? lr.negative.toFixed(2) : ratioLabel(lr.negative)} |`;
			expect(methodBody).toContain(row);
		}
	});

	it('states the method parameters it uses', () => {
		const { uncertainty, nextTest } = model.method;
		expect(methodBody).toContain(`${uncertainty.samples.toLocaleString('en-GB')} times`);
		expect(methodBody).toContain(`spread of ${uncertainty.gradedSpread} on the log scale`);
		expect(methodBody).toContain(`spread of ${uncertainty.spreadWithoutInterval} on the log scale`);
		expect(methodBody).toContain(`middle ${Math.round(uncertainty.coverage * 100)} %`);
		expect(methodBody).toContain(`${nextTest.minimumGainBits} bits`);
		expect(methodBody).toContain(`${Math.round(nextTest.minimumChange * 100)} percentage points`);
	});
});
