import { describe, expect, it } from 'vitest';
import { helperStudyId } from '../../src/lib/helper-study.ts';

describe('helperStudyId', () => {
	const accuracy = [{ id: 'a' }, { id: 'b' }];
	it('uses the study the content names, else the only study', () => {
		expect(helperStudyId({ accuracy, differential: { study: 'b', why: 'x' } })).toBe('b');
		expect(helperStudyId({ accuracy: [{ id: 'a' }] })).toBe('a');
	});
	it('uses none when the content keeps the test out of the helper, or it has no study', () => {
		expect(helperStudyId({ accuracy, differential: { excluded: true, why: 'x' } })).toBeUndefined();
		expect(helperStudyId({ accuracy: [] })).toBeUndefined();
	});
});
