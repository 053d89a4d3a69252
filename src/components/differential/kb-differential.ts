/**
 * <kb-differential>: the browser side of the differential helper. The server renders the form and
 * the model (as JSON); this element reads the case from the URL, keeps the URL in step with the form
 * (history.replaceState, one entry however many clicks), and renders the ranking with its working.
 * All ranking happens in src/lib/differential; nothing here holds a number. Text from the URL is
 * never inserted as markup: everything is built with textContent.
 *
 * Markup (DifferentialHelper.astro renders it; parts marked * are required):
 *
 *     <kb-differential>
 *       <script type="application/json" data-model>*   the model (src/lib/differential/model.ts)
 *       <div data-alerts>*                               gets the red-flag alert: [data-red-flag][role=alert]
 *       <div data-notices hidden>*                       what the URL held that was left out
 *       <form>*
 *         <input name="f" value="<finding>">            one per finding; [data-red-flag-option] on red flags
 *         <input data-none>                             "None of these" (clears the red flags)
 *         <input type="radio" data-test="<test>" value="" | "pos" | "neg">
 *         <p data-summary hidden>*                      the running top three, kept in view
 *       <p data-status aria-live>*                       one sentence for screen readers after each change
 *       <ol data-differential-results>*                  gets <li data-condition data-probability> in rank order
 *       <p data-next-test>*                              the test that would separate the first two
 *     </kb-differential>
 *
 * Once it drives the ranking it sets `data-ready` on itself (tests and scripts wait for it).
 */
import { formatPercent, formatRatio } from '../../lib/diagnostics/format.ts';
import type { DifferentialModel } from '../../lib/differential/model.ts';
import { formatCase, parseCase } from '../../lib/differential/query.ts';
import { rank, type CaseState, type RankResult } from '../../lib/differential/rank.ts';
import { linkerFor, sitePath } from '../../lib/url.ts';

const href = linkerFor(import.meta.env.BASE_URL);

/** An element with text (never markup) and attributes. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
	return node;
}

export class KbDifferentialElement extends HTMLElement {
	static define(
		tag = 'kb-differential',
		registry: CustomElementRegistry = customElements,
	): typeof KbDifferentialElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#model!: DifferentialModel;
	#alerts!: HTMLElement;
	#summary!: HTMLElement;
	#status!: HTMLElement;
	#results!: HTMLElement;
	#nextTest!: HTMLElement;

	connectedCallback(): void {
		const [model, alerts, notices, form, summary, status, results, nextTest] = this.#parts(
			'script[data-model]',
			'[data-alerts]',
			'[data-notices]',
			'form',
			'[data-summary]',
			'[data-status]',
			'[data-differential-results]',
			'[data-next-test]',
		);
		try {
			this.#model = JSON.parse(model.textContent ?? '') as DifferentialModel;
		} catch {
			this.#fail('cannot read its model: script[data-model] is not JSON');
		}
		[this.#alerts, this.#summary, this.#status, this.#results, this.#nextTest] = [
			alerts,
			summary,
			status,
			results,
			nextTest,
		];
		const known = {
			findings: new Set(this.#model.findings.map((f) => f.id)),
			tests: new Set(this.#model.tests.map((t) => t.id)),
		};
		const parsed = parseCase(location.search, known);
		this.#apply(parsed);
		this.#showNotices(notices, parsed.notices);
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		form.addEventListener('submit', this);
		this.addEventListener('change', this);
		this.#update(false);
		// Tells scripts and tests that the form now drives the ranking.
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.querySelector('form')?.removeEventListener('submit', this);
		this.removeEventListener('change', this);
	}

	/** The form never submits (the ranking updates live); any other change re-ranks. */
	handleEvent(event: Event): void {
		if (event.type === 'submit') event.preventDefault();
		else this.#onChange(event.target as HTMLInputElement);
	}

	/** Ticks the boxes and radios that the URL's case names. */
	#apply(state: CaseState): void {
		for (const box of this.querySelectorAll<HTMLInputElement>('input[name="f"]'))
			box.checked = state.findings.includes(box.value);
		for (const radio of this.querySelectorAll<HTMLInputElement>('input[data-test]')) {
			const id = radio.dataset.test ?? '';
			const result = state.positive.includes(id) ? 'pos' : state.negative.includes(id) ? 'neg' : '';
			radio.checked = radio.value === result;
		}
	}

	/** The case as the form now says it. */
	#read(): CaseState {
		const findings = [...this.querySelectorAll<HTMLInputElement>('input[name="f"]:checked')].map(
			(b) => b.value,
		);
		const checked = [...this.querySelectorAll<HTMLInputElement>('input[data-test]:checked')];
		const tests = (value: string) =>
			checked.filter((r) => r.value === value).map((r) => r.dataset.test ?? '');
		return { findings, positive: tests('pos'), negative: tests('neg') };
	}

	#onChange(target: HTMLInputElement): void {
		// "None of these" and the red flags exclude each other.
		if (target.matches('[data-none]') && target.checked) {
			for (const box of this.querySelectorAll<HTMLInputElement>('input[data-red-flag-option]'))
				box.checked = false;
		} else if (target.matches('[data-red-flag-option]') && target.checked) {
			const none = this.querySelector<HTMLInputElement>('[data-none]');
			if (none) none.checked = false;
		}
		this.#update(true);
	}

	/** Ranks the form's case and redraws every region; `writeUrl` keeps the address in step. */
	#update(writeUrl: boolean): void {
		const state = this.#read();
		if (writeUrl)
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${formatCase(state)}${location.hash}`,
			);
		const result = rank(this.#model, state);
		this.#renderAlert(result);
		this.#renderRanking(result);
		this.#renderNextTest(result);
		this.#renderSummary(result);
		this.#renderStatus(result);
	}

	/** Shows what the URL held that was left out, once, on arrival. */
	#showNotices(box: HTMLElement, notices: readonly string[]): void {
		if (notices.length === 0) return;
		box.replaceChildren(
			el('p', 'Some parts of this link were not understood and have been left out:'),
			...notices.map((n) => el('p', n)),
		);
		box.hidden = false;
	}

	/** The red-flag alert, before everything else, whatever the ranking says. */
	#renderAlert(result: RankResult): void {
		const slot = this.#alerts;
		if (result.redFlags.length === 0) {
			slot.replaceChildren();
			return;
		}
		const emergency = result.redFlags.some((f) => f.urgency === 'emergency');
		const list = el('ul');
		for (const f of result.redFlags) {
			const item = el('li');
			item.append(el('strong', `${f.label}: `), document.createTextNode(f.action));
			list.append(item);
		}
		const more = el('p');
		more.append(el('a', 'Read the red flags page', { href: href(sitePath.redFlags) }));
		const alert = el('div', undefined, { role: 'alert', 'data-red-flag': '', class: 'kb-alert' });
		alert.append(
			el('p', emergency ? 'Emergency: get medical help now.' : 'Get medical help urgently.', {
				class: 'kb-alert__title',
			}),
			list,
			more,
			el('p', 'The ranking below does not change this advice.'),
		);
		// Replace only when the content changes, so screen readers do not hear the alert again on every click.
		if (slot.textContent !== alert.textContent) slot.replaceChildren(alert);
	}

	/** The ranked list: one item per condition with its probability bar and the inputs that moved it most. */
	#renderRanking(result: RankResult): void {
		this.#results.replaceChildren(
			...result.conditions.map((c) => {
				const item = el('li', undefined, {
					'data-condition': c.id,
					'data-probability': String(c.probability),
				});
				const head = el('p', undefined, { class: 'kb-dx-result' });
				head.append(
					el('a', c.name, { href: href(sitePath.condition(c.id)) }),
					el('span', ` ${formatPercent(c.probability)}`, { class: 'kb-dx-pct' }),
				);
				item.append(
					head,
					el('progress', undefined, {
						max: '1',
						value: String(c.probability),
						'aria-hidden': 'true',
					}),
				);
				if (c.contributions.length > 0) {
					const why = el('ul', undefined, { class: 'kb-dx-why' });
					for (const k of c.contributions.slice(0, 3)) {
						const what =
							k.kind === 'finding'
								? k.label
								: `${k.label} ${k.kind === 'positive-test' ? 'positive' : 'negative'}`;
						why.append(el('li', `${what}: ×${formatRatio(k.lr)} (${k.basis})`));
					}
					item.append(why);
				}
				return item;
			}),
		);
	}

	/** The test not yet done that would most change the odds of the first condition against the second. */
	#renderNextTest(result: RankResult): void {
		const next = this.#nextTest;
		next.replaceChildren();
		const [first, second] = result.conditions;
		if (!result.nextTest || !first || !second) return;
		next.append(
			document.createTextNode(
				`To separate ${first.name} from ${second.name}, the test that could change their odds the most is the `,
			),
			el('a', result.nextTest.name, { href: href(sitePath.test(result.nextTest.id)) }),
			document.createTextNode(` (up to ×${formatRatio(result.nextTest.factor)}).`),
		);
	}

	/** A short summary that stays in view at the bottom of the screen while the reader ticks boxes. */
	#renderSummary(result: RankResult): void {
		const top = result.conditions
			.slice(0, 3)
			.map((c, i) => `${i + 1}. ${c.name} ${formatPercent(c.probability)}`)
			.join(' · ');
		this.#summary.replaceChildren(
			document.createTextNode(`${top} `),
			el('a', 'Full ranking', { href: '#kb-dx-results-title' }),
		);
		this.#summary.hidden = false;
	}

	/** One sentence for screen readers after each change. */
	#renderStatus(result: RankResult): void {
		const top = result.conditions[0];
		if (top)
			this.#status.textContent = `Ranking updated. First: ${top.name}, ${formatPercent(top.probability)}.`;
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
		'kb-differential': KbDifferentialElement;
	}
}

KbDifferentialElement.define();
