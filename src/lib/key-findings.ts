/** Rules about a condition's key findings shared by pages, search words and structured data. */

export interface KeyFindingWeight {
	grade?: string | undefined;
	lr?: { present: number } | undefined;
	frequency?: { sensitivity: number; specificity: number } | undefined;
}

/** Grades whose presence points away from the condition. */
const gradesAgainst = new Set(['against', 'excludes']);

/** True when the finding's presence points towards the condition (a grade in its favour, or an LR+ above 1). */
export function pointsTowards(k: KeyFindingWeight): boolean {
	if (k.lr) return k.lr.present > 1;
	if (k.frequency) return k.frequency.sensitivity > 1 - k.frequency.specificity;
	return !gradesAgainst.has(k.grade ?? '');
}
