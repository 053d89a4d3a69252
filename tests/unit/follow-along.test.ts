import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	clockText,
	follow,
	followChoices,
	followPlan,
	followView,
	initialState,
	planAttributes,
	readPlan,
	type FollowEvent,
	type FollowPlan,
	type FollowState,
} from '../../src/lib/exercise/follow-along.ts';

/** Runs events from the start; returns every step. */
function run(plan: FollowPlan, events: FollowEvent[]) {
	let state: FollowState = initialState;
	return events.map((event) => {
		const step = follow(plan, state, event);
		state = step.state;
		return step;
	});
}
const last = <T>(xs: T[]) => xs[xs.length - 1]!;
const ticks = (n: number): FollowEvent[] => Array.from({ length: n }, () => 'tick');

const heldReps: FollowPlan = { sets: 2, reps: 3, holdSeconds: 5, restSeconds: 30, perSide: false };
const plainReps: FollowPlan = { sets: 2, reps: 2, restSeconds: 60, perSide: true };
const holdOnly: FollowPlan = { sets: 3, holdSeconds: 30, restSeconds: 15, perSide: false };

describe('followPlan', () => {
	it('takes the lower end of each range of the usual dose', () => {
		expect(
			followPlan({
				sets: { min: 2, max: 3 },
				reps: { min: 6, max: 10 },
				holdSeconds: { min: 5, max: 10 },
				perSide: true,
				restSeconds: { min: 30, max: 60 },
				frequency: { times: 1, per: 'day' },
			}),
		).toEqual({ sets: 2, reps: 6, holdSeconds: 5, restSeconds: 30, perSide: true });
		// A walking programme: one timed walk per set, in seconds.
		expect(
			followPlan({
				sets: { min: 6, max: 10 },
				holdSeconds: { min: 180, max: 300 },
				perSide: false,
				restSeconds: { min: 60, max: 300 },
				frequency: { times: 3, per: 'week' },
			}),
		).toEqual({ sets: 6, reps: undefined, holdSeconds: 180, restSeconds: 60, perSide: false });
	});
});

describe('followChoices', () => {
	const base = { perSide: false, frequency: { times: 1, per: 'day' as const } };

	it('offers every whole number within a ranged count, and a few round times within a ranged time', () => {
		const choices = followChoices({
			...base,
			sets: { min: 2, max: 3 },
			reps: { min: 8, max: 12 },
			holdSeconds: { min: 20, max: 30 },
			restSeconds: { min: 30, max: 60 },
		});
		expect(choices.map((c) => [c.name, c.label, c.options.map((o) => o.value)])).toEqual([
			['sets', 'Sets', [2, 3]],
			['reps', 'Repetitions in each set', [8, 9, 10, 11, 12]],
			['hold', 'Hold each repetition', [20, 25, 30]],
			['rest', 'Rest between sets', [30, 35, 40, 45, 50, 55, 60]],
		]);
		expect(choices[2]!.options.map((o) => o.words)).toEqual([
			'20 seconds',
			'25 seconds',
			'30 seconds',
		]);
	});

	it('counts a walk in minutes and keeps the list short', () => {
		const [sets, hold, rest] = followChoices({
			...base,
			sets: { min: 6, max: 10 },
			holdSeconds: { min: 180, max: 300 },
			restSeconds: { min: 60, max: 300 },
		});
		expect(sets!.options.map((o) => o.value)).toEqual([6, 7, 8, 9, 10]);
		expect(hold).toMatchObject({ label: 'Time for each set' });
		expect(hold!.options.map((o) => o.words)).toEqual(['3 minutes', '4 minutes', '5 minutes']);
		// 4 minutes in 1-minute steps is 5 values; 30-second steps would be 9, too many to scan.
		expect(rest!.options.map((o) => o.value)).toEqual([60, 120, 180, 240, 300]);
	});

	it('ends on the top of the range even when the step does not reach it evenly', () => {
		const [hold] = followChoices({
			...base,
			sets: { min: 1 },
			holdSeconds: { min: 30, max: 45 },
			restSeconds: { min: 30 },
		});
		expect(hold!.options.map((o) => o.value)).toEqual([30, 35, 40, 45]);
		const [odd] = followChoices({
			...base,
			sets: { min: 1 },
			holdSeconds: { min: 20, max: 97 },
			restSeconds: { min: 30 },
		});
		expect(odd!.options.map((o) => o.value)).toEqual([20, 35, 50, 65, 80, 95, 97]);
	});

	it('offers nothing for a single number, and no rest when there is only ever one set', () => {
		expect(
			followChoices({
				...base,
				sets: { min: 1 },
				reps: { min: 10 },
				restSeconds: { min: 30, max: 60 },
			}),
		).toEqual([]);
		expect(
			followChoices({
				...base,
				sets: { min: 3, max: 3 },
				holdSeconds: { min: 30 },
				restSeconds: { min: 15, max: 30 },
			}).map((c) => c.name),
		).toEqual(['rest']);
	});
});

describe('readPlan and planAttributes', () => {
	it('read back the plan the page wrote', () => {
		for (const plan of [heldReps, plainReps, holdOnly]) {
			const dataset = Object.fromEntries(
				Object.entries(planAttributes(plan))
					.filter(([, v]) => v !== undefined)
					.map(([k, v]) => [k.slice(5).replace(/-(\w)/g, (_, c: string) => c.toUpperCase()), v]),
			);
			expect(readPlan(dataset)).toEqual({
				...plan,
				reps: plan.reps,
				holdSeconds: plan.holdSeconds,
			});
		}
	});
	it('fails loudly on anything that is not a plan', () => {
		expect(() => readPlan({ reps: '10' })).toThrow(/sets/);
		expect(() => readPlan({ sets: '3' })).toThrow(/reps, a hold/);
		expect(() => readPlan({ sets: '0', reps: '10' })).toThrow(/sets="0"/);
		expect(() => readPlan({ sets: '3', reps: '2.5' })).toThrow(/reps="2.5"/);
		expect(() => readPlan({ sets: '3', hold: 'x' })).toThrow(/hold="x"/);
		expect(readPlan({ sets: '3', reps: '10' })).toEqual({
			sets: 3,
			reps: 10,
			holdSeconds: undefined,
			restSeconds: 0,
			perSide: false,
		});
	});
});

describe('clockText', () => {
	it('writes minutes and two-digit seconds', () => {
		expect(clockText(5)).toBe('0:05');
		expect(clockText(30)).toBe('0:30');
		expect(clockText(180)).toBe('3:00');
		expect(clockText(61)).toBe('1:01');
	});
});

describe('follow: repetitions with a hold (2 sets of 3, holding each for 5 seconds, rest 30 s)', () => {
	it('counts the hold down, then waits for the reader before the next repetition', () => {
		const steps = run(heldReps, ['start', ...ticks(4)]);
		expect(steps[0]!.announce).toBe('Set 1 of 2, rep 1 of 3: hold for 5 seconds.');
		expect(last(steps).state).toMatchObject({ phase: 'hold', remaining: 1, rep: 1 });
		// Plain seconds are not announced and give no cue.
		expect(steps.slice(1).every((s) => s.announce === undefined && !s.cue)).toBe(true);
		const end = follow(heldReps, last(steps).state, 'tick');
		expect(end.cue).toBe(true);
		expect(end.announce).toBe('Hold done. Next: Set 1 of 2, rep 2 of 3.');
		expect(end.state).toMatchObject({ phase: 'between', rep: 2, completed: 1 });
		// Time does not run while the reader relaxes.
		expect(follow(heldReps, end.state, 'tick').state).toEqual(end.state);
	});

	it('rests for the rest period after the last repetition of a set, then starts set 2', () => {
		const hold = ['next', ...ticks(5)] as FollowEvent[];
		const steps = run(heldReps, [...hold, ...hold, ...hold]);
		expect(last(steps).announce).toBe('Hold done. Set 1 of 2 done. Rest for 30 seconds.');
		expect(last(steps).state).toMatchObject({ phase: 'rest', remaining: 30, completed: 3 });
		let state = last(steps).state;
		for (let i = 0; i < 29; i++) state = follow(heldReps, state, 'tick').state;
		const over = follow(heldReps, state, 'tick');
		expect(over.cue).toBe(true);
		expect(over.announce).toBe('Rest over. Next: Set 2 of 2, rep 1 of 3.');
		expect(over.state).toMatchObject({ phase: 'between', set: 2, rep: 1 });
		expect(followView(heldReps, over.state)).toMatchObject({ clock: '0:05', next: 'Next' });
	});

	it('ends after the last hold of the last set', () => {
		const hold = ['next', ...ticks(5)] as FollowEvent[];
		const steps = run(heldReps, [...hold, ...hold, ...hold, 'next', ...hold, ...hold, ...hold]);
		expect(last(steps).announce).toBe('Hold done. All 2 sets done.');
		expect(last(steps).state).toMatchObject({ phase: 'done', completed: 6 });
		expect(followView(heldReps, last(steps).state).nextEnabled).toBe(false);
		expect(follow(heldReps, last(steps).state, 'next').state).toEqual(last(steps).state);
	});

	it('lets the reader end a hold early and skip the rest', () => {
		const steps = run(heldReps, ['start', 'next']);
		expect(last(steps).state).toMatchObject({ phase: 'between', rep: 2, completed: 1 });
		expect(last(steps).cue).toBeUndefined();
		// Each hold takes two presses: one starts it, one ends it.
		const rest = run(heldReps, ['start', 'next', 'next', 'next', 'next', 'next', 'next']);
		expect(rest[5]!.state.phase).toBe('rest');
		expect(last(rest).state).toMatchObject({ phase: 'between', set: 2 });
	});
});

describe('follow: repetitions without a hold (2 sets of 2, each side, rest 60 s)', () => {
	it('counts each Done rep and says where the reader is', () => {
		const steps = run(plainReps, ['next', 'next', 'next']);
		expect(steps.map((s) => s.announce)).toEqual([
			'Set 1 of 2, rep 1 of 2.',
			'Set 1 of 2, rep 2 of 2.',
			'Set 1 of 2 done. Rest for 1 minute.',
		]);
		expect(followView(plainReps, steps[0]!.state)).toMatchObject({
			position: 'Set 1 of 2, rep 1 of 2',
			clock: '',
			next: 'Done rep',
			toggleEnabled: false,
		});
		expect(followView(plainReps, last(steps).state).clock).toBe('1:00');
		const after = run(plainReps, ['next', 'next', 'next', ...ticks(60), 'next', 'next']);
		expect(after[62]!.announce).toBe('Rest over. Set 2 of 2, rep 1 of 2.');
		expect(last(after).announce).toBe('All 2 sets done. Reset to count the other side.');
	});

	it('goes straight on to the next set when the dose has no rest', () => {
		const plan = { ...plainReps, restSeconds: 0, perSide: false };
		const steps = run(plan, ['next', 'next', 'next']);
		expect(last(steps).announce).toBe('Set 1 of 2 done. Set 2 of 2, rep 1 of 2.');
		expect(last(steps).state).toMatchObject({ phase: 'rep', set: 2, rep: 1 });
	});
});

describe('follow: holds without repetitions (3 sets, holding for 30 seconds)', () => {
	it('says the set, not a repetition, and times the hold', () => {
		const steps = run(holdOnly, ['start', ...ticks(30)]);
		expect(steps[0]!.announce).toBe('Set 1 of 3: hold for 30 seconds.');
		expect(followView(holdOnly, steps[10]!.state)).toMatchObject({ clock: '0:20', label: 'Hold' });
		expect(last(steps).announce).toBe('Hold done. Set 1 of 3 done. Rest for 15 seconds.');
	});
});

describe('follow: a round in minutes (a walk: 6 sets of 3 minutes, rest 1 minute)', () => {
	const walk: FollowPlan = { sets: 6, holdSeconds: 180, restSeconds: 60, perSide: false };
	it('says go and time up rather than hold, and shows minutes', () => {
		const steps = run(walk, ['start', ...ticks(1)]);
		expect(steps[0]!.announce).toBe('Set 1 of 6: go for 3 minutes.');
		expect(followView(walk, last(steps).state)).toMatchObject({
			clock: '2:59',
			label: 'Go',
			next: 'End early',
		});
		const end = run(walk, ['start', ...ticks(180)]);
		expect(last(end).announce).toBe('Time up. Set 1 of 6 done. Rest for 1 minute.');
		expect(run(walk, ['start', ...ticks(90)])[0]!.announce).not.toMatch(/hold/);
	});
	it('keeps a hold of under a minute, or of odd seconds, a hold', () => {
		expect(run({ ...walk, holdSeconds: 90 }, ['start'])[0]!.announce).toBe(
			'Set 1 of 6: hold for 1 minute 30 seconds.',
		);
	});
});

describe('follow: Start, Pause and Reset', () => {
	it('pauses the clock and starts it again', () => {
		const steps = run(holdOnly, ['start', 'tick', 'pause', ...ticks(10), 'pause', 'start', 'tick']);
		expect(steps[2]!.announce).toBe('Paused.');
		expect(steps[12]!.state.remaining).toBe(29);
		expect(followView(holdOnly, steps[12]!.state)).toMatchObject({
			toggle: 'Start',
			label: 'Paused: time left',
		});
		expect(steps[13]!.announce).toBeUndefined();
		expect(steps[14]!.announce).toBe('Going again.');
		expect(last(steps).state.remaining).toBe(28);
		// Start while the clock runs, and Pause with no clock, change nothing.
		expect(follow(holdOnly, last(steps).state, 'start').state).toEqual(last(steps).state);
		expect(follow(plainReps, initialState, 'pause').state).toBe(initialState);
	});

	it('Reset returns to the beginning', () => {
		const step = follow(heldReps, run(heldReps, ['start', 'tick', 'next'])[2]!.state, 'reset');
		expect(step.state).toEqual(initialState);
		expect(step.announce).toBe('Reset. Set 1 of 2, rep 1 of 3.');
		expect(followView(heldReps, step.state)).toMatchObject({ next: 'Start', clock: '0:05' });
	});
});

describe('follow: properties', () => {
	const plans = fc
		.record({
			sets: fc.integer({ min: 1, max: 5 }),
			reps: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
			holdSeconds: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
			restSeconds: fc.integer({ min: 0, max: 20 }),
			perSide: fc.boolean(),
		})
		.filter((p) => p.reps !== undefined || p.holdSeconds !== undefined) as fc.Arbitrary<FollowPlan>;
	const events = fc.array(
		fc.constantFrom<FollowEvent>('start', 'pause', 'tick', 'next', 'reset', 'tick', 'next'),
		{
			maxLength: 300,
		},
	);

	it('never counts more repetitions than sets × reps, and keeps set and rep in range', () => {
		fc.assert(
			fc.property(plans, events, (plan, evs) => {
				for (const { state } of run(plan, evs)) {
					expect(state.completed).toBeLessThanOrEqual(plan.sets * (plan.reps ?? 1));
					expect(state.set).toBeGreaterThanOrEqual(1);
					expect(state.set).toBeLessThanOrEqual(plan.sets);
					expect(state.rep).toBeLessThanOrEqual(plan.reps ?? 1);
					expect(state.remaining).toBeGreaterThanOrEqual(0);
				}
			}),
		);
	});

	it('reset from anywhere returns to the initial state', () => {
		fc.assert(
			fc.property(plans, events, (plan, evs) => {
				const state = last([{ state: initialState }, ...run(plan, evs)]).state;
				expect(follow(plan, state, 'reset').state).toEqual(initialState);
			}),
		);
	});

	it('while paused, time changes nothing', () => {
		fc.assert(
			fc.property(plans, events, fc.integer({ min: 1, max: 50 }), (plan, evs, n) => {
				const state = last([{ state: initialState }, ...run(plan, evs)]).state;
				const paused = follow(plan, state, 'pause').state;
				let s = paused;
				for (let i = 0; i < n; i++) s = follow(plan, s, 'tick').state;
				expect(s).toEqual(paused);
			}),
		);
	});

	it('following the plan with Next and the clock finishes with every repetition counted', () => {
		fc.assert(
			fc.property(plans, (plan) => {
				let state = initialState;
				for (let guard = 0; state.phase !== 'done' && guard < 10_000; guard++) {
					const timed = state.phase === 'hold' || state.phase === 'rest';
					state = follow(plan, state, timed ? 'tick' : 'next').state;
				}
				expect(state.phase).toBe('done');
				expect(state.completed).toBe(plan.sets * (plan.reps ?? 1));
			}),
		);
	});
});
