import { describe, expect, it } from 'vitest';
import { pointsTowards } from '../../src/lib/key-findings.ts';

describe('pointsTowards', () => {
	it.each([
		[{ grade: 'strong' }, true],
		[{ grade: 'weak' }, true],
		[{ grade: 'against' }, false],
		[{ lr: { value: 7.4 } }, true],
		[{ lr: { value: 0.4 } }, false],
		[{ lr: { value: 1 } }, false],
	])('%j → %s', (k, expected) => {
		expect(pointsTowards(k)).toBe(expected);
	});
});
