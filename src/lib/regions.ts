/** Plain names of the body regions used as search filters and on the symptoms index. */
import type { BodyRegion } from '../schemas/shared.ts';

export const bodyRegionLabels: Record<BodyRegion, string> = {
	'lower-back': 'Lower back',
	buttock: 'Buttock',
	hip: 'Hip',
	'posterior-thigh': 'Back of the thigh',
	'lower-leg': 'Lower leg and foot',
	'pelvic-floor': 'Between the legs (pelvic floor)',
	'whole-body': 'Whole body',
};
