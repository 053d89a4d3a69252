/**
 * <kb-programme>: builds a home-programme link from ticked exercises and doses, and turns such a
 * link into a printable handout. The link is the programme: nothing is stored or sent. Exercise
 * cards come from server-rendered <template>s; URL text only ever reaches the page as textContent.
 */
import { formatDoseWords } from '../../lib/dosage.ts';
import { formatDose, formatProgramme, parseDose, parseProgramme, type ProgrammeItem } from '../../lib/programme.ts';
import { qrSvg } from '../../lib/qr.ts';

class ProgrammeBuilder extends HTMLElement {
	/** Ticked exercises in the order they were ticked: the handout keeps this order. */
	#order: string[] = [];

	connectedCallback() {
		const known = new Set([...this.querySelectorAll<HTMLTemplateElement>('template[data-card]')].map((t) => t.dataset.card!));
		const parsed = parseProgramme(location.search, known);
		this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
		this.addEventListener('input', () => this.#updateLink());
		this.addEventListener('change', (e) => this.#onChange(e.target as HTMLInputElement));
		this.querySelector('[data-copy]')?.addEventListener('click', () => this.#copy());
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-edit]')?.addEventListener('click', () => this.#show('builder'));
		this.#fill(parsed.items, parsed.note);
		this.#notices(parsed.notices);
		this.#updateLink();
		if (parsed.items.length > 0) this.#renderHandout(parsed.items, parsed.note);
		else this.#show('builder');
		this.dataset.ready = '';
	}

	#show(mode: 'builder' | 'handout') {
		this.querySelector<HTMLElement>('[data-builder]')!.hidden = mode !== 'builder';
		this.querySelector<HTMLElement>('[data-handout]')!.hidden = mode !== 'handout';
	}

	/** Puts a parsed programme back into the builder so "Change" starts from it. */
	#fill(items: readonly ProgrammeItem[], note: string) {
		this.#order = items.map((i) => i.id);
		for (const item of items) {
			const box = this.querySelector<HTMLInputElement>(`input[data-include="${item.id}"]`);
			const dose = this.querySelector<HTMLInputElement>(`input[data-dose="${item.id}"]`);
			if (box) box.checked = true;
			if (dose && item.dose) dose.value = formatDose(item.dose);
		}
		const noteBox = this.querySelector<HTMLTextAreaElement>('[data-note]');
		if (noteBox) noteBox.value = note;
	}

	#onChange(target: HTMLInputElement) {
		const id = target.dataset.include;
		if (id) {
			this.#order = this.#order.filter((x) => x !== id);
			if (target.checked) this.#order.push(id);
		}
		this.#updateLink();
	}

	#updateLink() {
		const items: ProgrammeItem[] = [];
		const problems: string[] = [];
		for (const id of this.#order) {
			const input = this.querySelector<HTMLInputElement>(`input[data-dose="${id}"]`);
			const dose = parseDose(input?.value ?? '');
			input?.setAttribute('aria-invalid', String(dose === undefined));
			if (dose) items.push({ id, dose });
			else problems.push(`${this.#name(id)}: write the dose like 3x10, 3x8-12 or 3x30s.`);
		}
		const note = this.querySelector<HTMLTextAreaElement>('[data-note]')?.value ?? '';
		const query = formatProgramme({ items, note });
		const url = items.length > 0 ? `${location.origin}${location.pathname}${query}` : '';
		const link = this.querySelector<HTMLInputElement>('[data-link]');
		if (link) link.value = url;
		const open = this.querySelector<HTMLAnchorElement>('[data-open]');
		if (open) {
			// A link only exists once there is a programme to open.
			if (url) open.href = url;
			else open.removeAttribute('href');
			open.hidden = !url;
		}
		const error = this.querySelector<HTMLElement>('[data-builder-error]');
		if (error) error.textContent = items.length === 0 && problems.length === 0 ? 'Tick at least one exercise.' : problems.join(' ');
	}

	async #copy() {
		const link = this.querySelector<HTMLInputElement>('[data-link]');
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		if (!link?.value) return;
		try {
			await navigator.clipboard.writeText(link.value);
			if (status) status.textContent = 'Link copied.';
		} catch {
			link.select();
			if (status) status.textContent = 'Select the link and copy it.';
		}
	}

	#name(id: string) {
		return this.querySelector<HTMLTemplateElement>(`template[data-card="${id}"]`)?.dataset.name ?? id;
	}

	#notices(notices: readonly string[]) {
		const box = this.querySelector<HTMLElement>('[data-notices]');
		if (!box || notices.length === 0) return;
		box.replaceChildren(...notices.map((n) => Object.assign(document.createElement('p'), { textContent: n })));
		box.hidden = false;
	}

	#renderHandout(items: readonly ProgrammeItem[], note: string) {
		const list = this.querySelector<HTMLOListElement>('[data-handout-list]')!;
		list.replaceChildren(
			...items.map((item) => {
				const template = this.querySelector<HTMLTemplateElement>(`template[data-card="${item.id}"]`)!;
				const card = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
				const dose = card.querySelector<HTMLElement>('[data-dose-words]');
				if (dose && item.dose) {
					dose.textContent = formatDoseWords(item.dose, template.dataset.perSide === 'true');
					dose.dataset.clinicianDose = '';
				}
				const li = document.createElement('li');
				li.dataset.programmeItem = item.id;
				li.append(card);
				return li;
			}),
		);
		const noteEl = this.querySelector<HTMLElement>('[data-handout-note]')!;
		noteEl.textContent = note;
		noteEl.hidden = note === '';
		const qr = this.querySelector<HTMLElement>('[data-handout-qr]');
		// The QR SVG is built by our own encoder from the page address: no URL text becomes markup.
		if (qr) qr.innerHTML = qrSvg(location.href, 'QR code linking to this programme');
		const linkText = this.querySelector<HTMLElement>('[data-handout-url]');
		if (linkText) linkText.textContent = location.href;
		this.#show('handout');
	}
}

customElements.define('kb-programme', ProgrammeBuilder);
