import { describe, expect, it } from 'vitest';
import {
	angleBetween,
	apply,
	chain,
	column,
	fromColumns,
	IDENTITY,
	rotX,
	rotY,
	rotZ,
	slerp,
	transpose,
	unit,
	type Mat3,
	type Vec3,
} from '../../src/lib/figure/vec.ts';

// Fixed cases for the rotation helpers, so every branch is covered on every run
// (the figure property tests reach them only when their random poses happen to).
const close = (a: Mat3, b: Mat3) => {
	for (let i = 0; i < 3; i++)
		for (let j = 0; j < 3; j++) expect(a[i]![j]).toBeCloseTo(b[i]![j]!, 9);
};

describe('slerp', () => {
	const axes = [
		['x', rotX],
		['y', rotY],
		['z', rotZ],
	] as const;

	// Half-turns have a trace of −1, so the quaternion is read from the largest diagonal entry:
	// each axis takes its own branch.
	it.each(axes)('turns through a half-turn about %s', (_, rot) => {
		close(slerp(rot(160), rot(200), 0.5), rot(180));
		close(slerp(rot(160), rot(200), 0.25), rot(170));
	});

	it.each(axes)('interpolates small turns about %s', (_, rot) => {
		close(slerp(rot(10), rot(50), 0.5), rot(30));
		close(slerp(rot(10), rot(50), 0), rot(10));
		close(slerp(rot(10), rot(50), 1), rot(50));
	});

	it('takes the shorter way round', () => {
		// 190° one way is 170° the other: halfway is −85°, not +95°.
		close(slerp(IDENTITY, rotX(190), 0.5), rotX(-85));
	});

	it('handles two nearly equal rotations without dividing by a vanishing sine', () => {
		close(slerp(rotZ(30), rotZ(30.5), 0.5), rotZ(30.25));
		close(slerp(rotY(-40), rotY(-40), 0.7), rotY(-40));
	});
});

describe('matrix helpers', () => {
	it('rotates axes the right-handed way', () => {
		const expectVec = (a: Vec3, b: Vec3) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 12));
		expectVec(apply(rotX(90), [0, 1, 0]), [0, 0, 1]);
		expectVec(apply(rotY(90), [0, 0, 1]), [1, 0, 0]);
		expectVec(apply(rotZ(90), [1, 0, 0]), [0, 1, 0]);
	});

	it('chains rotations left to right', () => {
		close(chain(rotX(30), rotX(60)), rotX(90));
		// Rz · Rx turns y to z (x first, z leaves it); Rx · Rz turns y to −x (z first, x leaves it).
		const zx = apply(chain(rotZ(90), rotX(90)), [0, 1, 0]);
		[0, 0, 1].forEach((v, i) => expect(zx[i]).toBeCloseTo(v, 12));
		const xz = apply(chain(rotX(90), rotZ(90)), [0, 1, 0]);
		[-1, 0, 0].forEach((v, i) => expect(xz[i]).toBeCloseTo(v, 12));
	});

	it('builds a matrix from columns and reads them back', () => {
		const m = fromColumns([1, 2, 3], [4, 5, 6], [7, 8, 9]);
		expect(column(m, 0)).toEqual([1, 2, 3]);
		expect(column(m, 2)).toEqual([7, 8, 9]);
		expect(transpose(m)).toEqual([
			[1, 2, 3],
			[4, 5, 6],
			[7, 8, 9],
		]);
	});
});

describe('vector helpers', () => {
	it('measures the angle between vectors', () => {
		expect(angleBetween([1, 0, 0], [0, 3, 0])).toBeCloseTo(90, 12);
		expect(angleBetween([1, 1, 0], [2, 0, 0])).toBeCloseTo(45, 12);
		expect(angleBetween([0, 0, 1], [0, 0, -5])).toBeCloseTo(180, 12);
	});

	it('leaves a zero vector at zero rather than dividing by zero', () => {
		expect(unit([0, 0, 0])).toEqual([0, 0, 0]);
		unit([0, 3, 4]).forEach((v, i) => expect(v).toBeCloseTo([0, 0.6, 0.8][i]!, 12));
	});
});
