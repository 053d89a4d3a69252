/**
 * A small seeded pseudo-random generator and the distributions the uncertainty simulation draws
 * from. Reproducible on every browser: the same seed gives the same numbers. The constants below
 * belong to the algorithms (mulberry32, FNV-1a, Marsaglia–Tsang), not to medicine.
 */

/** mulberry32: a 32-bit generator with a period of 2³², ample for a few thousand draws. */
export function generator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a hash of a string mixed with a seed: gives every uncertain parameter its own stream. */
export function streamSeed(seed: number, key: string): number {
	let hash = (2166136261 ^ seed) >>> 0;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 16777619) >>> 0;
	}
	return hash;
}

/** A standard normal draw (Box–Muller; the uniform is kept away from 0). */
export function normal(random: () => number): number {
	const u = 1 - random();
	const v = random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Two independent standard normal draws from one Box–Muller step (both halves used), written into `out`. */
export function normalPair(random: () => number, out: Float64Array): void {
	const r = Math.sqrt(-2 * Math.log(1 - random()));
	const angle = 2 * Math.PI * random();
	out[0] = r * Math.cos(angle);
	out[1] = r * Math.sin(angle);
}

/** A gamma(shape, 1) draw by Marsaglia & Tsang's method, boosted for shapes below 1. */
export function gamma(random: () => number, shape: number): number {
	if (!(shape > 0)) throw new RangeError(`gamma shape must be above 0, got ${shape}`);
	if (shape < 1) return gamma(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = normal(random);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = 1 - random();
		if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
	}
}

/** A beta(a, b) draw from two gamma draws, kept strictly inside (0, 1). */
export function beta(random: () => number, a: number, b: number): number {
	const x = gamma(random, a);
	const y = gamma(random, b);
	const value = x / (x + y);
	const tiny = Number.EPSILON;
	return Math.min(1 - tiny, Math.max(tiny, value));
}

/** A draw from the triangular distribution on [low, high] with its mode at `mode` (inverse CDF). */
export function triangular(random: () => number, low: number, mode: number, high: number): number {
	if (high <= low) return mode;
	const u = random();
	const cut = (mode - low) / (high - low);
	return u < cut
		? low + Math.sqrt(u * (high - low) * (mode - low))
		: high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

/** The q-quantile (0..1) of sorted values, interpolating between neighbours (type 7, R's default). */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) throw new RangeError('no values');
	const position = (sorted.length - 1) * q;
	const below = Math.floor(position);
	const above = Math.min(sorted.length - 1, below + 1);
	return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
