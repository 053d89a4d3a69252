/**
 * The helper's method parameters: every number the reasoning needs that is not a prior or a weight
 * (how many simulations, the seed, how wide the spread of a graded weight is, when a test is worth
 * suggesting). They live in the frontmatter of content/differential/method.md, beside the text that
 * explains them, and are checked here with the file and field named, so the code holds none.
 */

export interface MethodParameters {
	uncertainty: {
		/** Monte Carlo draws per case. */
		samples: number;
		/** Seed of the pseudo-random generator: the same case always gives the same range. */
		seed: number;
		/** Share of the simulated values the plausible range holds (0.95 → 2.5th to 97.5th percentile). */
		coverage: number;
		/** Standard deviation of ln(ratio) for a graded weight (0.35: 95 % of draws within about ×/÷ 2). */
		gradedSpread: number;
		/** Standard deviation of ln(ratio) for a published ratio with neither interval nor counts. */
		spreadWithoutInterval: number;
	};
	nextTest: {
		/** A test is suggested only when its expected information gain reaches this many bits. */
		minimumGainBits: number;
		/** …and one of its results would move some line of the list by at least this much (a probability, 0.05 = 5 points). */
		minimumChange: number;
	};
}

export class MethodError extends Error {}

type Path = readonly (string | number)[];

function at(raw: unknown, path: Path): unknown {
	let value: unknown = raw;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[key];
	}
	return value;
}

/**
 * Reads and checks the parameters (the `parameters` block of method.md's frontmatter). Throws one
 * MethodError listing every problem as `file: field: problem`.
 */
export function parseMethodParameters(
	raw: unknown,
	file = 'content/differential/method.md',
): MethodParameters {
	const problems: string[] = [];
	const number = (path: Path, check: (n: number) => boolean, rule: string): number => {
		const value = at(raw, path);
		if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) {
			problems.push(`${file}: ${path.join('.')}: must be ${rule}, got ${JSON.stringify(value)}`);
			return Number.NaN;
		}
		return value;
	};
	const wholeAtLeast = (min: number) => (n: number) => Number.isInteger(n) && n >= min;
	const open01 = (n: number) => n > 0 && n < 1;
	const parameters: MethodParameters = {
		uncertainty: {
			samples: number(
				['uncertainty', 'samples'],
				wholeAtLeast(100),
				'a whole number of at least 100',
			),
			seed: number(
				['uncertainty', 'seed'],
				(n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32,
				'a whole number from 0 to 2³²−1',
			),
			coverage: number(['uncertainty', 'coverage'], open01, 'a share strictly between 0 and 1'),
			gradedSpread: number(
				['uncertainty', 'gradedSpread'],
				(n) => n > 0 && n < 5,
				'a positive log-scale spread below 5',
			),
			spreadWithoutInterval: number(
				['uncertainty', 'spreadWithoutInterval'],
				(n) => n > 0 && n < 5,
				'a positive log-scale spread below 5',
			),
		},
		nextTest: {
			minimumGainBits: number(
				['nextTest', 'minimumGainBits'],
				(n) => n >= 0 && n < 10,
				'a number of bits from 0 to 10',
			),
			minimumChange: number(
				['nextTest', 'minimumChange'],
				(n) => n >= 0 && n < 1,
				'a probability from 0 to 1 (0.05 = 5 points)',
			),
		},
	};
	if (problems.length > 0)
		throw new MethodError(
			`The helper's method parameters are incomplete:\n  ${problems.join('\n  ')}`,
		);
	return parameters;
}
