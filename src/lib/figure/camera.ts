/**
 * Orthographic cameras. A camera looks at the scene from a direction given by azimuth (0 = from
 * the side, +Z; 90 = from the front, +X; 180 = the other side; 270 = from behind) and elevation
 * (0 = level, 90 = from directly above). Screen x = right, screen y = up; depth grows towards the
 * viewer.
 */
import { cross, dot, type Vec3 } from './vec.ts';

export const cameraNames = [
	'side',
	'side-high',
	'front',
	'back',
	'above',
	'three-quarter',
] as const;
export type CameraName = (typeof cameraNames)[number];
export interface CameraAngles {
	azimuth: number;
	elevation: number;
}
export type CameraInput = CameraName | CameraAngles;

/**
 * Presets, named for what they show of a standing figure (the default side camera sees a standing,
 * sitting, lying or kneeling body's right side, and the front of a side-lying body; see body.ts).
 * A slight elevation shows the floor as a surface and separates near and far limbs.
 */
export const cameraPresets: Record<CameraName, CameraAngles> = {
	side: { azimuth: 0, elevation: 10 },
	'side-high': { azimuth: 0, elevation: 40 },
	front: { azimuth: 90, elevation: 10 },
	back: { azimuth: 270, elevation: 10 },
	above: { azimuth: 0, elevation: 90 },
	'three-quarter': { azimuth: 35, elevation: 20 },
};

export interface Camera {
	/** Unit vector from the scene towards the viewer. */
	toward: Vec3;
	right: Vec3;
	up: Vec3;
}

export function makeCamera(input: CameraInput): Camera {
	const { azimuth, elevation } = typeof input === 'string' ? cameraPresets[input] : input;
	const a = (azimuth * Math.PI) / 180;
	const e = (elevation * Math.PI) / 180;
	const toward: Vec3 = [Math.sin(a) * Math.cos(e), Math.sin(e), Math.cos(a) * Math.cos(e)];
	const right: Vec3 = [Math.cos(a), 0, -Math.sin(a)];
	const up = cross(toward, right);
	return { toward, right, up };
}

/** Screen position (x right, y up) and depth (larger = nearer the viewer) of a world point. */
export function project(cam: Camera, p: Vec3): { x: number; y: number; depth: number } {
	return { x: dot(p, cam.right), y: dot(p, cam.up), depth: dot(p, cam.toward) };
}
