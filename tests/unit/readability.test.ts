import { describe, expect, it } from 'vitest';
import { plainText, readability } from '../../src/lib/build/readability.ts';

describe('readability', () => {
	it('grades short plain sentences low and long technical ones high', () => {
		expect(readability('The cat sat on the mat. It was warm. We had tea.').grade).toBeLessThan(3);
		expect(
			readability(
				'Electrophysiological investigations demonstrated considerable interindividual variability in neuromuscular conduction characteristics.',
			).grade,
		).toBeGreaterThan(16);
	});

	it('counts each list line as a sentence', () => {
		const r = readability('Lie on your back\nBend your knees\nLift your hips');
		expect(r.sentences).toBe(3);
		expect(r.words).toBe(10);
	});

	it('strips markup before grading', () => {
		expect(plainText('See the [slump test](/tests/slump-test/) <Cite id="x" />, **now**.')).toBe(
			'See the slump test , now.',
		);
		expect(readability('').words).toBe(0);
	});
});
