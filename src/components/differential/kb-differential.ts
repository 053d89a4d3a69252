/**
 * <kb-differential>: the browser side of the differential helper. The server renders the form and
 * the model (as JSON); this element reads the case from the URL, keeps the URL in step with the form
 * (history.replaceState, one entry however many clicks), and renders the list with its working, the
 * "something else" share, the next test and the results entered. All reasoning happens in
 * src/lib/differential/engine; nothing here holds a number. Text from the URL is never inserted as
 * markup: everything is built with textContent.
 *
 * Markup (DifferentialHelper.astro renders it; parts marked * are required):
 *
 *     <kb-differential>
 *       <script type="application/json" data-model>*   the model (src/lib/differential/engine/model.ts)
 *       <div data-notices hidden>*                       what the URL held that was left out
 *       <form>*
 *         <input type="radio" name="s" value="<setting>">             one per setting
 *         <input type="radio" data-finding="<id>" value="present" | "absent" | "">
 *                                                       [data-red-flag-option] on red flags
 *         <input data-none>                             "None of these": every red flag absent
 *         <div data-alerts>*                            after the red flags: [data-red-flag][role=alert]
 *         <input type="radio" data-age value="<age finding>" | "">
 *         <input type="radio" data-test="<test>" value="pos" | "neg" | "">
 *         <p data-summary hidden>*                      the leading line, kept in view
 *       <p data-setting>*                                the setting the priors come from
 *       <details data-priors hidden>*                    the reader's own priors, shown once the element runs
 *         <span data-prior-count>*                       "(2 set by you)" in its summary
 *         <div data-prior-row="<id>">                    one per condition, sub-cause and "other":
 *           <input type="number" data-prior="<id>">      the prior in percent (a sub-cause: its share of the family)
 *           <p data-prior-basis>                         the setting's value and its source
 *           <p data-prior-problem>                       why a value typed is not used
 *         <button data-prior-reset>                      back to the setting's priors
 *       <p data-empty>*                                  shown while nothing is chosen
 *       <p data-status aria-live>*                       one sentence for screen readers after each change
 *       <ol data-differential-results>*                  <li data-condition data-probability> in rank order
 *       <p data-other hidden>*                           the "something else" share
 *       <div data-next-test>*                            the most informative test not yet done
 *       <div data-done>*                                 each test result entered, before and after
 *     </kb-differential>
 *
 * Once it drives the list it sets `data-ready` on itself (tests and scripts wait for it).
 */
import {
	analyse,
	type Analysis,
	type Line,
	type PriorUsed,
} from '../../lib/differential/engine/analyse.ts';
import {
	calculatorPercent,
	describeContribution,
	describeEffect,
	percentLabel,
	percentText,
	priorLabel,
	rangeLabel,
	ratioLabel,
} from '../../lib/differential/engine/format.ts';
import type { EngineModel } from '../../lib/differential/engine/model.ts';
import { priorRows, readPriorFields } from '../../lib/differential/engine/overrides.ts';
import { formatQuery, parseQuery } from '../../lib/differential/engine/query.ts';
import { OTHER, type CaseState } from '../../lib/differential/engine/state.ts';
import { linkerFor, sitePath } from '../../lib/url.ts';

const href = linkerFor(import.meta.env.BASE_URL);

/** How many leading lines show their plausible range beside the percentage. */
const LEADING = 3;

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

/** A paragraph of text runs and links ([text, href] pairs). */
function para(...parts: Array<string | readonly [string, string]>): HTMLParagraphElement {
	const p = el('p');
	for (const part of parts)
		p.append(typeof part === 'string' ? part : el('a', part[0], { href: part[1] }));
	return p;
}

const inputs = (root: ParentNode, selector: string) => [
	...root.querySelectorAll<HTMLInputElement>(selector),
];

export class KbDifferentialElement extends HTMLElement {
	static define(
		tag = 'kb-differential',
		registry: CustomElementRegistry = customElements,
	): typeof KbDifferentialElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#model!: EngineModel;
	#names = new Map<string, string>();
	/** Priors the reader sets (from `prior=` on arrival, then the prior fields), as the engine keeps them. */
	#priors: Record<string, number> = {};
	/** Prior fields in the order the reader last edited them, oldest first: on a conflict the last edit gives way. */
	#edited: string[] = [];
	#priorBox!: HTMLElement;
	#priorCount!: HTMLElement;
	#form!: HTMLFormElement;
	#alerts!: HTMLElement;
	#summary!: HTMLElement;
	#setting!: HTMLElement;
	#empty!: HTMLElement;
	#status!: HTMLElement;
	#results!: HTMLElement;
	#other!: HTMLElement;
	#nextTest!: HTMLElement;
	#done!: HTMLElement;

	connectedCallback(): void {
		const [model, notices, form, ...parts] = this.#parts(
			'script[data-model]',
			'[data-notices]',
			'form',
			'[data-alerts]',
			'[data-summary]',
			'[data-setting]',
			'[data-priors]',
			'[data-prior-count]',
			'[data-empty]',
			'[data-status]',
			'[data-differential-results]',
			'[data-other]',
			'[data-next-test]',
			'[data-done]',
		);
		try {
			this.#model = JSON.parse(model.textContent ?? '') as EngineModel;
		} catch {
			this.#fail('cannot read its model: script[data-model] is not JSON');
		}
		this.#form = form as HTMLFormElement;
		[
			this.#alerts,
			this.#summary,
			this.#setting,
			this.#priorBox,
			this.#priorCount,
			this.#empty,
			this.#status,
			this.#results,
			this.#other,
			this.#nextTest,
			this.#done,
		] = parts;
		this.#names = new Map(this.#model.conditions.map((c) => [c.id, c.name]));
		const parsed = parseQuery(location.search, this.#model);
		this.#priors = parsed.priors;
		this.#apply(parsed);
		this.#fillPriors(false);
		this.#showPriorState({});
		this.#priorBox.hidden = false;
		this.#showNotices(notices, parsed.notices);
		// The element itself is the listener (handleEvent), so connecting twice cannot add it twice.
		form.addEventListener('submit', this);
		this.addEventListener('change', this);
		this.addEventListener('input', this);
		this.addEventListener('click', this);
		this.#update(false);
		// Tells scripts and tests that the form now drives the list.
		this.dataset.ready = '';
	}

	disconnectedCallback(): void {
		this.#form.removeEventListener('submit', this);
		this.removeEventListener('change', this);
		this.removeEventListener('input', this);
		this.removeEventListener('click', this);
	}

	/**
	 * The form never submits (the list updates live); any other change recomputes. A prior field
	 * recomputes as the reader types, and says what is wrong with its value once they leave it.
	 */
	handleEvent(event: Event): void {
		const target = event.target as HTMLElement;
		if (event.type === 'submit') event.preventDefault();
		else if (event.type === 'click') {
			if (target.closest('[data-prior-reset]')) this.#resetPriors();
		} else if (target.matches('input[data-prior]'))
			this.#onPrior(target as HTMLInputElement, event.type === 'change');
		else if (event.type === 'change') this.#onChange(target as HTMLInputElement);
	}

	/** Sets the radios that the URL's case names. */
	#apply(state: CaseState): void {
		const setting = state.setting ?? this.#model.settings[0]?.id;
		for (const radio of inputs(this, 'input[name="s"]')) radio.checked = radio.value === setting;
		for (const radio of inputs(this, 'input[data-finding]')) {
			const id = radio.dataset.finding ?? '';
			const answer = state.present.includes(id)
				? 'present'
				: state.absent.includes(id)
					? 'absent'
					: '';
			radio.checked = radio.value === answer;
		}
		const age = state.present.find((id) =>
			inputs(this, 'input[data-age]').some((r) => r.value === id),
		);
		for (const radio of inputs(this, 'input[data-age]'))
			radio.checked = radio.value === (age ?? '');
		for (const radio of inputs(this, 'input[data-test]')) {
			const id = radio.dataset.test ?? '';
			const result = state.positive.includes(id) ? 'pos' : state.negative.includes(id) ? 'neg' : '';
			radio.checked = radio.value === result;
		}
		this.#syncNone();
	}

	/** The case as the form now says it. */
	#read(): CaseState {
		const chosen = (value: string) =>
			inputs(this, `input[data-finding][value="${value}"]:checked`).map((r) => r.dataset.finding!);
		const age = inputs(this, 'input[data-age]:checked')
			.map((r) => r.value)
			.filter((v) => v !== '');
		const tests = (value: string) =>
			inputs(this, `input[data-test][value="${value}"]:checked`).map((r) => r.dataset.test!);
		return {
			setting: inputs(this, 'input[name="s"]:checked')[0]?.value,
			present: [...chosen('present'), ...age],
			absent: chosen('absent'),
			positive: tests('pos'),
			negative: tests('neg'),
			priors: this.#priors,
		};
	}

	/** "None of these" is ticked exactly when every red flag is answered "no". */
	#syncNone(): void {
		const none = this.querySelector<HTMLInputElement>('[data-none]');
		const flags = inputs(this, 'input[data-red-flag-option][value="absent"]');
		if (none) none.checked = flags.length > 0 && flags.every((r) => r.checked);
	}

	#onChange(target: HTMLInputElement): void {
		if (target.matches('[data-none]')) {
			// Every warning sign absent, or (unticked) back to not asked.
			const value = target.checked ? 'absent' : '';
			for (const radio of inputs(this, `input[data-red-flag-option][value="${value}"]`))
				radio.checked = true;
		} else if (target.matches('[data-red-flag-option]')) this.#syncNone();
		else if (target.matches('input[name="s"]')) {
			// The fields the reader left alone take the new setting's values; theirs stay.
			this.#fillPriors(true);
			this.#readPriors(false);
		}
		this.#update(true);
	}

	#currentSetting(): string {
		return inputs(this, 'input[name="s"]:checked')[0]?.value ?? this.#model.settings[0]!.id;
	}

	/** Puts the reader's priors, or the setting's where none is set, into the prior fields. */
	#fillPriors(keepRefused: boolean): void {
		const rows = new Map(priorRows(this.#model, this.#currentSetting()).map((r) => [r.id, r]));
		for (const input of inputs(this, 'input[data-prior]')) {
			const id = input.dataset.prior!;
			const row = rows.get(id) ?? this.#fail(`has a prior field for unknown “${id}”`);
			const box = input.closest('[data-prior-row]')!;
			const basis = box.querySelector('[data-prior-basis]');
			if (basis) basis.textContent = row.basis;
			input.step = row.fine ? '0.1' : '1';
			if (Object.hasOwn(this.#priors, id)) input.value = percentText(this.#priors[id]!);
			// A value the reader typed but that is not used stays, with its reason, until they change it.
			else if (!(keepRefused && input.getAttribute('aria-invalid') === 'true'))
				input.value = row.text;
		}
	}

	/** Reads the prior fields into the reader's priors; `showAll` also shows reasons not shown yet. */
	#readPriors(showAll: boolean): Record<string, string> {
		const fields = new Map(inputs(this, 'input[data-prior]').map((i) => [i.dataset.prior!, i]));
		const order = [
			...[...fields.keys()].filter((id) => !this.#edited.includes(id)),
			...this.#edited,
		];
		const { priors, problems } = readPriorFields(
			this.#model,
			this.#currentSetting(),
			order.map((id) => {
				const input = fields.get(id)!;
				return { id, text: input.validity.badInput ? null : input.value };
			}),
		);
		this.#priors = priors;
		// While typing, a reason already shown is updated or cleared, and a new one waits for the change event.
		const shown = Object.fromEntries(
			Object.entries(problems).filter(
				([id]) => showAll || fields.get(id)!.getAttribute('aria-invalid') === 'true',
			),
		);
		this.#showPriorState(shown);
		return problems;
	}

	/** Marks the rows the reader has set, shows each reason a value is not used, and counts what is set. */
	#showPriorState(problems: Readonly<Record<string, string>>): void {
		for (const input of inputs(this, 'input[data-prior]')) {
			const id = input.dataset.prior!;
			const box = input.closest('[data-prior-row]')!;
			box.toggleAttribute('data-overridden', Object.hasOwn(this.#priors, id));
			const problem = box.querySelector('[data-prior-problem]');
			if (problem) problem.textContent = problems[id] ?? '';
			if (problems[id]) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
		}
		const count = Object.keys(this.#priors).length;
		this.#priorCount.textContent = count > 0 ? ` (${count} set by you)` : '';
	}

	#onPrior(input: HTMLInputElement, committed: boolean): void {
		const id = input.dataset.prior!;
		this.#edited = [...this.#edited.filter((e) => e !== id), id];
		const problems = this.#readPriors(committed);
		this.#update(true);
		if (committed && problems[id])
			this.#status.textContent = `${this.#status.textContent} Your prior for ${this.#priorName(id)}: ${problems[id]}`;
	}

	#priorName(id: string): string {
		return id === OTHER ? 'something else' : this.#name(id);
	}

	/** Back to the setting's priors: every field, the list and the address. */
	#resetPriors(): void {
		this.#priors = {};
		this.#edited = [];
		this.#fillPriors(false);
		this.#showPriorState({});
		this.#update(true);
		this.#status.textContent = `Starting probabilities reset to the setting’s own. ${this.#status.textContent}`;
	}

	/** Reasons over the form's case and redraws every region; `writeUrl` keeps the address in step. */
	#update(writeUrl: boolean): void {
		const state = this.#read();
		// The first setting is the default, left out of the address like every empty part.
		const inUrl =
			state.setting === this.#model.settings[0]?.id ? { ...state, setting: undefined } : state;
		if (writeUrl)
			history.replaceState(
				history.state,
				'',
				`${location.pathname}${formatQuery(inUrl)}${location.hash}`,
			);
		const analysis = analyse(this.#model, state);
		this.#renderAlert(analysis);
		const own = Object.keys(this.#priors).length;
		this.#setting.textContent = `Setting: ${analysis.setting.label}. Each condition starts from its share in this setting${own > 0 ? `, except the ${own === 1 ? 'prior' : `${own} priors`} you set` : ''}.`;
		this.#empty.hidden = !analysis.empty;
		this.#renderList(analysis);
		this.#renderOther(analysis);
		this.#renderNextTest(analysis);
		this.#renderDone(analysis);
		this.#renderSummary(analysis);
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

	/** The red-flag alert, right after the warning signs, whatever the list says. */
	#renderAlert(analysis: Analysis): void {
		const slot = this.#alerts;
		if (analysis.redFlags.length === 0) {
			slot.replaceChildren();
			return;
		}
		const emergency = analysis.redFlags.some((f) => f.urgency === 'emergency');
		const list = el('ul');
		for (const f of analysis.redFlags) {
			const item = el('li');
			item.append(el('strong', `${f.label}: `), f.action);
			list.append(item);
		}
		const alert = el('div', undefined, { role: 'alert', 'data-red-flag': '', class: 'kb-alert' });
		alert.append(
			el('p', emergency ? 'Emergency: get medical help now.' : 'Get medical help urgently.', {
				class: 'kb-alert__title',
			}),
			list,
			para(['Read the red flags page', href(sitePath.redFlags)]),
			el('p', 'The list below does not change this advice.'),
		);
		// Replace only when the content changes, so screen readers do not hear the alert again on every click.
		if (slot.textContent !== alert.textContent) slot.replaceChildren(alert);
	}

	#name(id: string): string {
		return this.#names.get(id) ?? id;
	}

	/** The list: one item per condition in rank order, ties shown as ties, with its working. */
	#renderList(analysis: Analysis): void {
		this.#results.replaceChildren(
			...analysis.lines.map((line) => {
				const item = el('li', undefined, {
					'data-condition': line.id,
					'data-probability': String(line.probability),
					'data-rank': String(line.rank),
				});
				const head = el('p', undefined, { class: 'kb-dx-result' });
				const rank = el('span', `${line.rank}${line.tied ? '=' : ''}`, { class: 'kb-dx-rank' });
				if (line.tied) rank.append(el('span', ' (tied)', { class: 'sr-only' }));
				head.append(
					rank,
					el('a', line.name, { href: href(sitePath.condition(line.id)) }),
					el('span', line.label, { class: 'kb-dx-pct' }),
				);
				if (line.range && line.rank <= LEADING)
					head.append(el('span', `plausible ${rangeLabel(line.range)}`, { class: 'kb-dx-range' }));
				item.append(
					head,
					el('progress', undefined, {
						max: '1',
						value: String(line.probability),
						'aria-hidden': 'true',
					}),
					this.#working(line),
				);
				return item;
			}),
		);
		const [first] = analysis.lines;
		const tied = analysis.lines.filter((l) => first && l.label === first.label);
		this.#status.textContent = first
			? `List updated. ${tied.length > 1 ? 'Tied first' : 'First'}: ${tied.map((l) => l.name).join(', ')}, ${first.label}.`
			: 'Nothing chosen: no list.';
	}

	/** What moved a line, in words with ratios and their basis, its prior and source, and its range. */
	#working(line: Line): HTMLElement {
		const box = el('details', undefined, { class: 'kb-dx-why' });
		box.append(el('summary', 'Working'));
		box.append(el('p', this.#priorWords(line.prior, 'in this setting')));
		if (line.range)
			box.append(
				el(
					'p',
					`Plausible range, allowing for uncertain priors and ratios: ${rangeLabel(line.range)}.`,
				),
			);
		const moved = el('ul');
		for (const c of line.contributions) moved.append(el('li', describeContribution(c)));
		box.append(
			line.contributions.length > 0
				? moved
				: el('p', 'Nothing you chose bears on it directly; it moves only as the others do.'),
		);
		for (const sub of line.subCauses) {
			box.append(
				el(
					'p',
					`Within this family, ${sub.name}: ${percentLabel(sub.shareOfFamily)} of it (about ${percentLabel(sub.probability)} overall). ${this.#priorWords(sub.prior, 'of the family')}`,
				),
			);
			// Weights it inherits are the family's, listed above; only its own are new here.
			const own = sub.contributions.filter((c) => c.inheritedFrom === undefined);
			if (own.length > 0) {
				const list = el('ul');
				for (const c of own) list.append(el('li', describeContribution(c)));
				box.append(list);
			}
		}
		if (line.overlap)
			box.append(
				el(
					'p',
					`Often present together with ${line.overlap.with.map((id) => this.#name(id)).join(' and ')} (together ${percentLabel(line.overlap.combined)}): ${line.overlap.why}`,
				),
			);
		return box;
	}

	/** The reader has set a prior, so lines left alone may have been scaled to make room. */
	#overriding(): boolean {
		return Object.keys(this.#priors).length > 0;
	}

	#priorWords(prior: PriorUsed, where: string): string {
		const theirs = `${prior.basis === 'published' ? 'published' : 'default'} ${priorLabel(prior.setting)}`;
		const start = prior.overridden
			? `Your prior: ${priorLabel(prior.probability)} ${where}, ${theirs}.`
			: this.#overriding() && priorLabel(prior.probability) !== priorLabel(prior.setting)
				? `Prior: ${priorLabel(prior.probability)} ${where}, scaled from the ${theirs} to make room for yours.`
				: `Prior: ${priorLabel(prior.probability)} ${where} (plausible ${rangeLabel(prior.range)}).`;
		const basis =
			prior.basis === 'no-data'
				? 'No published figure; a cautious judgment:'
				: `${prior.basis === 'published' ? 'Source' : 'Derived from'}: ${prior.sourceLabel ?? 'see detail'}.`;
		const more =
			prior.furtherSources.length > 0
				? ` See also ${prior.furtherSources.map((s) => s.label).join('; ')}.`
				: '';
		return `${start} ${basis} ${prior.detail}${more}`;
	}

	/** The share kept for causes the list does not name. */
	#renderOther(analysis: Analysis): void {
		this.#other.hidden = analysis.empty;
		if (analysis.empty) return;
		const o = analysis.other;
		const prior = o.prior.overridden
			? ` Your prior: ${priorLabel(o.prior.probability)}, default ${priorLabel(o.prior.setting)}.`
			: this.#overriding() && priorLabel(o.prior.probability) !== priorLabel(o.prior.setting)
				? ` Prior: ${priorLabel(o.prior.probability)}, scaled from the default ${priorLabel(o.prior.setting)} to make room for yours.`
				: '';
		this.#other.textContent = `Something else (a cause not listed here): ${o.label}${o.range ? `, plausible ${rangeLabel(o.range)}` : ''}. ${o.prior.detail}${prior}`;
	}

	/** The most informative test not yet done, with what each result would do, and its calculator. */
	#renderNextTest(analysis: Analysis): void {
		const box = this.#nextTest;
		const next = analysis.nextTest;
		if (analysis.empty) {
			box.replaceChildren();
			return;
		}
		if (!next) {
			box.replaceChildren(
				el(
					'p',
					'None of the tests left to do would change this list by much, so none is suggested.',
				),
			);
			return;
		}
		box.replaceChildren(
			el('h3', 'Next best test'),
			para(
				[next.name, href(sitePath.test(next.id))],
				` (studied for ${this.#name(next.target)}). `,
				...next.effects.map((e) => `${describeEffect(e)} `),
			),
		);
		if (next.sharedWith.length > 0)
			box.append(
				el(
					'p',
					`It is expected to be positive in ${next.sharedWith.map((id) => this.#name(id)).join(' and ')} as often, so a result moves ${next.sharedWith.length > 1 ? 'them' : 'it'} too: together now ${percentLabel(next.groupNow)}, about ${percentLabel(next.groupIfPositive)} after a positive result and ${percentLabel(next.groupIfNegative)} after a negative one.`,
				),
			);
		box.append(
			para([
				`Check on the test page’s calculator, starting from ${percentLabel(next.groupNow)}`,
				href(sitePath.testCalculator(next.id, calculatorPercent(next.groupNow))),
			]),
		);
	}

	/** Each test result entered: the target before and after it, and the calculator that reproduces it. */
	#renderDone(analysis: Analysis): void {
		const box = this.#done;
		if (analysis.done.length === 0) {
			box.replaceChildren();
			return;
		}
		box.replaceChildren(
			el('h3', 'Test results entered'),
			...analysis.done.map((d) => {
				const item = el('div', undefined, {
					'data-test-done': d.id,
					'data-before': String(d.groupBefore),
					'data-after': String(d.groupAfter),
				});
				const what = `${d.name}, ${d.result} (×${ratioLabel(d.ratio)})`;
				if (!d.counted) {
					item.append(
						el(
							'p',
							`${what}: not counted, because it was studied in the same patients as ${this.#testName(d.instead)}; only the more telling result counts.`,
						),
					);
					return item;
				}
				item.append(
					el(
						'p',
						`${what}: ${this.#name(d.target)} from ${percentLabel(d.before)} before this result to ${percentLabel(d.after)} after it.`,
					),
				);
				if (d.shared)
					item.append(
						el(
							'p',
							`The test is expected to be positive as often in ${d.group
								.slice(1)
								.map((id) => this.#name(id))
								.join(
									' and ',
								)}, so the helper moves ${d.group.length > 2 ? 'them' : 'it'} too: together they go from ${percentLabel(d.groupBefore)} to ${percentLabel(d.groupAfter)}, as the test page’s calculator does from ${percentLabel(d.groupBefore)}.`,
						),
					);
				item.append(
					para([
						`Check it on the test page’s calculator, starting from ${percentLabel(d.groupBefore)}`,
						href(sitePath.testCalculator(d.id, calculatorPercent(d.groupBefore))),
					]),
				);
				return item;
			}),
		);
	}

	#testName(id: string | undefined): string {
		return this.#model.tests.find((t) => t.id === id)?.name ?? 'another test';
	}

	/**
	 * One short line that stays in view at the bottom of the screen while the reader answers. No link in
	 * it: a control in a bar that slides over the form would sit on top of the form's own controls.
	 */
	#renderSummary(analysis: Analysis): void {
		const [first] = analysis.lines;
		this.#summary.hidden = !first;
		if (!first) return;
		const tied = analysis.lines.filter((l) => l.label === first.label);
		this.#summary.replaceChildren(
			analysis.redFlags.length > 0 ? 'Warning sign chosen: see the alert above. ' : '',
			`${tied.length > 1 ? 'Tied first' : 'First'}: ${tied.map((l) => l.name).join(', ')} ${first.label}. `,
			analysis.other.probability > first.probability
				? `Something else, not listed, is more likely (${analysis.other.label}). `
				: '',
		);
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
