/**
 * <kb-follow-along>: follow-along mode of an exercise page, a hold timer and a set and repetition
 * counter. The rules live in src/lib/exercise/follow-along.ts; this element keeps the clock, draws
 * the state and plays the optional cues. It stores nothing and loads nothing: once the page is
 * loaded it works offline.
 *
 * Markup (FollowAlong.astro renders it; parts marked * are required):
 *
 *     <kb-follow-along data-sets="2" data-reps="6" data-hold="5" data-rest="30" data-per-side="true">*
 *       <p data-follow-fallback>              shown until the element runs (no JavaScript: count yourself)
 *       <div data-follow-panel hidden>*       shown once the element runs
 *         [data-follow-position]*             "Set 1 of 2, rep 1 of 6"
 *         [data-follow-clock]*                "0:05" during a hold or rest
 *         [data-follow-label]*                what the clock counts, or what to do now
 *         <button data-follow-next>*          the big button: Start, Done rep, Next, End hold, Skip rest
 *         <button data-follow-toggle>*        Start / Pause
 *         <button data-follow-reset>*         Reset
 *         <input type="checkbox" data-follow-sound>*    beep at the end of each hold and rest (off)
 *         <input type="checkbox" data-follow-vibrate>*  vibrate then too (off; hidden without support)
 *         [data-follow-status]*               polite live region: set and rep changes, hold end
 *         <select data-follow-choose="sets|reps|hold|rest">   optional: a value within the dose's
 *                                             range; choosing one rewrites that data-* attribute
 *                                             of the plan and starts the counter again
 *     </kb-follow-along>
 *
 * The clock counts whole seconds from when it was started, reading Date.now() on each interval, so
 * a phone that slows timers in the background still shows the right time when it wakes.
 */
import {
	follow,
	followView,
	initialState,
	readPlan,
	type FollowEvent,
	type FollowPlan,
	type FollowState,
} from '../../lib/exercise/follow-along.ts';

/** How often the clock looks at the time: often enough that a second never shows late by much. */
const POLL_MS = 250;

export class KbFollowAlongElement extends HTMLElement {
	static define(
		tag = 'kb-follow-along',
		registry: CustomElementRegistry = customElements,
	): typeof KbFollowAlongElement {
		if (!registry.get(tag)) registry.define(tag, this);
		return this;
	}

	#plan!: FollowPlan;
	#state: FollowState = initialState;
	#parts!: {
		fallback: HTMLElement | null;
		panel: HTMLElement;
		position: HTMLElement;
		clock: HTMLElement;
		label: HTMLElement;
		next: HTMLButtonElement;
		toggle: HTMLButtonElement;
		reset: HTMLButtonElement;
		sound: HTMLInputElement;
		vibrate: HTMLInputElement;
		status: HTMLElement;
		choices: HTMLSelectElement[];
	};
	#timer: ReturnType<typeof setInterval> | undefined;
	/** When the running clock was last anchored, and how many of its seconds have been counted. */
	#anchor = 0;
	#counted = 0;
	#audio: AudioContext | undefined;

	connectedCallback(): void {
		this.#plan = readPlan({ ...this.dataset });
		const part = <T extends Element>(selector: string): T => {
			const found = this.querySelector<T>(selector);
			if (!found) throw new Error(`<${this.localName}> is missing its ${selector}`);
			return found;
		};
		this.#parts = {
			fallback: this.querySelector('[data-follow-fallback]'),
			panel: part('[data-follow-panel]'),
			position: part('[data-follow-position]'),
			clock: part('[data-follow-clock]'),
			label: part('[data-follow-label]'),
			next: part('button[data-follow-next]'),
			toggle: part('button[data-follow-toggle]'),
			reset: part('button[data-follow-reset]'),
			sound: part('input[data-follow-sound]'),
			vibrate: part('input[data-follow-vibrate]'),
			status: part('[data-follow-status]'),
			choices: [...this.querySelectorAll<HTMLSelectElement>('select[data-follow-choose]')],
		};
		const { next, toggle, reset, sound, vibrate, panel, fallback, choices } = this.#parts;
		for (const button of [next, toggle, reset]) button.addEventListener('click', this);
		for (const control of [sound, ...choices]) control.addEventListener('change', this);
		// Vibration only where the browser has it (not Safari on iPhone); the box hides otherwise.
		const vibrateLabel = vibrate.closest('label') ?? vibrate;
		(vibrateLabel as HTMLElement).hidden = typeof navigator.vibrate !== 'function';
		if (fallback) fallback.hidden = true;
		panel.hidden = false;
		this.#state = initialState;
		this.#render();
	}

	disconnectedCallback(): void {
		this.#stopClock();
		const { next, toggle, reset, sound, choices } = this.#parts;
		for (const button of [next, toggle, reset]) button.removeEventListener('click', this);
		for (const control of [sound, ...choices]) control.removeEventListener('change', this);
		void this.#audio?.close();
		this.#audio = undefined;
	}

	handleEvent(event: Event): void {
		const { next, toggle, reset, sound } = this.#parts;
		if (event.currentTarget === sound) {
			// A browser lets audio start only from a reader's action: make the context now.
			if (sound.checked) this.#audio ??= new AudioContext();
			return;
		}
		const choice = this.#parts.choices.find((c) => c === event.currentTarget);
		if (choice) {
			this.#choose(choice);
			return;
		}
		if (event.currentTarget === next) this.#apply('next');
		else if (event.currentTarget === reset) this.#apply('reset');
		else if (event.currentTarget === toggle)
			this.#apply(followView(this.#plan, this.#state).toggle === 'Pause' ? 'pause' : 'start');
	}

	/**
	 * A new value within the dose's range: the plan's attribute changes (so the plan is read the one
	 * way it always is) and the counter starts again, since a set half done to the old plan cannot
	 * be carried into the new one.
	 */
	#choose(choice: HTMLSelectElement): void {
		const name = choice.dataset['followChoose'];
		if (!name || !(name in this.dataset))
			throw new Error(
				`<${this.localName}>: data-follow-choose="${name}" names no part of the plan`,
			);
		this.dataset[name] = choice.value;
		this.#plan = readPlan({ ...this.dataset });
		this.#apply('reset');
	}

	#apply(event: FollowEvent): void {
		const before = this.#state;
		const step = follow(this.#plan, before, event);
		this.#state = step.state;
		if (step.announce) this.#parts.status.textContent = step.announce;
		if (step.cue) this.#cue();
		const timed = (s: FollowState) => (s.phase === 'hold' || s.phase === 'rest') && !s.paused;
		if (!timed(this.#state)) this.#stopClock();
		// A reader's action that starts a timed phase starts the clock afresh; a tick that runs from a
		// hold into the rest keeps the clock it has, so no second is lost between them.
		else if (event !== 'tick' || !this.#timer) this.#startClock();
		this.#render();
	}

	#startClock(): void {
		this.#stopClock();
		this.#anchor = Date.now();
		this.#counted = 0;
		this.#timer = setInterval(() => this.#poll(), POLL_MS);
	}

	#stopClock(): void {
		if (this.#timer !== undefined) clearInterval(this.#timer);
		this.#timer = undefined;
	}

	#poll(): void {
		const due = Math.floor((Date.now() - this.#anchor) / 1000);
		while (this.#counted < due && this.#timer !== undefined) {
			this.#counted += 1;
			this.#apply('tick');
		}
	}

	#render(): void {
		const view = followView(this.#plan, this.#state);
		const { position, clock, label, next, toggle } = this.#parts;
		position.textContent = view.position;
		clock.textContent = view.clock;
		clock.hidden = view.clock === '';
		label.textContent = view.label;
		next.textContent = view.next;
		next.disabled = !view.nextEnabled;
		toggle.textContent = view.toggle;
		toggle.disabled = !view.toggleEnabled;
		this.dataset.phase = this.#state.phase;
	}

	/** The end of a hold or rest: a short beep and a buzz, each only if the reader chose it. */
	#cue(): void {
		const { sound, vibrate } = this.#parts;
		if (sound.checked) {
			// Normally made when the box was ticked; made here after the element was moved in the page.
			const audio = (this.#audio ??= new AudioContext());
			void audio.resume();
			const tone = audio.createOscillator();
			const gain = audio.createGain();
			tone.frequency.value = 880;
			gain.gain.setValueAtTime(0.2, audio.currentTime);
			gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.25);
			tone.connect(gain).connect(audio.destination);
			tone.start();
			tone.stop(audio.currentTime + 0.25);
		}
		if (vibrate.checked && typeof navigator.vibrate === 'function') navigator.vibrate(200);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'kb-follow-along': KbFollowAlongElement;
	}
}

KbFollowAlongElement.define();
