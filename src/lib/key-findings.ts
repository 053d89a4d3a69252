/** Rules about a condition's key findings shared by pages, search words and structured data. */

export interface KeyFindingWeight {
	grade?: string | undefined;
	lr?: { value: number } | undefined;
}

/** True when the finding points towards the condition (a grade other than "against", or an LR above 1). */
export function pointsTowards(k: KeyFindingWeight): boolean {
	return k.lr ? k.lr.value > 1 : k.grade !== 'against';
}
