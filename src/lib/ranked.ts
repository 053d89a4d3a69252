/**
 * Whether the differential helper ranks a condition: not an umbrella term (`ranked: false`, as
 * sciatica is) and not an emergency, which the helper's red-flag alert handles instead. The helper's
 * model and its method page both ask here.
 */
export function isRanked(condition: { ranked: boolean; emergency: boolean }): boolean {
	return condition.ranked && !condition.emergency;
}
