/**
 * Small 3D vector and rotation helpers for the figure engine. Vectors are [x, y, z] tuples;
 * matrices are row-major 3×3 arrays. Angles are in degrees.
 */

export type Vec3 = readonly [number, number, number];
export type Mat3 = readonly [Vec3, Vec3, Vec3];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
	a[1] * b[2] - a[2] * b[1],
	a[2] * b[0] - a[0] * b[2],
	a[0] * b[1] - a[1] * b[0],
];
export const norm = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => norm(sub(a, b));
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t));
export const unit = (a: Vec3): Vec3 => {
	const n = norm(a);
	return n === 0 ? [0, 0, 0] : scale(a, 1 / n);
};

const rad = (deg: number) => (deg * Math.PI) / 180;
export const deg = (radians: number) => (radians * 180) / Math.PI;

export const IDENTITY: Mat3 = [
	[1, 0, 0],
	[0, 1, 0],
	[0, 0, 1],
];

/** Rotation about the x axis by `a` degrees (right-handed: y turns towards z). */
export function rotX(a: number): Mat3 {
	const c = Math.cos(rad(a));
	const s = Math.sin(rad(a));
	return [
		[1, 0, 0],
		[0, c, -s],
		[0, s, c],
	];
}

/** Rotation about the y axis by `a` degrees (z turns towards x). */
export function rotY(a: number): Mat3 {
	const c = Math.cos(rad(a));
	const s = Math.sin(rad(a));
	return [
		[c, 0, s],
		[0, 1, 0],
		[-s, 0, c],
	];
}

/** Rotation about the z axis by `a` degrees (x turns towards y). */
export function rotZ(a: number): Mat3 {
	const c = Math.cos(rad(a));
	const s = Math.sin(rad(a));
	return [
		[c, -s, 0],
		[s, c, 0],
		[0, 0, 1],
	];
}

export function mul(a: Mat3, b: Mat3): Mat3 {
	const row = (i: 0 | 1 | 2): Vec3 => [
		a[i][0] * b[0][0] + a[i][1] * b[1][0] + a[i][2] * b[2][0],
		a[i][0] * b[0][1] + a[i][1] * b[1][1] + a[i][2] * b[2][1],
		a[i][0] * b[0][2] + a[i][1] * b[1][2] + a[i][2] * b[2][2],
	];
	return [row(0), row(1), row(2)];
}

/** Chains rotations left to right: chain(a, b, c) = a · b · c. */
export const chain = (...ms: Mat3[]): Mat3 => ms.reduce(mul, IDENTITY);

/** The matrix applied to a vector. */
export const apply = (m: Mat3, v: Vec3): Vec3 => [dot(m[0], v), dot(m[1], v), dot(m[2], v)];

export const transpose = (m: Mat3): Mat3 => [
	[m[0][0], m[1][0], m[2][0]],
	[m[0][1], m[1][1], m[2][1]],
	[m[0][2], m[1][2], m[2][2]],
];

/** A matrix whose columns are the given vectors (the images of the x, y and z axes). */
export const fromColumns = (x: Vec3, y: Vec3, z: Vec3): Mat3 => [
	[x[0], y[0], z[0]],
	[x[1], y[1], z[1]],
	[x[2], y[2], z[2]],
];

export const column = (m: Mat3, i: 0 | 1 | 2): Vec3 => [m[0][i], m[1][i], m[2][i]];

type Quat = readonly [number, number, number, number];

function toQuat(m: Mat3): Quat {
	const t = m[0][0] + m[1][1] + m[2][2];
	if (t > 0) {
		const s = Math.sqrt(t + 1) * 2;
		return [0.25 * s, (m[2][1] - m[1][2]) / s, (m[0][2] - m[2][0]) / s, (m[1][0] - m[0][1]) / s];
	}
	if (m[0][0] > m[1][1] && m[0][0] > m[2][2]) {
		const s = Math.sqrt(1 + m[0][0] - m[1][1] - m[2][2]) * 2;
		return [(m[2][1] - m[1][2]) / s, 0.25 * s, (m[0][1] + m[1][0]) / s, (m[0][2] + m[2][0]) / s];
	}
	if (m[1][1] > m[2][2]) {
		const s = Math.sqrt(1 + m[1][1] - m[0][0] - m[2][2]) * 2;
		return [(m[0][2] - m[2][0]) / s, (m[0][1] + m[1][0]) / s, 0.25 * s, (m[1][2] + m[2][1]) / s];
	}
	const s = Math.sqrt(1 + m[2][2] - m[0][0] - m[1][1]) * 2;
	return [(m[1][0] - m[0][1]) / s, (m[0][2] + m[2][0]) / s, (m[1][2] + m[2][1]) / s, 0.25 * s];
}

function fromQuat([w, x, y, z]: Quat): Mat3 {
	return [
		[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
		[2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
		[2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
	];
}

/** Spherical interpolation between two rotations (t = 0 gives a, t = 1 gives b). */
export function slerp(a: Mat3, b: Mat3, t: number): Mat3 {
	const qa = toQuat(a);
	let qb = toQuat(b);
	let d = qa[0] * qb[0] + qa[1] * qb[1] + qa[2] * qb[2] + qa[3] * qb[3];
	if (d < 0) {
		qb = [-qb[0], -qb[1], -qb[2], -qb[3]];
		d = -d;
	}
	if (d > 0.9995) {
		const q = qa.map((v, i) => v + (qb[i]! - v) * t) as unknown as Quat;
		const n = Math.hypot(...q);
		return fromQuat(q.map((v) => v / n) as unknown as Quat);
	}
	const th = Math.acos(d);
	const sa = Math.sin((1 - t) * th) / Math.sin(th);
	const sb = Math.sin(t * th) / Math.sin(th);
	return fromQuat(qa.map((v, i) => v * sa + qb[i]! * sb) as unknown as Quat);
}

/** Angle in degrees between two vectors. */
export function angleBetween(a: Vec3, b: Vec3): number {
	const c = dot(a, b) / (norm(a) * norm(b) || 1);
	return deg(Math.acos(Math.max(-1, Math.min(1, c))));
}
