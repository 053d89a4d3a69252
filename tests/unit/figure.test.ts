import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildBody,
	dims,
	resolvePose,
	shapeBottom,
	type Body,
	type PoseInput,
} from '../../src/lib/figure/body.ts';
import { makeCamera, project } from '../../src/lib/figure/camera.ts';
import {
	checkBody,
	checkScene,
	constraintCheckers,
	constraintNames,
	unbackedClaims,
} from '../../src/lib/figure/constraints.ts';
import { buildScene, type FigureSetInput } from '../../src/lib/figure/scene.ts';
import { projectEllipsoid, renderFigures, SCALE } from '../../src/lib/figure/svg.ts';
import { dist, type Vec3 } from '../../src/lib/figure/vec.ts';
import { exerciseFiguresSchema, type FigureSet } from '../../src/schemas/figure.ts';
import { exerciseFigures, testFigures, testsWithoutFigure } from './figure-content.ts';

const body = (p: PoseInput) => buildBody(resolvePose(p));
const close = (a: Vec3, b: Vec3, digits = 9) =>
	a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits));
const H = dims.hipHalfWidth;

describe('forward kinematics', () => {
	it('stacks a standing leg straight down from the hip, the right side towards +z', () => {
		const b = body({ body: 'standing' });
		close(b.points.pelvis, [0, 0, 0]);
		close(b.points['right-hip'], [0, 0, H]);
		close(b.points['right-knee'], [0, -dims.thigh, H]);
		close(b.points['right-ankle'], [0, -dims.thigh - dims.shin, H]);
		close(b.points['left-knee'], [0, -dims.thigh, -H]);
		// The foot points forwards (+x) from the ankle.
		expect(b.points['right-toes'][0]).toBeCloseTo(dims.toe[0], 9);
		// The head is above the shoulders, the gaze level and forwards.
		expect(b.points.head[1]).toBeGreaterThan(b.points.chest[1]);
		close(b.gaze, [1, 0, 0]);
	});

	it('puts a knee and ankle where hip and knee flexion of 90° say (sitting)', () => {
		const b = body({ body: 'sitting' });
		close(b.points['right-knee'], [dims.thigh, 0, H]);
		close(b.points['right-ankle'], [dims.thigh, -dims.shin, H]);
	});

	it('moves a knee out to the side with abduction, and the foot inwards with external rotation', () => {
		const abducted = body({ body: 'standing', right: { hip: { abduction: 30 } } });
		close(abducted.points['right-knee'], [
			0,
			-dims.thigh * Math.cos(Math.PI / 6),
			H + dims.thigh * 0.5,
		]);
		const sitting = body({ body: 'sitting' });
		const rotated = body({ body: 'sitting', right: { hip: { flexion: 90, rotation: 30 } } });
		close(rotated.points['right-knee'], sitting.points['right-knee']);
		expect(rotated.points['right-ankle'][2]).toBeLessThan(sitting.points['right-ankle'][2] - 0.1);
		// The left side mirrors the right.
		const left = body({ body: 'standing', left: { hip: { abduction: 30 } } });
		expect(left.points['left-knee'][2]).toBeCloseTo(-abducted.points['right-knee'][2], 9);
	});

	it('bends the elbow forwards and the trunk forwards', () => {
		const b = body({
			body: 'standing',
			right: { shoulder: { flexion: 0, abduction: 0 }, elbow: 90 },
		});
		const e = b.points['right-elbow'];
		close(b.points['right-wrist'], [e[0] + dims.forearm, e[1], e[2]]);
		const bent = body({ body: 'standing', trunk: { flexion: 60 } });
		expect(bent.points.neck[0]).toBeGreaterThan(0.1);
		expect(bent.points.neck[1]).toBeLessThan(body({ body: 'standing' }).points.neck[1] - 0.05);
		expect(body({ body: 'standing', neck: { flexion: 40 } }).gaze[1]).toBeCloseTo(
			-Math.sin((40 * Math.PI) / 180),
			9,
		);
	});

	it('lays the body down: supine head to the left facing up, prone head to the right facing down', () => {
		const supine = body({ body: 'supine' });
		expect(supine.points.head[0]).toBeLessThan(-0.3);
		close(supine.gaze, [0, 1, 0]);
		const prone = body({ body: 'prone' });
		expect(prone.points.head[0]).toBeGreaterThan(0.3);
		close(prone.gaze, [0, -1, 0]);
		// Side-lying: lying on the left side, the right hip above the left.
		const side = body({ body: 'side-lying' });
		expect(side.points['right-hip'][1] - side.points['left-hip'][1]).toBeCloseTo(2 * H, 9);
	});

	it('writes an end pose as changes to the start pose', () => {
		const start = resolvePose({ body: 'supine', both: { hip: 45, knee: 90 } });
		const end = resolvePose({ right: { knee: 0 } }, start);
		expect(end.left.knee).toBe(90);
		expect(end.right.knee).toBe(0);
		expect(end.right.hip.flexion).toBe(45);
	});

	it('keeps every segment at its length whatever the angles', () => {
		const a = fc.integer({ min: -170, max: 170 });
		const limb = fc.record({
			hip: fc.record({ flexion: a, abduction: a, rotation: a }),
			knee: a,
			shoulder: fc.record({ flexion: a, abduction: a, rotation: a }),
			elbow: a,
		});
		fc.assert(
			fc.property(
				fc.record({
					lean: a,
					roll: a,
					turn: a,
					left: limb,
					right: limb,
					trunk: fc.record({ flexion: a, sideBend: a, rotation: a }),
				}),
				(p) => {
					const b = body({ body: 'standing', ...p });
					expect(dist(b.points['left-hip'], b.points['left-knee'])).toBeCloseTo(dims.thigh, 9);
					expect(dist(b.points['right-knee'], b.points['right-ankle'])).toBeCloseTo(dims.shin, 9);
					expect(dist(b.points['right-elbow'], b.points['right-wrist'])).toBeCloseTo(
						dims.forearm,
						9,
					);
					expect(dist(b.points['left-hip'], b.points['right-hip'])).toBeCloseTo(2 * H, 9);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('cameras', () => {
	it('projects orthographically: side, front and above', () => {
		const p: Vec3 = [0.3, 0.2, 0.1];
		const side = project(makeCamera({ azimuth: 0, elevation: 0 }), p);
		expect([side.x, side.y, side.depth]).toEqual([0.3, 0.2, 0.1]);
		const front = project(makeCamera({ azimuth: 90, elevation: 0 }), p);
		expect(front.x).toBeCloseTo(-0.1, 12);
		expect(front.y).toBeCloseTo(0.2, 12);
		expect(front.depth).toBeCloseTo(0.3, 12);
		const above = project(makeCamera('above'), p);
		expect(above.x).toBeCloseTo(0.3, 12);
		expect(above.y).toBeCloseTo(-0.1, 12);
		expect(above.depth).toBeCloseTo(0.2, 12);
	});

	it('keeps a camera basis orthonormal at any angle', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -360, max: 360 }),
				fc.integer({ min: -10, max: 90 }),
				(azimuth, elevation) => {
					const c = makeCamera({ azimuth, elevation });
					for (const v of [c.right, c.up, c.toward]) expect(Math.hypot(...v)).toBeCloseTo(1, 9);
					expect(c.right[0] * c.up[0] + c.right[1] * c.up[1] + c.right[2] * c.up[2]).toBeCloseTo(
						0,
						9,
					);
				},
			),
		);
	});

	it('projects a sphere to a circle and a tilted ellipsoid to its known shadow', () => {
		const cam = makeCamera({ azimuth: 0, elevation: 0 });
		const sphere = projectEllipsoid(
			cam,
			[1, 2, 3],
			[
				[0.1, 0, 0],
				[0, 0.1, 0],
				[0, 0, 0.1],
			],
		);
		expect([sphere.x, sphere.y, sphere.rx, sphere.ry]).toEqual([
			1,
			2,
			expect.closeTo(0.1, 12),
			expect.closeTo(0.1, 12),
		]);
		// Semi-axes 0.3 along x and 0.1 along y, seen from the side: rx 0.3 at 0°.
		const e = projectEllipsoid(
			cam,
			[0, 0, 0],
			[
				[0.3, 0, 0],
				[0, 0.1, 0],
				[0, 0, 0.2],
			],
		);
		expect(e.rx).toBeCloseTo(0.3, 12);
		expect(e.ry).toBeCloseTo(0.1, 12);
		expect(Math.abs(e.angle % 180)).toBeCloseTo(0, 9);
		// The same ellipsoid seen from the front shows its z and y axes.
		const f = projectEllipsoid(
			makeCamera({ azimuth: 90, elevation: 0 }),
			[0, 0, 0],
			[
				[0.3, 0, 0],
				[0, 0.1, 0],
				[0, 0, 0.2],
			],
		);
		expect(f.rx).toBeCloseTo(0.2, 12);
		expect(f.ry).toBeCloseTo(0.1, 12);
	});
});

const standing = (p: PoseInput = {}) =>
	buildScene({
		move: [],
		start: { alt: 's', pose: { body: 'standing', ...p } },
		end: { alt: 'e', pose: {} },
	}).frames[0]!.body;
const fails = (b: Body, names: string[]) =>
	checkBody(b, [], names, 'start').map((v) => v.constraint);

describe('the constraint checker', () => {
	it('grounds a standing body: both feet on the floor and flat', () => {
		const b = standing();
		expect(Math.min(...b.shapes.map(shapeBottom))).toBeCloseTo(0, 9);
		expect(
			fails(b, [
				'left-foot-on-floor',
				'right-foot-flat',
				'back-upright',
				'looking-ahead',
				'knees-together',
				'left-knee-straight',
			]),
		).toEqual([]);
		// Standing feet hip-width apart: neither together nor wide apart.
		expect(
			fails(b, [
				'left-foot-off-floor',
				'feet-together',
				'feet-apart',
				'looking-up',
				'left-knee-bent',
			]),
		).toEqual([
			'left-foot-off-floor',
			'feet-together',
			'feet-apart',
			'looking-up',
			'left-knee-bent',
		]);
		expect(fails(standing({ both: { hip: { abduction: -4 } } }), ['feet-together'])).toEqual([]);
	});

	it('sees a foot lifted off the floor, and a knee just above it', () => {
		const onOneLeg = standing({ left: { knee: 70 } });
		expect(
			fails(onOneLeg, ['left-foot-off-floor', 'right-foot-on-floor', 'left-knee-bent']),
		).toEqual([]);
		// A foot only 1 mm up is not "off the floor".
		const grazing = standing({ left: { knee: 2, ankle: 3 } });
		expect(fails(grazing, ['left-foot-off-floor'])).toEqual(['left-foot-off-floor']);
		const kneeling = buildScene({
			move: [],
			start: { alt: 's', pose: { body: 'kneeling' } },
			end: { alt: 'e', pose: {} },
		}).frames[0]!.body;
		expect(fails(kneeling, ['left-knee-on-floor', 'back-upright'])).toEqual([]);
		expect(fails(kneeling, ['left-knee-off-floor'])).toEqual(['left-knee-off-floor']);
	});

	it('tells knees apart from knees together, and an upright back from a level one', () => {
		const apart = standing({ both: { hip: { abduction: 20 }, shoulder: { abduction: 30 } } });
		expect(fails(apart, ['knees-apart', 'feet-apart'])).toEqual([]);
		expect(fails(apart, ['knees-together'])).toEqual(['knees-together']);
		const hinge = standing({ lean: 85, right: { hip: 85 }, left: { hip: 85 } });
		expect(fails(hinge, ['back-level', 'back-straight'])).toEqual([]);
		expect(fails(hinge, ['back-upright'])).toEqual(['back-upright']);
	});

	it('finds a tangle: one leg passing through the other', () => {
		const crossed = standing({ right: { hip: { abduction: -30 } } });
		const tangles = checkBody(crossed, [], [], 'start').filter((v) => v.constraint === 'no-tangle');
		expect(tangles.map((t) => t.detail).join()).toMatch(
			/left-(thigh|shin).*right-|right-.*left-(thigh|shin)/,
		);
		expect(checkBody(standing(), [], [], 'start')).toEqual([]);
	});

	it('finds a part sunk into the floor in a held end position', () => {
		// Holding the hand still while the arm swings up would push the body through the floor.
		const scene = buildScene({
			anchor: 'right-hand',
			move: ['right-hand'],
			start: { alt: 's', pose: { body: 'standing' } },
			end: { alt: 'e', pose: { right: { shoulder: 170 } } },
		});
		expect(checkScene(scene).some((v) => v.figure === 'end' && v.constraint === 'no-sinking')).toBe(
			true,
		);
	});

	it('reports constraints that do not exist', () => {
		expect(checkBody(standing(), [], ['nose-on-knee'], 'start')).toEqual([
			{ figure: 'start', constraint: 'nose-on-knee', detail: 'unknown constraint', miss: 1 },
		]);
		expect(constraintNames).toContain('right-ankle-on-left-knee');
		expect(Object.keys(constraintCheckers).length).toBe(constraintNames.length);
	});

	it('requires a caption’s claims to be declared', () => {
		expect(
			unbackedClaims('Standing on one leg, the other foot just off the floor.', []),
		).not.toEqual([]);
		expect(
			unbackedClaims('Standing on one leg, the other foot just off the floor.', [
				'left-foot-off-floor',
			]),
		).toEqual([]);
		expect(unbackedClaims('Knees and feet together.', ['feet-together'])).toEqual([
			'\\bknees and feet together\\b',
		]);
	});
});

const contentFigures = exerciseFigures;

const all: [string, FigureSet][] = [
	...contentFigures(),
	...testFigures().map(([id, f]): [string, FigureSet] => [`test ${id}`, f]),
];

describe('every figure agrees with its caption', () => {
	it('covers the 25 exercises and every clinical test with a position to show', () => {
		expect(contentFigures().length).toBeGreaterThanOrEqual(25);
		// Questionnaires and measurements have no pose to draw.
		expect(testsWithoutFigure()).toEqual([
			'ankle-brachial-index',
			'edinburgh-claudication-questionnaire',
			'neurological-examination',
		]);
	});

	it.each(all)(
		'%s: poses satisfy their declared constraints, with no tangle or sinking in any frame',
		(_id, f) => {
			const problems = checkScene(buildScene(f as FigureSetInput)).map(
				(v) => `${v.figure}: ${v.constraint}: ${v.detail}`,
			);
			expect(problems).toEqual([]);
		},
	);

	it.each(all)('%s: every claim its captions make is declared', (_id, f) => {
		expect(unbackedClaims(f.start.alt, f.start.shows)).toEqual([]);
		expect(unbackedClaims(f.end.alt, f.end.shows)).toEqual([]);
	});

	it.each(all)('%s: draws a visible arrow for the movement, and moves', (id, f) => {
		const r = renderFigures(f, { id: 'x' });
		expect(r.hasArrow).toBe(true);
		if (f.move.length > 0) expect(r.animation).toContain('<animate');
		void id;
	});
});

describe('the issue’s broken figures stay fixed', () => {
	const byId = Object.fromEntries(contentFigures());
	const endOf = (id: string) => buildScene(byId[id] as FigureSetInput).frames.at(-1)!.body;

	it('lunge: the back knee is just above the floor, not lying on it', () => {
		expect(byId.lunge!.end.shows).toContain('left-knee-just-off-floor');
		expect(fails(endOf('lunge'), ['left-knee-just-off-floor', 'right-shin-vertical'])).toEqual([]);
	});

	it('single-leg squat: the free foot stays off the floor', () => {
		expect(byId['single-leg-squat']!.start.shows).toContain('left-foot-off-floor');
		expect(byId['single-leg-squat']!.end.shows).toContain('left-foot-off-floor');
	});

	it('clamshell: the camera sees the top knee rise (on screen, not towards the viewer)', () => {
		const f = byId.clamshell!;
		const scene = buildScene(f);
		const cam = makeCamera(f.view);
		const knee = (b: Body) => project(cam, b.points['right-knee']);
		const a = knee(scene.frames[0]!.body);
		const b = knee(scene.frames.at(-1)!.body);
		expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeGreaterThan(0.08);
	});

	it('piriformis stretch: the ankle rests on the other knee without the legs passing through each other', () => {
		expect(byId['piriformis-stretch']!.end.shows).toContain('right-ankle-on-left-knee');
	});

	it('sciatic nerve glide: the head moves (looks down, then up) with its own arrow', () => {
		const f = byId['sciatic-nerve-glide']!;
		expect(f.start.shows).toContain('looking-down');
		expect(f.end.shows).toContain('looking-up');
		expect(f.move).toContain('nose');
	});
});

describe('the SVG', () => {
	const f = exerciseFiguresSchema.parse(contentFigures().find(([id]) => id === 'bird-dog')![1]);
	const r = renderFigures(f, {
		id: 'bd',
		labelledBy: { start: 'cap-s', end: 'cap-e' },
	});

	it('labels the stills by their captions and hides the duplicate moving picture from screen readers', () => {
		expect(r.start).toMatch(/^<svg [^>]*class="kb-figure"[^>]*role="img" aria-labelledby="cap-s"/);
		expect(r.end).toMatch(/aria-labelledby="cap-e"/);
		expect(r.animation).toMatch(/^<svg [^>]*aria-hidden="true"/);
	});

	it('uses no colour of its own: only classes the page styles from currentColor', () => {
		for (const svg of [r.start, r.end, r.animation!]) {
			expect(svg).not.toMatch(
				/(fill|stroke)="(?!none)[^"]*"|#[0-9a-f]{3,6}\b|rgb\(|<script|style=/i,
			);
		}
	});

	it('animates with SMIL only, looping, each path keeping one shape of commands across frames', () => {
		const anims = [
			...r.animation!.matchAll(
				/<animate attributeName="d"[^>]*repeatCount="indefinite" keyTimes="([^"]*)" values="([^"]*)"/g,
			),
		];
		expect(anims.length).toBeGreaterThan(5);
		for (const [, keyTimes, values] of anims) {
			const frames = values!.split(';');
			// SMIL ignores an animation whose key times and values differ in number.
			const times = keyTimes!.split(';').map(Number);
			expect(times.length).toBe(frames.length);
			expect(times[0]).toBe(0);
			expect(times.at(-1)).toBe(1);
			expect([...times].sort((a, b) => a - b)).toEqual(times);
			// Start, end and back to start, each path keeping one shape of commands.
			expect(frames[0]).toBe(frames.at(-1));
			expect(new Set(frames.map((v) => v.replace(/-?[\d.]+/g, ''))).size).toBe(1);
		}
	});

	it('draws start, end and the moving picture at one scale: a standing body is about SCALE units tall', () => {
		const s = renderFigures(
			exerciseFiguresSchema.parse({
				move: ['right-foot'],
				start: { alt: 'a', pose: { body: 'standing' } },
				end: { alt: 'b', pose: { right: { knee: 90 } } },
			}),
			{ id: 's' },
		);
		const height = Number(/height="(\d+)"/.exec(s.start)![1]);
		expect(height).toBeGreaterThan(SCALE);
		expect(height).toBeLessThan(SCALE * 1.3);
		expect(/viewBox="([^"]*)"/.exec(s.start)![1]).toBe(/viewBox="([^"]*)"/.exec(s.end)![1]);
	});

	it.each(all)('%s: both stills and the animation stay under 12 KB gzipped', (_id, fig) => {
		const out = renderFigures(fig, { id: 'x' });
		const bytes = gzipSync(out.start + out.end + (out.animation ?? '')).length;
		expect(bytes).toBeLessThan(12_000);
	});
});

describe('props', () => {
	const scene = (
		props: unknown[],
		pose: PoseInput = { body: 'supine', both: { hip: 45, knee: 106, ankle: -26 } },
	) =>
		buildScene(
			exerciseFiguresSchema.parse({
				props,
				move: ['knees'],
				start: { alt: 'a', pose },
				end: { alt: 'b', pose: { both: { hip: 60 } } },
			}),
		);

	it('lays a mat under a lying body, the body resting on it', () => {
		const s = scene([{ kind: 'mat' }]);
		const mat = s.boxes.find((b) => b.kind === 'mat')!;
		expect(mat.max[1]).toBeCloseTo(0, 9);
		expect(Math.min(...s.frames[0]!.body.shapes.map(shapeBottom))).toBeCloseTo(0, 6);
		expect(mat.max[0] - mat.min[0]).toBeGreaterThan(0.9);
	});

	it('sizes a step to the foot standing on it, and a chair seat to the sitting pelvis', () => {
		const step = buildScene(
			exerciseFiguresSchema.parse({
				props: [{ kind: 'step', under: 'right-foot' }],
				move: ['pelvis'],
				start: { alt: 'a', pose: { body: 'standing', right: { hip: 55, knee: 60, ankle: 5 } } },
				end: { alt: 'b', pose: { right: { hip: 0, knee: 0, ankle: 0 } } },
			}),
		);
		const box = step.boxes.find((b) => b.kind === 'step')!;
		expect(box.max[1]).toBeGreaterThan(0.08);
		expect(fails(step.frames[0]!.body, [])).toEqual([]);
		expect(
			checkBody(
				step.frames[0]!.body,
				step.boxes,
				['right-foot-on-step', 'left-foot-on-floor'],
				'start',
			),
		).toEqual([]);
		const chair = scene([{ kind: 'chair', under: 'pelvis' }], { body: 'sitting' });
		expect(
			checkBody(chair.frames[0]!.body, chair.boxes, ['sitting-on-seat', 'left-foot-flat'], 'start'),
		).toEqual([]);
		expect(chair.rods.length).toBe(4);
	});

	it('puts a pillow under the head and a band between the knees that follows them', () => {
		const s = scene([
			{ kind: 'pillow', under: 'head' },
			{ kind: 'band', from: 'left-knee', to: 'right-knee' },
		]);
		expect(checkBody(s.frames[0]!.body, s.boxes, ['head-supported'], 'start')).toEqual([]);
		// A belt round both knees: centred between them, reaching past each knee's outer edge.
		const band = s.frames.map((f) => f.straps[0]!);
		const mid = (a: Vec3, b: Vec3): Vec3 => [
			(a[0] + b[0]) / 2,
			(a[1] + b[1]) / 2,
			(a[2] + b[2]) / 2,
		];
		for (const [i, f] of [
			[0, s.frames[0]!],
			[band.length - 1, s.frames.at(-1)!],
		] as const) {
			const { a, b } = band[i]!;
			close(mid(a, b), f.body.points.knees);
			expect(dist(a, b)).toBeGreaterThan(
				dist(f.body.points['left-knee'], f.body.points['right-knee']) + 2 * dims.thighR,
			);
		}
		const r = renderFigures(
			exerciseFiguresSchema.parse({
				props: [{ kind: 'band', from: 'left-knee', to: 'right-knee' }],
				move: ['knees'],
				start: { alt: 'a', pose: { body: 'supine', both: { hip: 45, knee: 106, ankle: -26 } } },
				end: { alt: 'b', pose: { both: { hip: 60 } } },
			}),
			{ id: 'b' },
		);
		expect(r.start).toMatch(/class="f t"/);
	});

	it('stands a wall beside the body without touching the floor plan of the body', () => {
		const s = buildScene(
			exerciseFiguresSchema.parse({
				props: [{ kind: 'wall', side: 'right' }],
				push: [{ at: 'right-knee', toward: 'out' }],
				start: { alt: 'a', pose: { body: 'standing' } },
				end: { alt: 'b', pose: {} },
			}),
		);
		const wall = s.boxes.find((b) => b.kind === 'wall')!;
		const rightmost = Math.max(
			...s.frames[0]!.body.shapes.map((x) =>
				x.kind === 'capsule' ? Math.max(x.a[2], x.b[2]) + x.r : x.c[2],
			),
		);
		expect(wall.min[2]).toBeGreaterThanOrEqual(rightmost);
		expect(wall.max[1]).toBeGreaterThan(1);
	});
});
