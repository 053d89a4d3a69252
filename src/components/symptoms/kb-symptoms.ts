/**
 * <kb-symptoms>: the patient's symptom route on /symptoms/. It reads the choice from the URL, ticks
 * the boxes, and on every change writes the choice back (replaceState), shows the symptoms of the
 * chosen areas, the red flags of their regions first, and the matching conditions
 * (src/lib/symptoms/match.ts). The picture's shapes toggle the same checkboxes.
 *
 * Markup (SymptomFinder.astro renders it; every part is required):
 *
 *     <kb-symptoms>
 *       <script type="application/json" data-model>   SymptomModel
 *       <form data-form>                 input[name=a] (areas), input[name=s] (symptoms),
 *                                        svg [data-area] shapes, fieldset[data-area-findings=<area>]
 *       <p data-prompt aria-live>        what to do, or how many conditions match
 *       <div data-red-flags>             with <ul data-red-flag-list>
 *       <ol data-conditions>
 *       <a data-helper>                  the clinicians' helper, given the counted findings
 *     </kb-symptoms>
 */
import { formatQuery } from '../../lib/differential/engine/query.ts';
import {
	formatSymptomQuery,
	matchSymptoms,
	parseSymptomQuery,
	type MapArea,
	type SymptomChoice,
	type SymptomCondition,
	type SymptomRedFlag,
} from '../../lib/symptoms/match.ts';

/** What the page embeds for the element. */
export interface SymptomModel {
	areas: MapArea[];
	feels: string[];
	conditions: SymptomCondition[];
	redFlags: SymptomRedFlag[];
	findingRegions: Record<string, string[]>;
	findingLabels: Record<string, string>;
}

export class KbSymptomsElement extends HTMLElement {
	static define(
		tag = 'kb-symptoms',
		registry: CustomElementRegistry = customElements,
	): typeof KbSymptomsElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#model!: SymptomModel;
	#form!: HTMLFormElement;
	#abort = new AbortController();

	connectedCallback(): void {
		const part = <T extends Element>(selector: string) =>
			this.querySelector<T>(selector) ?? this.#fail(`is missing ${selector}`);
		this.#model = JSON.parse(part('script[data-model]').textContent ?? '') as SymptomModel;
		this.#form = part<HTMLFormElement>('form[data-form]');
		for (const selector of [
			'[data-prompt]',
			'[data-red-flags]',
			'[data-red-flag-list]',
			'[data-conditions]',
			'a[data-helper]',
		])
			part(selector);
		const signal = (this.#abort = new AbortController()).signal;
		const choice = parseSymptomQuery(location.search, {
			areas: new Set(this.#model.areas.map((a) => a.id)),
			findings: new Set([...this.#model.areas.flatMap((a) => a.findings), ...this.#model.feels]),
		});
		for (const input of this.#boxes()) {
			const list = input.name === 'a' ? choice.areas : choice.findings;
			input.checked = list.includes(input.value);
		}
		this.#form.addEventListener('change', () => this.#update(true), { signal });
		this.#form.addEventListener('submit', (e) => e.preventDefault(), { signal });
		this.#form.addEventListener(
			'click',
			(e) => {
				const area = (e.target as Element).closest('[data-area]')?.getAttribute('data-area');
				const box = area && this.#boxes().find((b) => b.name === 'a' && b.value === area);
				if (!box) return;
				box.checked = !box.checked;
				this.#update(true);
			},
			{ signal },
		);
		this.#update(false);
	}

	disconnectedCallback(): void {
		this.#abort.abort();
	}

	#boxes(): HTMLInputElement[] {
		return [...this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	}

	#choice(): SymptomChoice {
		const boxes = this.#boxes();
		// A symptom of an area that is no longer chosen does not count.
		const hiddenAreas = new Set(
			[...this.#form.querySelectorAll<HTMLElement>('[data-area-findings]')].filter((f) => f.hidden),
		);
		const ticked = (name: string) =>
			boxes
				.filter((b) => b.name === name && b.checked && ![...hiddenAreas].some((f) => f.contains(b)))
				.map((b) => b.value);
		return { areas: ticked('a'), findings: [...new Set(ticked('s'))] };
	}

	#update(write: boolean): void {
		const areas = new Set(
			this.#boxes()
				.filter((b) => b.name === 'a' && b.checked)
				.map((b) => b.value),
		);
		for (const set of this.#form.querySelectorAll<HTMLElement>('[data-area-findings]'))
			set.hidden = !areas.has(set.dataset.areaFindings ?? '');
		for (const shape of this.#form.querySelectorAll('[data-area]'))
			shape.toggleAttribute('data-chosen', areas.has(shape.getAttribute('data-area') ?? ''));
		const choice = this.#choice();
		if (write)
			history.replaceState(
				null,
				'',
				`${location.pathname}${formatSymptomQuery(choice)}${location.hash}`,
			);
		const match = matchSymptoms(choice, this.#model);
		const label = (id: string) => this.#model.findingLabels[id] ?? id;

		const urgent = this.querySelector<HTMLElement>('[data-red-flags]')!;
		urgent.hidden = match.redFlags.length === 0;
		this.querySelector('[data-red-flag-list]')!.replaceChildren(
			...match.redFlags.map((f) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = f.href;
				link.textContent = f.label;
				item.append(link);
				return item;
			}),
		);
		this.querySelector('[data-conditions]')!.replaceChildren(
			...match.conditions.map(({ condition, matched }) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = condition.href;
				link.textContent = condition.name;
				const summary = document.createElement('p');
				summary.textContent = condition.summary;
				const why = document.createElement('p');
				why.className = 'kb-sy-matched';
				why.textContent = `Fits: ${matched.map(label).join('; ')}`;
				item.append(link, summary, why);
				return item;
			}),
		);
		const count = match.conditions.length;
		this.querySelector('[data-prompt]')!.textContent =
			match.counted.length === 0
				? 'Choose where it hurts to see the conditions it may point to.'
				: count === 0
					? 'None of the conditions on this site has these as key features. See a doctor or physiotherapist.'
					: `${count} ${count === 1 ? 'condition has' : 'conditions have'} these as key features, the best fits first.`;
		const helper = this.querySelector<HTMLAnchorElement>('a[data-helper]')!;
		helper.search = formatQuery({ present: match.counted, absent: [], positive: [], negative: [] });
		this.dataset.ready = '';
	}

	#fail(detail: string): never {
		this.dataset.broken = '';
		throw new Error(`<${this.localName}> ${detail}`);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'kb-symptoms': KbSymptomsElement;
	}
}

KbSymptomsElement.define();
