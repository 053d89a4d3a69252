/**
 * Follow-along mode of an exercise page (src/components/exercise/kb-follow-along.ts): a hold timer
 * and a set and repetition counter as a pure state machine. The element owns the clock and the
 * DOM; this module decides what happens on each event and what to say about it, so every rule
 * can be tested without a browser.
 *
 * The plan is the exercise's usual dose (./dosage.ts usualDose) at the lower end of each range: the
 * dose a patient starts at, and the one the page's words begin with. A dose in minutes (the walking
 * programme: "6–10 sets of 3–5 minutes") gets the same timer counting minutes and seconds, one
 * "hold" per walk, since a walk timed by the phone is as useful as a held stretch.
 */
import { durationWords, usualDose, type Dosage } from './dosage.ts';

/** What the counter follows: whole numbers, the lower end of each range in the dose. */
export interface FollowPlan {
	sets: number;
	/** Repetitions per set; absent when a set is one hold ("3 sets, holding for 30 seconds"). */
	reps?: number | undefined;
	/** Seconds each repetition (or each set, without reps) is held; absent for plain repetitions. */
	holdSeconds?: number | undefined;
	/** Seconds of rest between sets. */
	restSeconds: number;
	/** The dose is for each side: the counter follows one side at a time. */
	perSide: boolean;
}

/**
 * Where the reader is:
 * - `ready`: not started;
 * - `hold`: a hold (or a timed walk) is counting down;
 * - `rep`: a repetition without a hold, waiting for "Done rep";
 * - `between`: a hold or the rest has ended; the next hold starts when the reader is ready;
 * - `rest`: the rest between sets is counting down;
 * - `done`: every set is done.
 */
export type Phase = 'ready' | 'hold' | 'rep' | 'between' | 'rest' | 'done';

export interface FollowState {
	phase: Phase;
	/** The set being done, from 1. */
	set: number;
	/** The repetition being done in the set, from 1 (always 1 when the plan has no repetitions). */
	rep: number;
	/** Whole seconds left of the hold or rest; 0 in the other phases. */
	remaining: number;
	/** The reader paused the timer: ticks change nothing until Start. */
	paused: boolean;
	/** Repetitions (or holds, without repetitions) finished so far. */
	completed: number;
}

/** `tick` is one second of the clock; `next` is the big button ("Done rep", "Next"). */
export type FollowEvent = 'start' | 'pause' | 'tick' | 'next' | 'reset';

export interface FollowStep {
	state: FollowState;
	/** What the live region says, when something worth saying happened (never a plain second). */
	announce?: string | undefined;
	/** A hold or a rest ran out on its own: the moment for the optional beep or vibration. */
	cue?: boolean | undefined;
}

/** The plan from an exercise's dosage, at the lower end of each range. */
export function followPlan(dosage: Dosage): FollowPlan {
	const dose = usualDose(dosage);
	return {
		sets: dose.sets.min,
		reps: dose.reps?.min,
		holdSeconds: dose.holdSeconds?.min,
		restSeconds: dosage.restSeconds.min,
		perSide: dosage.perSide,
	};
}

/** A part of the plan the reader may set within the dose's range, and the attribute that holds it. */
export type FollowChoiceName = 'sets' | 'reps' | 'hold' | 'rest';

export interface FollowChoice {
	name: FollowChoiceName;
	/** The control's label: "Sets", "Repetitions in each set", "Hold", "Rest between sets". */
	label: string;
	/** The values on offer, lowest (the plan's start) first, each with its words. */
	options: Array<{ value: number; words: string }>;
}

/**
 * Steps for a time range: the smallest that keeps the list short (at most 7 values) and lands on
 * round seconds, or whole minutes, that a reader would count in.
 */
const TIME_STEPS = [1, 5, 10, 15, 30, 60];
const MOST_OPTIONS = 7;

function timeOptions(range: { min: number; max: number }): number[] {
	const span = range.max - range.min;
	// A range the page words in whole minutes ("3–5 minutes") is offered in whole minutes too.
	const inMinutes = /minutes?$/.test(durationWords(range));
	const steps = inMinutes ? TIME_STEPS.filter((s) => s % 60 === 0).concat(120, 300) : TIME_STEPS;
	const step = steps.find((s) => span / s <= MOST_OPTIONS - 1) ?? span;
	const values: number[] = [];
	for (let v = range.min; v < range.max; v += step) values.push(v);
	return [...values, range.max];
}

const countOptions = (range: { min: number; max: number }): number[] =>
	Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);

/**
 * The parts of the dose given as a range ("2–3 sets", "20–30 seconds"), as choices for the
 * follow-along panel. The plan starts at the lower end; a reader who has built up picks a value
 * within the range here, never beyond it (going further is a question for their clinician).
 */
export function followChoices(dosage: Dosage): FollowChoice[] {
	const dose = usualDose(dosage);
	const ranged = (range: { min: number; max?: number | undefined } | undefined) =>
		range?.max !== undefined && range.max > range.min
			? { min: range.min, max: range.max }
			: undefined;
	const choices: FollowChoice[] = [];
	type Range = { min: number; max: number };
	const offer = (
		name: FollowChoiceName,
		label: string,
		range: Range | undefined,
		values: (range: Range) => number[],
		words: (value: number) => string,
	) => {
		if (range)
			choices.push({
				name,
				label,
				options: values(range).map((value) => ({ value, words: words(value) })),
			});
	};
	offer('sets', 'Sets', ranged(dose.sets), countOptions, String);
	offer('reps', 'Repetitions in each set', ranged(dose.reps), countOptions, String);
	const hold = ranged(dose.holdSeconds);
	const round = hold && dose.reps === undefined && /minutes?$/.test(durationWords(hold));
	const holdLabel = dose.reps ? 'Hold each repetition' : round ? 'Time for each set' : 'Hold';
	offer('hold', holdLabel, hold, timeOptions, timeWords);
	// A rest comes only between sets.
	if ((dose.sets.max ?? dose.sets.min) > 1)
		offer('rest', 'Rest between sets', ranged(dosage.restSeconds), timeOptions, timeWords);
	return choices;
}

/** Reads a plan back from the element's attributes; throws on anything that is not a plan. */
export function readPlan(attributes: Record<string, string | undefined>): FollowPlan {
	const whole = (name: string, min: number): number | undefined => {
		const raw = attributes[name];
		if (raw === undefined || raw === '') return undefined;
		const value = Number(raw);
		if (!Number.isInteger(value) || value < min)
			throw new Error(`follow-along: ${name}="${raw}" is not a whole number ≥ ${min}`);
		return value;
	};
	const sets = whole('sets', 1);
	if (sets === undefined) throw new Error('follow-along: the plan needs sets');
	const reps = whole('reps', 1);
	const holdSeconds = whole('hold', 1);
	if (reps === undefined && holdSeconds === undefined)
		throw new Error('follow-along: the plan needs reps, a hold or both');
	return {
		sets,
		reps,
		holdSeconds,
		restSeconds: whole('rest', 0) ?? 0,
		perSide: attributes['perSide'] === 'true',
	};
}

/** The plan as the element's data attributes (the inverse of readPlan). */
export function planAttributes(plan: FollowPlan): Record<string, string | undefined> {
	return {
		'data-sets': String(plan.sets),
		'data-reps': plan.reps === undefined ? undefined : String(plan.reps),
		'data-hold': plan.holdSeconds === undefined ? undefined : String(plan.holdSeconds),
		'data-rest': String(plan.restSeconds),
		'data-per-side': String(plan.perSide),
	};
}

export const initialState: FollowState = Object.freeze({
	phase: 'ready',
	set: 1,
	rep: 1,
	remaining: 0,
	paused: false,
	completed: 0,
});

/**
 * A set timed in minutes without repetitions is a round of activity (a walk), not a held position,
 * the same reading as ./dosage.ts doseWords: the words say "go" and "time up" rather than "hold".
 */
function isRound(plan: FollowPlan): boolean {
	return (
		plan.reps === undefined &&
		plan.holdSeconds !== undefined &&
		/minutes?$/.test(durationWords({ min: plan.holdSeconds }))
	);
}

/** Repetitions (or holds) in one set. */
const perSet = (plan: FollowPlan) => plan.reps ?? 1;

/** "Set 2 of 3, rep 4 of 10" (no rep without repetitions). */
export function positionWords(plan: FollowPlan, state: FollowState): string {
	const set = `Set ${state.set} of ${plan.sets}`;
	return plan.reps === undefined ? set : `${set}, rep ${state.rep} of ${plan.reps}`;
}

/** "0:30"-style time for a hold or rest; minutes and seconds, since walks run for minutes. */
export function clockText(seconds: number): string {
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}

/** Time in words for the live region: "30 seconds", "3 minutes", "1 minute 30 seconds". */
function timeWords(seconds: number): string {
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	const parts = [
		m > 0 ? `${m} ${m === 1 ? 'minute' : 'minutes'}` : '',
		s > 0 || m === 0 ? `${s} ${s === 1 ? 'second' : 'seconds'}` : '',
	];
	return parts.filter(Boolean).join(' ');
}

/** Begins the repetition (or hold) the state points at. */
function begin(plan: FollowPlan, state: FollowState): FollowStep {
	const where = positionWords(plan, state);
	if (plan.holdSeconds === undefined)
		return {
			state: { ...state, phase: 'rep', remaining: 0, paused: false },
			announce: `${where}.`,
		};
	return {
		state: { ...state, phase: 'hold', remaining: plan.holdSeconds, paused: false },
		announce: `${where}: ${isRound(plan) ? 'go' : 'hold'} for ${timeWords(plan.holdSeconds)}.`,
	};
}

/** The repetition or hold in progress is finished (by the reader or by the timer). */
function finish(plan: FollowPlan, state: FollowState, lead: string): FollowStep {
	const completed = state.completed + 1;
	if (state.rep < perSet(plan)) {
		const next = { ...state, rep: state.rep + 1, completed, remaining: 0 };
		// Without a hold the next repetition is simply counted; a hold waits for the reader.
		if (plan.holdSeconds === undefined) return withLead(lead, begin(plan, next));
		return {
			state: { ...next, phase: 'between', paused: false },
			announce: `${lead}Next: ${positionWords(plan, next)}.`,
		};
	}
	if (state.set < plan.sets) {
		const setDone = `${lead}Set ${state.set} of ${plan.sets} done.`;
		if (plan.restSeconds > 0)
			return {
				state: { ...state, phase: 'rest', remaining: plan.restSeconds, completed, paused: false },
				announce: `${setDone} Rest for ${timeWords(plan.restSeconds)}.`,
			};
		return withLead(`${setDone} `, afterRest(plan, { ...state, completed }));
	}
	const other = plan.perSide ? ' Reset to count the other side.' : '';
	return {
		state: { ...state, phase: 'done', remaining: 0, completed, paused: false },
		announce: `${lead}All ${plan.sets} ${plan.sets === 1 ? 'set' : 'sets'} done.${other}`,
	};
}

/** The rest is over: the next set's first repetition, or a wait for the reader before its hold. */
function afterRest(plan: FollowPlan, state: FollowState): FollowStep {
	const next = { ...state, set: state.set + 1, rep: 1, remaining: 0, paused: false };
	if (plan.holdSeconds === undefined) return begin(plan, next);
	return {
		state: { ...next, phase: 'between' },
		announce: `Next: ${positionWords(plan, next)}.`,
	};
}

function withLead(lead: string, step: FollowStep): FollowStep {
	return { ...step, announce: `${lead}${step.announce ?? ''}` };
}

/** The big button: begin, finish the repetition or hold, skip the rest; nothing once done. */
function next(plan: FollowPlan, state: FollowState): FollowStep {
	switch (state.phase) {
		case 'ready':
		case 'between':
			return begin(plan, state);
		case 'rep':
		case 'hold':
			return finish(plan, state, '');
		case 'rest':
			return afterRest(plan, state);
		case 'done':
			return { state };
	}
}

/** The state after `event`, and what to announce. Never mutates `state`. */
export function follow(plan: FollowPlan, state: FollowState, event: FollowEvent): FollowStep {
	switch (event) {
		case 'reset':
			return { state: initialState, announce: `Reset. ${positionWords(plan, initialState)}.` };
		case 'pause':
			if (state.paused || (state.phase !== 'hold' && state.phase !== 'rest')) return { state };
			return { state: { ...state, paused: true }, announce: 'Paused.' };
		case 'start':
			if (state.phase === 'ready' || state.phase === 'between') return begin(plan, state);
			if (!state.paused) return { state };
			return { state: { ...state, paused: false }, announce: 'Going again.' };
		case 'next':
			return next(plan, state);
		case 'tick': {
			if (state.paused || (state.phase !== 'hold' && state.phase !== 'rest')) return { state };
			if (state.remaining > 1) return { state: { ...state, remaining: state.remaining - 1 } };
			const ended =
				state.phase === 'hold'
					? finish(plan, state, isRound(plan) ? 'Time up. ' : 'Hold done. ')
					: withLead('Rest over. ', afterRest(plan, state));
			return { ...ended, cue: true };
		}
	}
}

/** What the panel shows for a state: the counter, the clock and the labels of the buttons. */
export interface FollowView {
	position: string;
	/** The clock ("0:25") during a hold or rest; the hold length before it starts; empty otherwise. */
	clock: string;
	/** What the clock is counting, or what to do now. */
	label: string;
	/** The big button's words. */
	next: string;
	/** The big button does something. */
	nextEnabled: boolean;
	/** The Start / Pause button: which one it is now, and whether it does anything. */
	toggle: 'Start' | 'Pause';
	toggleEnabled: boolean;
}

export function followView(plan: FollowPlan, state: FollowState): FollowView {
	const timed = state.phase === 'hold' || state.phase === 'rest';
	const held = plan.holdSeconds !== undefined;
	const labels: Record<Phase, string> = {
		ready: held ? 'Press Start when you are ready.' : 'Press Start, then do each repetition.',
		hold: state.paused ? 'Paused: time left' : isRound(plan) ? 'Go' : 'Hold',
		rep: 'Do the repetition, then press Done rep.',
		between: 'Relax. Press Next when you are ready.',
		rest: state.paused ? 'Paused: rest left' : 'Rest',
		done: plan.perSide ? 'All sets done. Reset for the other side.' : 'All sets done. Well done.',
	};
	const nextLabels: Record<Phase, string> = {
		ready: 'Start',
		hold: isRound(plan) ? 'End early' : 'End hold',
		rep: 'Done rep',
		between: 'Next',
		rest: 'Skip rest',
		done: 'Done',
	};
	return {
		position: positionWords(plan, state),
		clock: timed
			? clockText(state.remaining)
			: held && (state.phase === 'ready' || state.phase === 'between')
				? clockText(plan.holdSeconds!)
				: '',
		label: labels[state.phase],
		next: nextLabels[state.phase],
		nextEnabled: state.phase !== 'done',
		toggle: timed && !state.paused ? 'Pause' : 'Start',
		toggleEnabled: timed || state.phase === 'ready' || state.phase === 'between',
	};
}
