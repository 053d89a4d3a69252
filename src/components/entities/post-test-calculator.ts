/**
 * <kb-posttest>: the post-test probability calculator beside a test's accuracy table. The reader sets
 * a pre-test probability; the element shows the probability after a positive and after a negative
 * result, using the same src/lib/diagnostics functions (odds × LR) as the differential helper.
 */
import { describeRatio } from '../../lib/diagnostics/present.ts';
import { postTestProbability } from '../../lib/diagnostics/index.ts';

const percent = (p: number) => `${(Math.round(p * 1000) / 10).toString()}%`;

class PostTestCalculator extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type="number"]');
		const positive = Number(this.dataset.lrPositive);
		const negative = Number(this.dataset.lrNegative);
		if (!input || !(positive > 0) || !(negative > 0)) return;
		const update = () => {
			const pre = Number(input.value) / 100;
			const out = this.querySelector<HTMLElement>('[data-output]');
			if (!out) return;
			if (!(pre >= 0 && pre <= 1) || input.value.trim() === '') {
				out.textContent = 'Enter a pre-test probability between 0 and 100 %.';
				return;
			}
			const afterPositive = postTestProbability(pre, positive);
			const afterNegative = postTestProbability(pre, negative);
			this.querySelector('[data-after-positive]')!.textContent = percent(afterPositive);
			this.querySelector('[data-after-negative]')!.textContent = percent(afterNegative);
			out.textContent =
				`Starting from ${percent(pre)}, a positive result (LR+ ${positive.toFixed(2)}, ${describeRatio(positive)}) ` +
				`raises the probability to ${percent(afterPositive)}; a negative result (LR− ${negative.toFixed(2)}, ` +
				`${describeRatio(negative)}) lowers it to ${percent(afterNegative)}.`;
		};
		input.addEventListener('input', update);
		update();
	}
}

customElements.define('kb-posttest', PostTestCalculator);
