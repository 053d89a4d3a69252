/**
 * <kb-print-button>: a Print button that opens the browser's print dialog. The button starts hidden
 * and shows once this script runs, so a reader without JavaScript never meets a button that does
 * nothing (the browser's own Print still works: the print styles make the sheet).
 *
 * Markup (PrintButton.astro renders it; parts marked * are required):
 *
 *     <kb-print-button>
 *       <button type="button" hidden>*   shown and wired once the element runs
 *     </kb-print-button>
 */
export class KbPrintButtonElement extends HTMLElement {
	static define(
		tag = 'kb-print-button',
		registry: CustomElementRegistry = customElements,
	): typeof KbPrintButtonElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#button!: HTMLButtonElement;

	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) throw new Error(`<${this.localName}> is missing its <button>`);
		this.#button = button;
		button.addEventListener('click', this);
		button.hidden = false;
	}

	disconnectedCallback(): void {
		this.#button.removeEventListener('click', this);
	}

	handleEvent(): void {
		window.print();
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'kb-print-button': KbPrintButtonElement;
	}
}

KbPrintButtonElement.define();
