/**
 * <kb-programme-handout>: turns a programme link (src/lib/exercise/programme.ts) into a printable
 * handout for the patient: one card per exercise, in the link's order, with the link's dose, rest,
 * how often, side and instruction in words (or the usual ones), the clinician's note and a QR code of
 * the link. Text from the URL only ever reaches the page as textContent. It also shows what the link
 * held that was left out. With `edit=1` in the link it stays hidden and the builder shows instead.
 *
 * Markup (ProgrammeHandout.astro renders it; parts marked * are required):
 *
 *     <kb-programme-handout>
 *       <div data-notices hidden>*                what the link held that was left out
 *       <section data-handout hidden>*
 *         <p data-handout-note hidden>*
 *         <button data-print>*  <button data-share hidden>*   Share shows where the browser has Web Share
 *         <a data-edit-link>*                     gets this link with edit=1 (the builder, filled)
 *         <ol data-handout-list>*                 gets <li data-programme-item="<id>"> cards
 *         <div data-handout-qr>*  <span data-handout-url>*
 *       <template data-card="<id>" data-usual-dose="2-3x8-12" data-usual-rest="30-60"
 *                 data-usual-frequency="1/day" data-per-side="true|false">
 *         … <strong data-dose-words> <span data-rest-words> <span data-frequency-words>
 *         <p data-instruction hidden>            filled when the link gives an instruction
 *       </template>
 *     </kb-programme-handout>
 *
 * `data-clinician-dose` marks a dose the link set. Once it runs it sets `data-ready` on itself (tests
 * and scripts wait for it).
 */
import {
	handoutDoses,
	parseDose,
	parseFrequency,
	parseProgramme,
	parseRest,
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

	#print!: HTMLElement;
	#share!: HTMLElement;

	connectedCallback(): void {
		const [notices, handout, note, print, share, edit, list, qr, url] = this.#parts(
			'[data-notices]',
			'[data-handout]',
			'[data-handout-note]',
			'[data-print]',
			'[data-share]',
			'[data-edit-link]',
			'[data-handout-list]',
			'[data-handout-qr]',
			'[data-handout-url]',
		);
		[this.#print, this.#share] = [print, share];
		const templates = new Map(
			[...this.querySelectorAll<HTMLTemplateElement>('template[data-card]')].map((t) => [
				t.dataset.card ?? '',
				t,
			]),
		);
		const parsed = parseProgramme(location.search, new Set(templates.keys()));
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		print.addEventListener('click', this);
		share.addEventListener('click', this);
		this.#showNotices(notices, parsed.notices);
		if (parsed.items.length > 0 && !parsed.edit) {
			list.replaceChildren(...this.#cards(parsed.items, templates));
			note.textContent = parsed.note;
			note.hidden = parsed.note === '';
			// The QR SVG is built by our own encoder from the page address: no URL text becomes markup.
			qr.innerHTML = qrSvg(location.href, 'QR code linking to this programme');
			url.textContent = location.href;
			const editParams = new URLSearchParams(location.search);
			editParams.set('edit', '1');
			edit.setAttribute('href', `?${editParams.toString()}`);
			share.hidden = typeof navigator.share !== 'function';
			handout.hidden = false;
		}
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.#print.removeEventListener('click', this);
		this.#share.removeEventListener('click', this);
	}

	/** Print prints; Share hands the link to the system's share sheet. */
	handleEvent(event: Event): void {
		if (event.currentTarget === this.#print) {
			window.print();
			return;
		}
		// A cancelled share rejects; there is nothing to tell the reader.
		navigator.share({ title: document.title, url: location.href }).catch(() => undefined);
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
			const usualRest = parseRest(t.dataset.usualRest ?? '');
			const usualFrequency = parseFrequency(t.dataset.usualFrequency ?? '');
			if (!usualDose || !usualRest || !usualFrequency)
				this.#fail(`template[data-card="${id}"] has no readable usual dose, rest or frequency`);
			cards.set(id, {
				usualDose,
				usualRest,
				usualFrequency,
				perSide: t.dataset.perSide === 'true',
			});
		}
		return handoutDoses(items, cards).map((line) => {
			const { id } = line;
			const card = templates.get(id)?.content.firstElementChild?.cloneNode(true) as
				HTMLElement | undefined;
			const [dose, rest, frequency, instruction] = [
				'[data-dose-words]',
				'[data-rest-words]',
				'[data-frequency-words]',
				'[data-instruction]',
			].map((selector) => card?.querySelector<HTMLElement>(selector));
			if (!card || !dose || !rest || !frequency || !instruction)
				this.#fail(
					`template[data-card="${id}"] is missing a dose, rest, frequency or instruction part`,
				);
			dose.textContent = line.words;
			rest.textContent = line.rest;
			frequency.textContent = line.frequency;
			instruction.textContent = line.instruction;
			instruction.hidden = line.instruction === '';
			if (line.fromLink) dose.dataset.clinicianDose = '';
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
