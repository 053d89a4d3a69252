import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jointsOf, outlinePoints, segmentLengths as L, step, type Pose } from '../../src/lib/figure/pose.ts';
import { floorLevel, renderFigure } from '../../src/lib/figure/svg.ts';

const standing: Pose = {
	torso: 90,
	head: 90,
	near: { upperArm: 270, forearm: 270, thigh: 270, shin: 270, foot: 0 },
	far: { upperArm: 270, forearm: 270, thigh: 270, shin: 270, foot: 0 },
};

describe('jointsOf', () => {
	it('stacks a standing figure vertically above and below the hip', () => {
		const j = jointsOf(standing);
		expect(j.hip).toEqual({ x: 0, y: 0 });
		expect(j.shoulder).toEqual({ x: 0, y: L.torso });
		expect(j.head.x).toBe(0);
		expect(j.head.y).toBeCloseTo(L.torso + L.neck + L.headRadius, 9);
		expect(j.near.knee).toEqual({ x: 0, y: -L.thigh });
		expect(j.near.ankle).toEqual({ x: 0, y: -(L.thigh + L.shin) });
		expect(j.near.toe).toEqual({ x: L.foot, y: -(L.thigh + L.shin) });
		expect(j.near.wrist.x).toBe(0);
		expect(j.near.wrist.y).toBeCloseTo(L.torso - L.upperArm - L.forearm, 9);
	});

	it('places a knee bent to 90° (thigh forward, shin down) where trigonometry says', () => {
		const seated: Pose = { ...standing, near: { ...standing.near, thigh: 0, shin: 270 } };
		const j = jointsOf(seated);
		expect(j.near.knee).toEqual({ x: L.thigh, y: 0 });
		expect(j.near.ankle).toEqual({ x: L.thigh, y: -L.shin });
		// A 45° thigh: knee at (cos 45°, sin 45°) × thigh length.
		const k = jointsOf({ ...standing, near: { ...standing.near, thigh: 45 } }).near.knee;
		expect(k.x).toBeCloseTo(L.thigh * Math.SQRT1_2, 9);
		expect(k.y).toBeCloseTo(L.thigh * Math.SQRT1_2, 9);
	});

	it('keeps every segment at its length whatever the angles', () => {
		const angle = fc.integer({ min: -360, max: 360 });
		const limb = fc.record({ upperArm: angle, forearm: angle, thigh: angle, shin: angle, foot: angle });
		fc.assert(
			fc.property(fc.record({ torso: angle, head: angle, near: limb, far: limb }), (pose) => {
				const j = jointsOf(pose);
				const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
				expect(dist(j.hip, j.shoulder)).toBeCloseTo(L.torso, 6);
				expect(dist(j.near.knee, j.near.ankle)).toBeCloseTo(L.shin, 6);
				expect(dist(j.far.elbow, j.far.wrist)).toBeCloseTo(L.forearm, 6);
			}),
		);
	});

	it('steps by angle and length', () => {
		expect(step({ x: 1, y: 1 }, 180, 2)).toEqual({ x: -1, y: 1 });
	});
});

describe('renderFigure', () => {
	it('puts the floor at the lowest point and labels the figure for screen readers', () => {
		const j = jointsOf(standing);
		expect(floorLevel(j)).toBeCloseTo(-(L.thigh + L.shin), 9);
		expect(Math.min(...outlinePoints(j).map((p) => p.y))).toBe(floorLevel(j));
		const svg = renderFigure({ pose: standing }, 'Standing tall & relaxed', 'stand');
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="stand-title"/);
		expect(svg).toContain('<title id="stand-title">Standing tall &#38; relaxed</title>');
		expect(svg).toContain('stroke="currentColor"');
		// Natural size follows the shared scale: a standing figure is just over one body height tall.
		const height = Number(/height="([\d.]+)"/.exec(svg)![1]);
		expect(height).toBeGreaterThan(200);
		expect(height).toBeLessThan(240);
	});

	it('stands a figure on a box under one foot, the floor at the box’s bottom', () => {
		const onStep: Pose = { ...standing, far: { ...standing.far, thigh: 250, shin: 240 } };
		const j = jointsOf(onStep);
		// Near foot at −(thigh + shin); the box beneath it is 0.1 high, so the floor is 0.1 lower.
		expect(floorLevel(j, [{ from: -0.1, to: 0.2, height: 0.1, under: 'near' }])).toBeCloseTo(-(L.thigh + L.shin) - 0.1, 9);
		// Without the box the raised far foot could not be in the air: the near foot is the floor.
		expect(floorLevel(j)).toBeCloseTo(-(L.thigh + L.shin), 9);
	});

	it('draws boxes standing on the floor', () => {
		const svg = renderFigure({ pose: standing, boxes: [{ from: 0.1, to: 0.4, height: 0.2 }] }, 'x', 'box');
		const rect = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
		expect(Number(rect[3])).toBeCloseTo(60, 5); // 0.3 body heights × 200
		expect(Number(rect[4])).toBeCloseTo(40, 5);
	});
});
