import { describe, expect, it } from 'vitest';
import { pointsTowards } from '../../src/lib/key-findings.ts';

describe('pointsTowards', () => {
	it.each([
		[{ grade: 'strong' }, true],
		[{ grade: 'weak' }, true],
		[{ grade: 'against' }, false],
		[{ grade: 'excludes' }, false],
		[{ lr: { present: 7.4 } }, true],
		[{ lr: { present: 0.4 } }, false],
		[{ lr: { present: 1 } }, false],
		// Present in 60 % with the condition and 20 % without: LR+ 3.
		[{ frequency: { sensitivity: 0.6, specificity: 0.8 } }, true],
		// Present in 10 % with the condition and 30 % without: LR+ 0.33.
		[{ frequency: { sensitivity: 0.1, specificity: 0.7 } }, false],
	])('%j → %s', (k, expected) => {
		expect(pointsTowards(k)).toBe(expected);
	});
});
