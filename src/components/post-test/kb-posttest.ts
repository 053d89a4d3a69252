/**
 * <kb-posttest>: one post-test probability calculator on a test page. The reader types a pre-test
 * probability, picks one of the differential helper's setting priors, or arrives with `?pre=<percent>`
 * (the helper links to `/tests/<id>/?pre=<n>#calculator`); the element shows the probability after a
 * positive and after a negative result with the same src/lib/diagnostics functions (odds × LR) as the
 * helper, printed with the site's one percent and ratio formatters. Invalid input clears the results.
 *
 * Markup (PostTestCalculator.astro renders it; every part is required but the buttons):
 *
 *     <kb-posttest data-lr-positive="9.89" data-lr-negative="0.12">
 *       <input type="number">          pre-test probability in %
 *       <button data-pre="7">          optional: a setting prior, in %
 *       <dd data-after-positive>        probability after a positive result
 *       <dd data-after-negative>        … after a negative result
 *       <p data-output aria-live>       the sentence that explains both, or what to enter
 *     </kb-posttest>
 */
import { formatPercent, formatRatio } from '../../lib/diagnostics/format.ts';
import { postTestProbability } from '../../lib/diagnostics/odds.ts';
import { preTestFromQuery, readPreTest } from '../../lib/diagnostics/pretest.ts';
import { describeRatio } from '../../lib/diagnostics/present.ts';

/** What an empty result shows: a dash, not a stale number. */
const blank = '—';

export class KbPosttestElement extends HTMLElement {
	static define(
		tag = 'kb-posttest',
		registry: CustomElementRegistry = customElements,
	): typeof KbPosttestElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#parts!: [HTMLInputElement, HTMLElement, HTMLElement, HTMLElement];

	connectedCallback(): void {
		this.#parts = this.#required(
			'input[type="number"]',
			'[data-output]',
			'[data-after-positive]',
			'[data-after-negative]',
		) as [HTMLInputElement, HTMLElement, HTMLElement, HTMLElement];
		if (!(Number(this.dataset.lrPositive) > 0 && Number(this.dataset.lrNegative) > 0))
			this.#fail('needs positive data-lr-positive and data-lr-negative');
		const [input] = this.#parts;
		const fromLink = preTestFromQuery(location.search);
		// Rounded so 0.3 × 100 shows as 30, not 30.000000000000004.
		if (fromLink !== undefined && input.value === '')
			input.value = String(Math.round(fromLink * 1e8) / 1e6);
		// The element itself is the listener, so connecting twice cannot add it twice.
		this.addEventListener('input', this);
		this.addEventListener('click', this);
		this.#update();
	}

	disconnectedCallback(): void {
		this.removeEventListener('input', this);
		this.removeEventListener('click', this);
	}

	handleEvent(event: Event): void {
		if (event.type === 'click') {
			const button = (event.target as Element).closest<HTMLElement>('button[data-pre]');
			if (!button || !this.contains(button)) return;
			this.#parts[0].value = button.dataset.pre ?? '';
		}
		this.#update();
	}

	/** Recomputes both results from the input, or clears them and says what to enter. */
	#update(): void {
		const [input, output, afterPositive, afterNegative] = this.#parts;
		const positive = Number(this.dataset.lrPositive);
		const negative = Number(this.dataset.lrNegative);
		const reading = readPreTest(input.value);
		if (reading.kind !== 'value') {
			afterPositive.textContent = blank;
			afterNegative.textContent = blank;
			output.textContent =
				reading.kind === 'boundary'
					? `At ${reading.percent} % the answer is already certain: no test result can change it. Enter a value between 0 and 100.`
					: reading.kind === 'empty'
						? 'Enter a pre-test probability to see the results.'
						: 'Enter a number more than 0 and less than 100.';
			return;
		}
		const pre = reading.probability;
		const [afterPos, afterNeg] = [
			postTestProbability(pre, positive),
			postTestProbability(pre, negative),
		];
		afterPositive.textContent = formatPercent(afterPos);
		afterNegative.textContent = formatPercent(afterNeg);
		output.textContent =
			`Starting from ${formatPercent(pre)}, a positive result (LR+ ${formatRatio(positive)}, ${describeRatio(positive)}) ` +
			`gives ${formatPercent(afterPos)}; a negative result (LR− ${formatRatio(negative)}, ` +
			`${describeRatio(negative)}) gives ${formatPercent(afterNeg)}.`;
	}

	/** Each required part of the markup, in order; a missing one stops the element loudly (ElementError.astro). */
	#required(...selectors: readonly string[]): HTMLElement[] {
		return selectors.map(
			(selector) =>
				this.querySelector<HTMLElement>(selector) ?? this.#fail(`is missing ${selector}`),
		);
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
