/**
 * <kb-programme-handout>: turns a programme link (src/lib/exercise/programme.ts) into a printable
 * handout: one card per exercise, in the link's order, with the link's dose in words (or the usual
 * one), the clinician's note and a QR code of the link. Text from the URL only ever reaches the page
 * as textContent. It also shows what the link held that was left out.
 *
 * Markup (ProgrammeHandout.astro renders it; parts marked * are required):
 *
 *     <kb-programme-handout>
 *       <div data-notices hidden>*                what the link held that was left out
 *       <section data-handout hidden>*
 *         <p data-handout-note hidden>*
 *         <button data-print>*  <button data-edit>*   "Change" sends `kb-programme-edit` to the builder
 *         <ol data-handout-list>*                 gets <li data-programme-item="<id>"> cards
 *         <div data-handout-qr>*  <span data-handout-url>*
 *       <template data-card="<id>" data-usual-dose="2-3x8-12" data-per-side="true|false">
 *         … <strong data-dose-words> …           gets the dose in words; `data-clinician-dose` when the link set it
 *       </template>
 *     </kb-programme-handout>
 *
 * Once it runs it sets `data-ready` on itself (tests and scripts wait for it).
 */
import { EDIT_EVENT } from './events.ts';
import {
	handoutDoses,
	parseDose,
	parseProgramme,
	type HandoutCard,
	type ProgrammeItem,
} from '../../lib/exercise/programme.ts';
import { qrSvg } from '../../lib/qr.ts';

export class KbProgrammeHandoutElement extends HTMLElement {
	static define(
		tag = 'kb-programme-handout',
		registry: CustomElementRegistry = customElements,
	): typeof KbProgrammeHandoutElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#handout!: HTMLElement;
	#print!: HTMLElement;
	#edit!: HTMLElement;

	connectedCallback(): void {
		const [notices, handout, note, print, edit, list, qr, url] = this.#parts(
			'[data-notices]',
			'[data-handout]',
			'[data-handout-note]',
			'[data-print]',
			'[data-edit]',
			'[data-handout-list]',
			'[data-handout-qr]',
			'[data-handout-url]',
		);
		[this.#handout, this.#print, this.#edit] = [handout, print, edit];
		const templates = new Map(
			[...this.querySelectorAll<HTMLTemplateElement>('template[data-card]')].map((t) => [
				t.dataset.card ?? '',
				t,
			]),
		);
		const parsed = parseProgramme(location.search, new Set(templates.keys()));
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		print.addEventListener('click', this);
		edit.addEventListener('click', this);
		this.#showNotices(notices, parsed.notices);
		if (parsed.items.length > 0) {
			list.replaceChildren(...this.#cards(parsed.items, templates));
			note.textContent = parsed.note;
			note.hidden = parsed.note === '';
			// The QR SVG is built by our own encoder from the page address: no URL text becomes markup.
			qr.innerHTML = qrSvg(location.href, 'QR code linking to this programme');
			url.textContent = location.href;
			handout.hidden = false;
		}
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.#print.removeEventListener('click', this);
		this.#edit.removeEventListener('click', this);
	}

	/** Print prints; "Change" hides the handout and asks the builder to show itself. */
	handleEvent(event: Event): void {
		if (event.currentTarget === this.#print) {
			window.print();
			return;
		}
		this.#handout.hidden = true;
		this.dispatchEvent(new Event(EDIT_EVENT, { bubbles: true }));
	}

	/** Shows what the link held that was left out. */
	#showNotices(box: HTMLElement, notices: readonly string[]): void {
		if (notices.length === 0) return;
		box.replaceChildren(
			...notices.map((n) => Object.assign(document.createElement('p'), { textContent: n })),
		);
		box.hidden = false;
	}

	/** One card per item, cloned from its template, with the programme's dose in words. */
	#cards(
		items: readonly ProgrammeItem[],
		templates: ReadonlyMap<string, HTMLTemplateElement>,
	): HTMLLIElement[] {
		const cards = new Map<string, HandoutCard>();
		for (const [id, t] of templates) {
			const usualDose = parseDose(t.dataset.usualDose ?? '');
			if (!usualDose) this.#fail(`template[data-card="${id}"] has no readable data-usual-dose`);
			cards.set(id, { usualDose, perSide: t.dataset.perSide === 'true' });
		}
		return handoutDoses(items, cards).map(({ id, words, fromLink }) => {
			const card = templates.get(id)?.content.firstElementChild?.cloneNode(true) as
				HTMLElement | undefined;
			const dose = card?.querySelector<HTMLElement>('[data-dose-words]');
			if (!card || !dose) this.#fail(`template[data-card="${id}"] is missing [data-dose-words]`);
			dose.textContent = words;
			if (fromLink) dose.dataset.clinicianDose = '';
			const li = document.createElement('li');
			li.dataset.programmeItem = id;
			li.append(card);
			return li;
		});
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
		'kb-programme-handout': KbProgrammeHandoutElement;
	}
}

KbProgrammeHandoutElement.define();
