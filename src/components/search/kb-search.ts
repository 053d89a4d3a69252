/**
 * <kb-search>: the header's search button and dialog (components/starlight/Search.astro). This shell
 * only opens and closes the dialog; the search itself (search-controller.ts, Pagefind and the search
 * data) is imported the first time a reader points at, focuses or clicks the button, or presses the
 * shortcut, so pages that are only read never download it.
 *
 * Markup (Search.astro renders it; every part is required):
 *
 *     <kb-search data-bundle="/pagefind/" data-data="/search-data.json">
 *       <button data-open-modal>          opens the dialog (Ctrl/⌘ K too)
 *       <dialog>
 *         <input data-input>              the query
 *         <button data-close-modal>
 *         <details data-filters>          kind checkboxes (input[name=kind]); open on wide screens
 *         <div data-urgent>               red-flag advice, above the results
 *         <p data-status aria-live>       counts, "did you mean", errors
 *         <ol data-results>
 *         <button data-more>              the next results
 *       </dialog>
 *     </kb-search>
 *
 * Once Pagefind and the search data have loaded the element gets `data-loaded`; after each search is
 * drawn it sets `data-searched` to the query it answered (tests and the benchmark wait for them).
 */
import type { SearchParts } from './search-controller.ts';

export class KbSearchElement extends HTMLElement {
	static define(
		tag = 'kb-search',
		registry: CustomElementRegistry = customElements,
	): typeof KbSearchElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#parts!: SearchParts & {
		open: HTMLButtonElement;
		close: HTMLButtonElement;
		dialog: HTMLDialogElement;
	};
	#controller: Promise<{ dispose(): void }> | undefined;
	#abort = new AbortController();

	connectedCallback(): void {
		const part = <T extends HTMLElement>(selector: string) =>
			this.querySelector<T>(selector) ?? this.#fail(`is missing ${selector}`);
		this.#parts = {
			open: part<HTMLButtonElement>('button[data-open-modal]'),
			close: part<HTMLButtonElement>('button[data-close-modal]'),
			dialog: part<HTMLDialogElement>('dialog'),
			input: part<HTMLInputElement>('[data-input]'),
			filters: part<HTMLDetailsElement>('[data-filters]'),
			urgent: part('[data-urgent]'),
			status: part('[data-status]'),
			results: part('[data-results]'),
			more: part<HTMLButtonElement>('[data-more]'),
		};
		for (const key of ['bundle', 'data'] as const)
			if (!this.dataset[key]) this.#fail(`needs data-${key}`);
		const { open, close, dialog } = this.#parts;
		const signal = (this.#abort = new AbortController()).signal;
		if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
			const key = this.querySelector('[data-platform-key]');
			if (key) key.textContent = '⌘';
			open.setAttribute('aria-keyshortcuts', 'Meta+K');
		}
		for (const type of ['pointerenter', 'focus', 'touchstart'])
			open.addEventListener(type, () => void this.#load(), { signal, passive: true });
		open.addEventListener('click', (e) => (this.#show(), e.stopPropagation()), { signal });
		close.addEventListener('click', () => dialog.close(), { signal });
		dialog.addEventListener(
			'close',
			() => document.body.toggleAttribute('data-search-modal-open', false),
			{
				signal,
			},
		);
		// A click on a result link, or outside the dialog's box, closes it.
		dialog.addEventListener(
			'click',
			(e) => {
				const target = e.target as Element;
				if (target === dialog || target.closest('a[href]')) dialog.close();
			},
			{ signal },
		);
		window.addEventListener(
			'keydown',
			(e) => {
				if ((e.metaKey || e.ctrlKey) && e.key === 'k') {
					e.preventDefault();
					if (dialog.open) dialog.close();
					else this.#show();
				}
			},
			{ signal },
		);
		open.disabled = false;
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		void this.#controller?.then((c) => c.dispose());
	}

	#show(): void {
		const { dialog, input, filters } = this.#parts;
		dialog.showModal();
		document.body.toggleAttribute('data-search-modal-open', true);
		// The kind filters take room a phone needs for results: closed there, open on wide screens.
		if (matchMedia('(min-width: 50rem)').matches) filters.open = true;
		input.focus();
		void this.#load();
	}

	/** Imports the search the first time it is needed. */
	#load(): Promise<{ dispose(): void }> {
		this.#controller ??= import('./search-controller.ts').then(({ SearchController }) => {
			const controller = new SearchController(this, this.#parts, {
				bundle: this.dataset.bundle!,
				data: this.dataset.data!,
			});
			return controller;
		});
		return this.#controller;
	}

	#fail(detail: string): never {
		this.dataset.broken = '';
		throw new Error(`<${this.localName}> ${detail}`);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'kb-search': KbSearchElement;
	}
}

KbSearchElement.define();
