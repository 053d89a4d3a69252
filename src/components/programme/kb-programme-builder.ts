/**
 * <kb-programme-builder>: builds a home-programme link from ticked exercises, each with its dose, how
 * often, rest, side and instruction, in the order the clinician puts them, and a note. The link is the
 * programme (src/lib/exercise/programme.ts); nothing is stored or sent. A dose it cannot read is
 * marked on its exercise and the link is withheld (Copy link disabled) until it is fixed, so no
 * exercise is ever dropped unnoticed. When the page was opened with a programme, the builder starts
 * from it, and stays hidden behind the handout unless the link asks for it (`edit=1`).
 *
 * Markup (ProgrammeBuilder.astro renders it; parts marked * are required):
 *
 *     <kb-programme-builder>
 *       <form>*
 *         <p data-empty>*                                   shown while nothing is ticked
 *         <ol data-chosen>*                                 ticked rows move here, in programme order
 *         <ul data-available>*                              every row, by name, while unticked
 *           <li data-row="<id>" data-index="<n>">           n: its place in the list, to go back to
 *             <input type="checkbox" data-include="<id>">
 *             <button data-move="up|down">                  move within the programme
 *             <input data-dose="<id>" data-name data-per-side data-usual-dose>  starts at the usual dose
 *             <span data-reading>                           the dose in words, or what is wrong
 *             <select data-frequency>  <input data-rest>  <select data-side>  <input data-instruction>
 *         <textarea data-note>*
 *         <p data-builder-error>*                           why there is no link
 *         <input data-link>*                                the link, read-only
 *         <button data-copy>*  <a data-open hidden>*  <span data-copy-status>*  <p data-move-status>*
 *     </kb-programme-builder>
 *
 * Once it runs it sets `data-ready` on itself (tests and scripts wait for it).
 */
import { formatRange } from '../../lib/exercise/dosage.ts';
import {
	formatDose,
	formatProgramme,
	itemDoseWords,
	parseDose,
	parseFrequency,
	parseProgramme,
	parseRest,
	programmeDose,
	sides,
	type ProgrammeItem,
	type Side,
} from '../../lib/exercise/programme.ts';

export class KbProgrammeBuilderElement extends HTMLElement {
	static define(
		tag = 'kb-programme-builder',
		registry: CustomElementRegistry = customElements,
	): typeof KbProgrammeBuilderElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#form!: HTMLElement;
	#empty!: HTMLElement;
	#chosen!: HTMLElement;
	#available!: HTMLElement;
	#note!: HTMLTextAreaElement;
	#error!: HTMLElement;
	#link!: HTMLInputElement;
	#copyButton!: HTMLButtonElement;
	#open!: HTMLAnchorElement;
	#copyStatus!: HTMLElement;
	#moveStatus!: HTMLElement;

	connectedCallback(): void {
		const parts = this.#parts(
			'form',
			'[data-empty]',
			'[data-chosen]',
			'[data-available]',
			'[data-note]',
			'[data-builder-error]',
			'[data-link]',
			'[data-copy]',
			'[data-open]',
			'[data-copy-status]',
			'[data-move-status]',
		);
		[this.#form, this.#empty, this.#chosen, this.#available, , this.#error] = parts;
		[this.#copyStatus, this.#moveStatus] = [parts[9], parts[10]];
		this.#note = parts[4] as HTMLTextAreaElement;
		this.#link = parts[6] as HTMLInputElement;
		this.#copyButton = parts[7] as HTMLButtonElement;
		this.#open = parts[8] as HTMLAnchorElement;
		const known = new Set(this.#rows().map((row) => row.dataset.row ?? ''));
		const parsed = parseProgramme(location.search, known);
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		this.#listen('addEventListener');
		this.#fill(parsed.items, parsed.note);
		this.#update();
		// With a programme in the link, the handout shows it; the builder waits for edit=1.
		this.hidden = parsed.items.length > 0 && !parsed.edit;
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.#listen('removeEventListener');
	}

	/** Adds or removes every listener: the form's submit, typing and ticking, and the buttons. */
	#listen(method: 'addEventListener' | 'removeEventListener'): void {
		this.#form[method]('submit', this);
		// One handler: ticking a box fires `input` as well as `change`, and the link is rebuilt once.
		this[method]('input', this);
		this[method]('click', this);
	}

	handleEvent(event: Event): void {
		const target = event.target as HTMLElement;
		if (event.type === 'submit') event.preventDefault();
		else if (event.type === 'input') this.#onInput(target);
		else if (target === this.#copyButton) void this.#copy();
		else if (target instanceof HTMLButtonElement && target.dataset.move) this.#move(target);
	}

	#rows(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[data-row]')];
	}

	#row(id: string): HTMLElement | undefined {
		return this.#rows().find((row) => row.dataset.row === id);
	}

	/** A required field of a row; a row missing one stops the element loudly. */
	#field<T extends HTMLElement>(row: HTMLElement, selector: string): T {
		return (
			row.querySelector<T>(selector) ??
			this.#fail(`[data-row="${row.dataset.row}"] is missing ${selector}`)
		);
	}

	/** Puts a programme back into the form so editing starts from it, in its order. */
	#fill(items: readonly ProgrammeItem[], note: string): void {
		for (const item of items) {
			const row = this.#row(item.id);
			if (!row) continue;
			this.#field<HTMLInputElement>(row, '[data-include]').checked = true;
			if (item.dose)
				this.#field<HTMLInputElement>(row, '[data-dose]').value = formatDose(item.dose);
			if (item.frequency)
				this.#field<HTMLSelectElement>(row, '[data-frequency]').value =
					`${item.frequency.times}/${item.frequency.per}`;
			if (item.restSeconds)
				this.#field<HTMLInputElement>(row, '[data-rest]').value = formatRange(item.restSeconds, {
					dash: '-',
				});
			if (item.side) this.#field<HTMLSelectElement>(row, '[data-side]').value = item.side;
			if (item.instruction)
				this.#field<HTMLInputElement>(row, '[data-instruction]').value = item.instruction;
			this.#chosen.append(row);
		}
		this.#note.value = note;
	}

	#onInput(target: HTMLElement): void {
		if (target instanceof HTMLInputElement && target.dataset.include) {
			const row = this.#row(target.dataset.include);
			if (row && target.checked) this.#chosen.append(row);
			else if (row) this.#putBack(row);
		}
		this.#update();
	}

	/** Returns an unticked row to its place in the list by name. */
	#putBack(row: HTMLElement): void {
		const index = Number(row.dataset.index);
		const after = [...this.#available.children].find(
			(other) => Number((other as HTMLElement).dataset.index) > index,
		);
		this.#available.insertBefore(row, after ?? null);
	}

	/** Moves a ticked row up or down the programme, keeping focus on the button pressed. */
	#move(button: HTMLButtonElement): void {
		const row = button.closest<HTMLElement>('[data-row]');
		if (!row || row.parentElement !== this.#chosen) return;
		const sibling =
			button.dataset.move === 'up' ? row.previousElementSibling : row.nextElementSibling;
		if (!sibling) return;
		if (button.dataset.move === 'up') sibling.before(row);
		else sibling.after(row);
		button.focus();
		const position = [...this.#chosen.children].indexOf(row) + 1;
		const name = this.#field<HTMLInputElement>(row, '[data-dose]').dataset.name ?? '';
		this.#moveStatus.textContent = `${name}: number ${position} of ${this.#chosen.children.length}.`;
		this.#update();
	}

	/** Reads one ticked row: its item, or the problems that keep it out of the link. */
	#readRow(row: HTMLElement): { item?: ProgrammeItem; problems: string[] } {
		const id = row.dataset.row ?? '';
		const doseInput = this.#field<HTMLInputElement>(row, '[data-dose]');
		const restInput = this.#field<HTMLInputElement>(row, '[data-rest]');
		const reading = this.#field<HTMLElement>(row, '[data-reading]');
		const name = doseInput.dataset.name ?? id;
		// An empty dose is the exercise's usual one, hold included (the link then gives none).
		const doseText = doseInput.value.trim();
		const dose = doseText ? parseDose(doseText) : undefined;
		const doseBad = Boolean(doseText) && !dose;
		const restText = restInput.value.trim();
		const restSeconds = restText ? parseRest(restText) : undefined;
		const problems: string[] = [];
		doseInput.setAttribute('aria-invalid', String(doseBad));
		restInput.setAttribute('aria-invalid', String(Boolean(restText) && !restSeconds));
		if (doseBad)
			problems.push(
				`the dose “${doseText}” is not one this page can read: write it like 3x10, 3 x 30s or 3x10x5s`,
			);
		if (restText && !restSeconds) problems.push('write the rest in seconds, like 60 or 30-90');
		if (problems.length > 0) {
			reading.textContent = `${name}: ${problems.join('; ')}.`;
			reading.dataset.invalid = '';
			return { problems: problems.map((p) => `${name}: ${p}.`) };
		}
		const side = this.#field<HTMLSelectElement>(row, '[data-side]').value;
		const item: ProgrammeItem = {
			id,
			dose,
			frequency: parseFrequency(this.#field<HTMLSelectElement>(row, '[data-frequency]').value),
			restSeconds,
			side: (sides as readonly string[]).includes(side) ? (side as Side) : undefined,
			instruction:
				this.#field<HTMLInputElement>(row, '[data-instruction]').value.trim() || undefined,
		};
		// Word it as the handout will: a dose of repetitions alone keeps the exercise's usual hold.
		const usual = parseDose(doseInput.dataset.usualDose ?? '');
		if (!usual) this.#fail(`[data-row="${id}"] has no readable data-usual-dose`);
		const words = itemDoseWords(
			programmeDose(dose, usual),
			doseInput.dataset.perSide === 'true',
			item.side,
		);
		reading.textContent = dose ? `Reads as: ${words}.` : `Usual dose: ${words}.`;
		delete reading.dataset.invalid;
		return { item, problems: [] };
	}

	/** Rebuilds the link from the ticked exercises in order; withholds it while any of them cannot be read. */
	#update(): void {
		const items: ProgrammeItem[] = [];
		const problems: string[] = [];
		for (const row of this.#chosen.querySelectorAll<HTMLElement>(':scope > [data-row]')) {
			const read = this.#readRow(row);
			if (read.item) items.push(read.item);
			problems.push(...read.problems);
		}
		this.#empty.hidden = this.#chosen.children.length > 0;
		const query = formatProgramme({ items, note: this.#note.value });
		const url =
			items.length > 0 && problems.length === 0
				? `${location.origin}${location.pathname}${query}`
				: '';
		this.#link.value = url;
		// A link only exists once there is a whole programme to open.
		if (url) this.#open.href = url;
		else this.#open.removeAttribute('href');
		this.#open.hidden = !url;
		this.#copyButton.disabled = !url;
		this.#copyStatus.textContent = '';
		this.#error.textContent =
			problems.length > 0
				? `No link until every dose can be read. ${problems.join(' ')}`
				: items.length === 0
					? 'Tick at least one exercise.'
					: '';
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
}

KbProgrammeBuilderElement.define();
