/**
 * <kb-posttest>: the post-test probability calculator beside a test's accuracy table. The reader sets
 * a pre-test probability; the element shows the probability after a positive and after a negative
 * result, with the same src/lib/diagnostics functions (odds × LR) as the differential helper, and
 * prints them with the site's one percent and ratio formatters.
 *
 * Markup (PostTestCalculator.astro renders it; every part is required):
 *
 *     <kb-posttest data-lr-positive="9.89" data-lr-negative="0.12">
 *       <input type="number">        pre-test probability in %
 *       <dd data-after-positive>      probability after a positive result
 *       <dd data-after-negative>      … after a negative result
 *       <p data-output aria-live>     the sentence that explains both
 *     </kb-posttest>
 */
import { formatPercent, formatRatio } from '../../lib/diagnostics/format.ts';
import { postTestProbability } from '../../lib/diagnostics/odds.ts';
import { describeRatio } from '../../lib/diagnostics/present.ts';

export class KbPosttestElement extends HTMLElement {
	static define(
		tag = 'kb-posttest',
		registry: CustomElementRegistry = customElements,
	): typeof KbPosttestElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#inputs!: readonly HTMLElement[];

	connectedCallback(): void {
		this.#inputs = this.#parts(
			'input[type="number"]',
			'[data-output]',
			'[data-after-positive]',
			'[data-after-negative]',
		);
		if (!(Number(this.dataset.lrPositive) > 0 && Number(this.dataset.lrNegative) > 0))
			this.#fail('needs positive data-lr-positive and data-lr-negative');
		// The element itself is the listener, so connecting twice cannot add it twice.
		this.addEventListener('input', this);
		this.handleEvent();
	}

	disconnectedCallback(): void {
		this.removeEventListener('input', this);
	}

	/** Recomputes both results from the input, or says what to enter. */
	handleEvent(): void {
		const [input, output, afterPositive, afterNegative] = this.#inputs as [
			HTMLInputElement,
			HTMLElement,
			HTMLElement,
			HTMLElement,
		];
		const positive = Number(this.dataset.lrPositive);
		const negative = Number(this.dataset.lrNegative);
		const pre = Number(input.value) / 100;
		if (!(pre >= 0 && pre <= 1) || input.value.trim() === '') {
			output.textContent = 'Enter a pre-test probability between 0 and 100 %.';
			return;
		}
		const [afterPos, afterNeg] = [
			postTestProbability(pre, positive),
			postTestProbability(pre, negative),
		];
		afterPositive.textContent = formatPercent(afterPos);
		afterNegative.textContent = formatPercent(afterNeg);
		output.textContent =
			`Starting from ${formatPercent(pre)}, a positive result (LR+ ${formatRatio(positive)}, ${describeRatio(positive)}) ` +
			`raises the probability to ${formatPercent(afterPos)}; a negative result (LR− ${formatRatio(negative)}, ` +
			`${describeRatio(negative)}) lowers it to ${formatPercent(afterNeg)}.`;
	}

	/** Each required part of the markup, in order; a missing one stops the element loudly (ElementError.astro). */
	#parts<const S extends readonly string[]>(...selectors: S): { [K in keyof S]: HTMLElement } {
		return selectors.map(
			(selector) =>
				this.querySelector<HTMLElement>(selector) ?? this.#fail(`is missing ${selector}`),
		) as { [K in keyof S]: HTMLElement };
	}

	/** Shows the reader the element's error note, and throws (the browser logs it) naming what went wrong. */
	#fail(detail: string): never {
		this.dataset.broken = '';
		throw new Error(`<${this.localName}> ${detail}`);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'kb-posttest': KbPosttestElement;
	}
}

KbPosttestElement.define();
