/**
 * <kb-programme-builder>: builds a home-programme link from ticked exercises, their doses and a note.
 * The link is the programme (src/lib/exercise/programme.ts); nothing is stored or sent. When the page
 * was opened with a programme, the builder starts from it and stays hidden behind the handout until
 * the reader asks to change it (the handout's `kb-programme-edit` event).
 *
 * Markup (ProgrammeBuilder.astro renders it; parts marked * are required):
 *
 *     <kb-programme-builder>
 *       <form>*
 *         <input type="checkbox" data-include="<id>">       one per exercise
 *         <input type="text" data-dose="<id>" data-name>    its dose, starting at the usual one
 *         <textarea data-note>*
 *         <p data-builder-error>*                           what is wrong with the doses
 *         <input data-link>*                                the link, read-only
 *         <button data-copy>*  <a data-open hidden>*  <span data-copy-status>*
 *     </kb-programme-builder>
 *
 * Once it runs it sets `data-ready` on itself (tests and scripts wait for it).
 */
import { EDIT_EVENT } from './events.ts';
import {
	formatDose,
	formatProgramme,
	parseDose,
	parseProgramme,
	type ProgrammeItem,
} from '../../lib/exercise/programme.ts';

export class KbProgrammeBuilderElement extends HTMLElement {
	static define(
		tag = 'kb-programme-builder',
		registry: CustomElementRegistry = customElements,
	): typeof KbProgrammeBuilderElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	/** Ticked exercises in the order they were ticked: the handout keeps this order. */
	#order: string[] = [];
	#form!: HTMLElement;
	#note!: HTMLTextAreaElement;
	#error!: HTMLElement;
	#link!: HTMLInputElement;
	#copyButton!: HTMLElement;
	#open!: HTMLAnchorElement;
	#copyStatus!: HTMLElement;

	connectedCallback(): void {
		const parts = this.#parts(
			'form',
			'[data-note]',
			'[data-builder-error]',
			'[data-link]',
			'[data-copy]',
			'[data-open]',
			'[data-copy-status]',
		);
		[this.#form, , this.#error, , this.#copyButton, , this.#copyStatus] = parts;
		[this.#note, this.#link, this.#open] = [
			parts[1] as HTMLTextAreaElement,
			parts[3] as HTMLInputElement,
			parts[5] as HTMLAnchorElement,
		];
		const known = new Set(
			[...this.querySelectorAll<HTMLInputElement>('input[data-include]')].map(
				(box) => box.dataset.include ?? '',
			),
		);
		const parsed = parseProgramme(location.search, known);
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		this.#listen('addEventListener');
		this.#fill(parsed.items, parsed.note);
		this.#updateLink();
		// With a programme in the link, the handout shows it; the builder waits for "Change".
		this.hidden = parsed.items.length > 0;
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.#listen('removeEventListener');
	}

	/** Adds or removes every listener: the form's submit, typing and ticking, the copy button, and the handout's "Change". */
	#listen(method: 'addEventListener' | 'removeEventListener'): void {
		this.#form[method]('submit', this);
		// One handler: ticking a box fires `input` as well as `change`, and the link is rebuilt once.
		this[method]('input', this);
		this.#copyButton[method]('click', this);
		document[method](EDIT_EVENT, this);
	}

	handleEvent(event: Event): void {
		if (event.type === 'submit') event.preventDefault();
		else if (event.type === 'input') this.#onInput(event.target as HTMLElement);
		else if (event.type === 'click') void this.#copy();
		else this.hidden = false;
	}

	/** Puts a programme back into the form so "Change" starts from it. */
	#fill(items: readonly ProgrammeItem[], note: string): void {
		this.#order = items.map((i) => i.id);
		for (const item of items) {
			const box = this.querySelector<HTMLInputElement>(`input[data-include="${item.id}"]`);
			const dose = this.#doseInput(item.id);
			if (box) box.checked = true;
			if (dose && item.dose) dose.value = formatDose(item.dose);
		}
		this.#note.value = note;
	}

	#onInput(target: HTMLElement): void {
		const id = target instanceof HTMLInputElement ? target.dataset.include : undefined;
		if (id) {
			this.#order = this.#order.filter((x) => x !== id);
			if ((target as HTMLInputElement).checked) this.#order.push(id);
		}
		this.#updateLink();
	}

	#doseInput(id: string): HTMLInputElement | null {
		return this.querySelector<HTMLInputElement>(`input[data-dose="${id}"]`);
	}

	/** Rebuilds the link from the ticked exercises, marking doses it cannot read. */
	#updateLink(): void {
		const items: ProgrammeItem[] = [];
		const problems: string[] = [];
		for (const id of this.#order) {
			const input = this.#doseInput(id);
			const dose = parseDose(input?.value ?? '');
			input?.setAttribute('aria-invalid', String(dose === undefined));
			if (dose) items.push({ id, dose });
			else
				problems.push(
					`${input?.dataset.name ?? id}: write the dose like 3x10, 3x8-12, 3x10x5s or 3x30s.`,
				);
		}
		const query = formatProgramme({ items, note: this.#note.value });
		const url = items.length > 0 ? `${location.origin}${location.pathname}${query}` : '';
		this.#link.value = url;
		// A link only exists once there is a programme to open.
		if (url) this.#open.href = url;
		else this.#open.removeAttribute('href');
		this.#open.hidden = !url;
		this.#error.textContent =
			items.length === 0 && problems.length === 0
				? 'Tick at least one exercise.'
				: problems.join(' ');
	}

	/** Copies the link, or selects it for the reader to copy where the clipboard is not allowed. */
	async #copy(): Promise<void> {
		if (!this.#link.value) return;
		try {
			await navigator.clipboard.writeText(this.#link.value);
			this.#copyStatus.textContent = 'Link copied.';
		} catch {
			this.#link.select();
			this.#copyStatus.textContent = 'Select the link and copy it.';
		}
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
		'kb-programme-builder': KbProgrammeBuilderElement;
	}
	interface DocumentEventMap {
		'kb-programme-edit': Event;
	}
}

KbProgrammeBuilderElement.define();
