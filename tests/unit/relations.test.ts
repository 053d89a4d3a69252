import { describe, expect, it } from 'vitest';
import { mergeRelated } from '../../src/lib/relations.ts';

describe('mergeRelated', () => {
	it('keeps an entry’s own order first, then adds entries that list it, each once', () => {
		expect(mergeRelated(['b', 'a'], ['c', 'a', 'd'])).toEqual(['b', 'a', 'c', 'd']);
		expect(mergeRelated([], ['x'])).toEqual(['x']);
	});
});
