/**
 * <kb-differential>: the browser side of the differential helper. The server renders the form and
 * the model (as JSON); this element reads the case from the URL, keeps the URL in step with the form
 * (history.replaceState, one entry however many clicks), and renders the ranking with its working.
 * All ranking happens in src/lib/differential; nothing here holds a number. Text from the URL is
 * never inserted as markup: everything is built with textContent.
 */
import type { DifferentialModel } from '../../lib/differential/model.ts';
import { formatCase, parseCase } from '../../lib/differential/query.ts';
import { rank, type CaseState, type RankResult } from '../../lib/differential/rank.ts';
import { formatRatio } from '../../lib/diagnostics/index.ts';

const percent = (p: number) => `${(p * 100).toFixed(p >= 0.995 || p < 0.1 ? 1 : 0)}%`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
}

class DifferentialHelper extends HTMLElement {
	#model!: DifferentialModel;
	#base = '/';

	connectedCallback() {
		const json = this.querySelector('script[data-model]')?.textContent;
		if (!json) return;
		this.#model = JSON.parse(json) as DifferentialModel;
		this.#base = this.dataset.base ?? '/';
		const known = {
			findings: new Set(this.#model.findings.map((f) => f.id)),
			tests: new Set(this.#model.tests.map((t) => t.id)),
		};
		const parsed = parseCase(location.search, known);
		this.#apply(parsed);
		this.#showNotices(parsed.notices);
		this.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
		this.addEventListener('change', (event) => this.#onChange(event.target as HTMLInputElement));
		this.#update(false);
		// Tells scripts and tests that the form now drives the ranking.
		this.dataset.ready = '';
	}

	/** Ticks the boxes and radios that the URL's case names. */
	#apply(state: CaseState) {
		for (const box of this.querySelectorAll<HTMLInputElement>('input[name="f"]')) box.checked = state.findings.includes(box.value);
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[data-test]')) {
			const id = radio.dataset.test!;
			const result = state.positive.includes(id) ? 'pos' : state.negative.includes(id) ? 'neg' : '';
			radio.checked = radio.value === result;
		}
	}

	#read(): CaseState {
		const findings = [...this.querySelectorAll<HTMLInputElement>('input[name="f"]:checked')].map((b) => b.value);
		const checked = [...this.querySelectorAll<HTMLInputElement>('input[data-test]:checked')];
		return {
			findings,
			positive: checked.filter((r) => r.value === 'pos').map((r) => r.dataset.test!),
			negative: checked.filter((r) => r.value === 'neg').map((r) => r.dataset.test!),
		};
	}

	#onChange(target: HTMLInputElement) {
		// "None of these" and the red flags exclude each other.
		if (target.matches('[data-none]') && target.checked) {
			for (const box of this.querySelectorAll<HTMLInputElement>('input[data-red-flag-option]')) box.checked = false;
		} else if (target.matches('[data-red-flag-option]') && target.checked) {
			const none = this.querySelector<HTMLInputElement>('[data-none]');
			if (none) none.checked = false;
		}
		this.#update(true);
	}

	#update(writeUrl: boolean) {
		const state = this.#read();
		if (writeUrl) history.replaceState(history.state, '', `${location.pathname}${formatCase(state)}${location.hash}`);
		const result = rank(this.#model, state);
		this.#renderAlert(result);
		this.#renderResults(result);
	}

	#showNotices(notices: readonly string[]) {
		const box = this.querySelector<HTMLElement>('[data-notices]');
		if (!box || notices.length === 0) return;
		box.replaceChildren(el('p', 'Some parts of this link were not understood and have been left out:'), ...notices.map((n) => el('p', n)));
		box.hidden = false;
	}

	#renderAlert(result: RankResult) {
		const slot = this.querySelector<HTMLElement>('[data-alerts]');
		if (!slot) return;
		if (result.redFlags.length === 0) {
			slot.replaceChildren();
			return;
		}
		const emergency = result.redFlags.some((f) => f.urgency === 'emergency');
		const alert = el('div', undefined, { role: 'alert', 'data-red-flag': '', class: 'kb-alert' });
		alert.append(
			el('p', emergency ? 'Emergency: get medical help now.' : 'Get medical help urgently.', { class: 'kb-alert__title' }),
			el('ul'),
		);
		const list = alert.querySelector('ul')!;
		for (const f of result.redFlags) {
			const item = el('li');
			item.append(el('strong', `${f.label}: `), document.createTextNode(f.action));
			list.append(item);
		}
		const more = el('p');
		more.append(el('a', 'Read the red flags page', { href: `${this.#base}red-flags/` }));
		alert.append(more, el('p', 'The ranking below does not change this advice.'));
		// Replace only when the content changes, so screen readers do not hear the alert again on every click.
		if (slot.textContent !== alert.textContent) slot.replaceChildren(alert);
	}

	#renderResults(result: RankResult) {
		const list = this.querySelector<HTMLOListElement>('[data-differential-results]');
		if (!list) return;
		list.replaceChildren(
			...result.conditions.map((c) => {
				const item = el('li', undefined, { 'data-condition': c.id, 'data-probability': String(c.probability) });
				const head = el('p', undefined, { class: 'kb-dx-result' });
				head.append(
					el('a', c.name, { href: `${this.#base}conditions/${c.id}/` }),
					el('span', ` ${percent(c.probability)}`, { class: 'kb-dx-pct' }),
				);
				const bar = el('progress', undefined, { max: '1', value: String(c.probability), 'aria-hidden': 'true' });
				item.append(head, bar);
				if (c.contributions.length > 0) {
					const why = el('ul', undefined, { class: 'kb-dx-why' });
					for (const k of c.contributions.slice(0, 3)) {
						const what = k.kind === 'finding' ? k.label : `${k.label} ${k.kind === 'positive-test' ? 'positive' : 'negative'}`;
						why.append(el('li', `${what}: ×${formatRatio(k.lr)} (${k.basis})`));
					}
					item.append(why);
				}
				return item;
			}),
		);
		const next = this.querySelector<HTMLElement>('[data-next-test]');
		if (next) {
			next.replaceChildren();
			const [first, second] = result.conditions;
			if (result.nextTest && first && second) {
				next.append(
					document.createTextNode(`To separate ${first.name} from ${second.name}, the test that could change their odds the most is the `),
					el('a', result.nextTest.name, { href: `${this.#base}tests/${result.nextTest.id}/` }),
					document.createTextNode(` (up to ×${formatRatio(result.nextTest.factor)}).`),
				);
			}
		}
		// A short summary that stays in view at the bottom of the screen while the reader ticks boxes.
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		if (summary) {
			summary.replaceChildren(
				document.createTextNode(result.conditions.slice(0, 3).map((c, i) => `${i + 1}. ${c.name} ${percent(c.probability)}`).join(' · ') + ' '),
				el('a', 'Full ranking', { href: '#kb-dx-results-title' }),
			);
			summary.hidden = false;
		}
		const status = this.querySelector<HTMLElement>('[data-status]');
		const top = result.conditions[0];
		if (status && top) status.textContent = `Ranking updated. First: ${top.name}, ${percent(top.probability)}.`;
	}
}

customElements.define('kb-differential', DifferentialHelper);
