/**
 * Example figure sets the engine must draw, written as content writes them (YAML, the `figures:`
 * block of an exercise). Two groups:
 * - exercises another engineer is writing (issue 14): once their files exist, each block can be
 *   pasted under `figures:` in content/exercises/<id>.mdx (check its captions match the steps);
 * - clinical-test pictures (issue 13): the `figure` block a test page can carry (testFigureSchema).
 * The unit tests parse each with the schema and check every constraint its captions declare;
 * scripts/figure-gallery.ts draws them.
 */
import { parse } from 'yaml';

const y = (text: string): unknown => parse(text);

export const exampleExerciseFigures: Record<string, unknown> = {
	'hamstring-slider': y(`
view: side
props: [{kind: mat}, {kind: towel, from: left-heel, to: right-heel}]
anchor: chest
move: [feet]
start:
  alt: Lying on the back in a bridge, hips lifted, knees bent and heels on a towel.
  pose:
    body: supine
    lean: -25
    neck: {flexion: 28.5}
    both: {hip: 0, knee: 111, ankle: -12}
  shows: [hips-off-floor, shoulders-on-floor, left-foot-on-floor, right-foot-on-floor, head-supported]
end:
  alt: The heels slid away along the floor until the knees are only a little bent, hips still lifted off the floor.
  pose:
    lean: -20
    both: {hip: -10, knee: 50, ankle: -24}
    neck:
      flexion: 20
  shows: [hips-off-floor, shoulders-on-floor, left-foot-on-floor, right-foot-on-floor]
`),
	'isometric-hamstring-bridge': y(`
view: side
props: [{kind: mat}]
anchor: feet
move: [pelvis]
push: [{at: right-heel, toward: down}]
start:
  alt: Lying on the back with the knees a little bent and the heels on the floor, arms by the sides.
  pose:
    body: supine
    both: {hip: 27, knee: 42, ankle: 20}
    neck:
      flexion: -9
  shows: [hips-on-floor, left-knee-bent, head-supported]
end:
  alt: Heels pressed down into the floor and hips lifted a little off the floor, held still.
  pose:
    lean: -12
    neck: {flexion: 12}
    both: {hip: 2, knee: 27, ankle: 6}
  shows: [hips-off-floor, shoulders-on-floor, head-supported]
`),
	'isometric-hip-abduction': y(`
view: front
props: [{kind: wall, side: right}]
push: [{at: right-knee, toward: out}]
start:
  alt: Standing tall side-on to a wall, the outside of one leg just touching the wall.
  pose:
    body: standing
    right: {hip: {abduction: 4}}
  shows: [back-upright, left-foot-flat, right-foot-on-floor]
end:
  alt: Pushing the outside of the leg into the wall and holding, without the body moving.
  pose: {}
  shows: [back-upright, left-foot-flat, right-foot-on-floor]
`),
	'lumbar-flexion-stretch': y(`
view: side
props: [{kind: mat}]
move: [knees]
start:
  alt: Lying on the back with knees bent and feet flat on the floor.
  pose:
    body: supine
    both: {hip: 45, knee: 106, ankle: -26}
  shows: [left-foot-flat, right-foot-flat, head-supported]
end:
  alt: Both knees pulled gently toward the chest with the hands, the head resting on the floor.
  pose:
    both: {hip: 120, knee: 125, ankle: -20, shoulder: {flexion: 30, abduction: 10}, elbow: 45}
  shows: [left-foot-off-floor, right-foot-off-floor, left-hand-on-left-thigh, right-hand-on-right-thigh, head-supported]
`),
	'nordic-hamstring-curl': y(`
view: side
props: [{kind: mat}]
anchor: left-knee
move: [head]
hands: [{at: right-ankle, from: up}]
start:
  alt: Kneeling upright on a mat, body straight from knees to head, a partner holding the ankles down, hands at the chest.
  pose:
    body: kneeling
    both: {shoulder: {flexion: 30, abduction: 15}, elbow: 120}
  shows: [left-knee-on-floor, right-knee-on-floor, back-upright]
end:
  alt: The body lowered forward slowly as one straight line from knees to head, hands ready to catch the fall.
  pose:
    lean: 45
    both: {knee: 45, shoulder: {flexion: 50, abduction: 10}, elbow: 60}
  shows: [left-knee-on-floor, right-knee-on-floor, back-straight, shoulders-hips-knees-line]
`),
	'pelvic-tilt': y(`
view: side
props: [{kind: mat}]
push: [{at: waist, toward: back}]
move: [pelvis]
start:
  alt: Lying on the back with knees bent and feet flat on the floor, a small hollow under the lower back.
  pose:
    body: supine
    both: {hip: 45, knee: 106, ankle: -26}
    neck:
      flexion: -3
  shows: [left-foot-flat, right-foot-flat, hips-on-floor, shoulders-on-floor, head-supported]
end:
  alt: The pelvis tilts so the lower back presses gently flat into the floor. The buttocks stay down.
  pose:
    lean: -4
    trunk: {flexion: 6}
    both: {hip: 44, knee: 112, ankle: -32}
    neck: {flexion: -3}
  shows: [left-foot-flat, right-foot-flat, hips-on-floor, shoulders-on-floor, head-supported]
`),
	'prone-press-up': y(`
view: side
props: [{kind: mat}]
anchor: pelvis
move: [chest]
start:
  alt: Lying face down, hands flat on the floor under the shoulders, elbows bent.
  pose:
    body: prone
    both: {shoulder: {flexion: -30, abduction: 20}, elbow: 120, wrist: 80}
  shows: [hips-on-floor, left-hand-on-floor, right-hand-on-floor]
end:
  alt: Arms straightened to push the upper body up while the hips stay on the floor and the back arches.
  pose:
    trunk: {flexion: -60}
    neck: {flexion: 0}
    both: {shoulder: {flexion: 70, abduction: 10}, elbow: 14, wrist: 94}
  shows: [hips-on-floor, left-hand-on-floor, right-hand-on-floor, back-arched, left-arm-straight]
`),
	'sciatic-nerve-tensioner': y(`
view: side
props: [{kind: chair, under: pelvis}]
move: [right-foot, nose]
start:
  alt: Sitting upright on a chair, hands resting on the thighs, knees bent with feet flat, looking straight ahead.
  pose:
    body: sitting
  shows: [back-upright, sitting-on-seat, hands-on-thighs, right-foot-flat, looking-ahead]
end:
  alt: One knee straightened with the foot pulled up, while the chin is bent down toward the chest, so both ends of the nerve are stretched.
  pose:
    neck: {flexion: 45}
    right: {knee: 5, ankle: 15}
  shows: [sitting-on-seat, right-knee-straight, right-foot-off-floor, looking-down, chin-down]
`),
	'standing-hip-abduction': y(`
view: front
props: [{kind: wall, side: left}]
anchor: left-foot
move: [right-foot]
start:
  alt: Standing tall with feet together, one hand on a wall for balance and the other on the hip.
  pose:
    body: standing
    both: {hip: {abduction: -3}}
    left: {shoulder: {abduction: 35}, elbow: 10}
    right: {shoulder: {flexion: 0, abduction: 30, rotation: -60}, elbow: 60}
  shows: [back-upright, feet-together, left-foot-flat, right-foot-flat, right-hand-on-hip]
end:
  alt: The straight outside leg lifted out to the side while the body stays upright.
  pose:
    right: {hip: {abduction: 25}, knee: 0}
  shows: [back-upright, right-foot-off-floor, right-knee-straight, left-foot-flat]
`),
	'walking-programme': y(`
view: side
anchor: left-toes
move: [right-foot]
start:
  alt: Standing tall, looking ahead, arms relaxed by the sides.
  pose:
    body: standing
  shows: [back-upright, looking-ahead, left-foot-flat, right-foot-flat]
end:
  alt: Walking at a steady pace, one heel landing in front while the back foot pushes off, arms swinging.
  pose:
    right: {hip: 25, knee: 5, ankle: 10, shoulder: -20, elbow: 20}
    left: {hip: -15, knee: 10, ankle: 0, shoulder: 25, elbow: 30}
  shows: [back-upright, looking-ahead, right-foot-forward, left-heel-up]
`),
};

export const exampleTestFigures: Record<string, unknown> = {
	'faber-test': y(`
view: {azimuth: 15, elevation: 40}
props: [{kind: bench}]
move: [right-knee]
push: [{at: right-knee, toward: down, by: examiner}]
hands: [{at: right-knee, from: up}, {at: left-hip, from: up}]
start:
  alt: The patient lies on the back with the foot of the test leg resting on the other knee, so the legs form a figure four.
  pose:
    body: supine
    left: {ankle: -20}
    right: {hip: {flexion: 45, abduction: 30, rotation: 45}, knee: 95, ankle: -10}
  shows: [left-knee-straight]
end:
  alt: Steadying the opposite side of the pelvis, the examiner gently presses the bent knee down toward the couch.
  pose:
    right: {hip: {flexion: 40, abduction: 45, rotation: 50}}
  shows: [left-knee-straight]
`),
	'fair-test': y(`
view: {azimuth: -30, elevation: 35}
props: [{kind: bench}, {kind: pillow, under: head}]
move: [right-knee]
push: [{at: right-knee, toward: down, by: examiner}]
hands: [{at: right-knee, from: up}, {at: pelvis, from: back}]
start:
  alt: The patient lies on the unaffected side on a couch, the top hip bent to about 60 degrees and the knee bent.
  pose:
    body: side-lying
    left: {hip: 30, knee: 60, shoulder: 80, elbow: 110}
    right: {hip: 60, knee: 90, shoulder: {flexion: 60, abduction: -40}, elbow: 40}
  shows: [head-supported]
end:
  alt: The examiner steadies the pelvis and presses the top knee down toward the couch, turning the hip in (flexion, adduction and internal rotation).
  pose:
    right: {hip: {flexion: 60, abduction: -25, rotation: -20}}
  shows: [right-knee-across]
`),
	'modified-bent-knee-stretch-test': y(`
view: side
props: [{kind: bench}]
move: [right-foot]
hands: [{at: right-heel, from: up}, {at: right-knee, from: up}]
start:
  alt: The patient lies on the back on a couch; the examiner bends the hip and knee of the affected leg as far as they go.
  pose:
    body: supine
    left: {ankle: -20}
    right: {hip: 115, knee: 135, ankle: -20}
  shows: [left-knee-straight, right-knee-bent, head-supported]
end:
  alt: Holding the hip bent, the examiner straightens the knee quickly.
  pose:
    right: {hip: 100, knee: 8}
  shows: [left-knee-straight, right-knee-straight]
`),
	'single-leg-stance-test': y(`
view: back
anchor: right-foot
move: [left-foot]
start:
  alt: Seen from behind, the patient stands tall on both feet while the examiner watches the pelvis.
  pose:
    body: standing
  shows: [back-upright, left-foot-flat, right-foot-flat, pelvis-level]
end:
  alt: The patient stands on the painful leg and lifts the other foot off the floor for 30 seconds, keeping the pelvis level.
  pose:
    left: {hip: 20, knee: 70, ankle: -20}
  shows: [back-upright, right-foot-flat, left-foot-off-floor, pelvis-level]
`),
	'slump-test': y(`
view: side
props: [{kind: bench, under: pelvis}]
move: [right-foot, nose]
start:
  alt: The patient sits on the edge of the couch with the knees bent over the edge and the hands held behind the back, the back slumped and the head up.
  pose:
    body: sitting
    trunk: {flexion: 35}
    neck: {flexion: -25}
    both: {shoulder: {flexion: -40, abduction: 15}, elbow: 70, ankle: -20}
  shows: [sitting-on-seat, back-rounded, looking-ahead]
end:
  alt: With the back still slumped, the chin is bent to the chest and the knee of the test leg is straightened with the foot pulled up.
  pose:
    neck: {flexion: 40}
    right: {knee: 10, ankle: 15}
  shows: [sitting-on-seat, back-rounded, chin-down, right-knee-straight]
`),
	'straight-leg-raise-test': y(`
view: side
props: [{kind: bench}]
move: [right-foot]
hands: [{at: right-heel, from: down}, {at: right-knee, from: up}]
start:
  alt: The patient lies on the back on a couch with both legs straight; the examiner holds the heel of the near leg and rests a hand on the front of the thigh.
  pose:
    body: supine
    both: {ankle: -20}
  shows: [right-knee-straight, left-knee-straight, head-supported]
end:
  alt: The examiner slowly raises the straight leg from the hip until the patient's leg pain appears, keeping the knee straight.
  pose:
    right: {hip: 55, ankle: -5}
  shows: [right-knee-straight, left-knee-straight, right-foot-off-floor]
`),
};
