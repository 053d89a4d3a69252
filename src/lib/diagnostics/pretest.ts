/**
 * What the post-test calculator accepts as a pre-test probability, from its input or from the
 * page's `?pre=<percent>` (the differential helper links to `/tests/<id>/?pre=<n>#calculator`).
 * Runs in the browser inside <kb-posttest>.
 */

export type PreTestReading =
	| { kind: 'value'; probability: number }
	| { kind: 'empty' }
	/** 0 % or 100 %: certain already, so no test result can move it. */
	| { kind: 'boundary'; percent: 0 | 100 }
	| { kind: 'invalid' };

// Plain decimal percentages only ("30", "12.5", ".5"): no signs, exponents, units or hex, which
// Number() would otherwise accept ("1e1", "0x1f", " 30 ").
const decimal = /^(?:\d{1,3}(?:\.\d+)?|\.\d+)$/;

/** Reads a percentage typed by the reader or carried in a link. */
export function readPreTest(text: string): PreTestReading {
	const trimmed = text.trim();
	if (trimmed === '') return { kind: 'empty' };
	if (!decimal.test(trimmed)) return { kind: 'invalid' };
	const percent = Number(trimmed);
	if (percent === 0 || percent === 100) return { kind: 'boundary', percent };
	if (!(percent > 0 && percent < 100)) return { kind: 'invalid' };
	return { kind: 'value', probability: percent / 100 };
}

/**
 * The pre-test probability a page address carries in `?pre=`, or undefined when it carries none that
 * a test could move (absent, repeated with different values, malformed, 0, 100 or out of range).
 */
export function preTestFromQuery(search: string): number | undefined {
	const values = new URLSearchParams(search).getAll('pre');
	if (values.length === 0 || values.some((v) => v !== values[0])) return undefined;
	const reading = readPreTest(values[0]!);
	return reading.kind === 'value' ? reading.probability : undefined;
}
