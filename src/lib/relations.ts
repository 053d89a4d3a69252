/**
 * Links between entries are written on either side (a condition lists its exercises; an exercise
 * lists its conditions). Pages show both directions merged, so a link written once appears on both
 * pages and the two views can never disagree.
 */

/** Ids an entry lists itself, then ids that list it, each once, in that order. */
export function mergeRelated(own: readonly string[], listedBy: readonly string[]): string[] {
	return [...new Set([...own, ...listedBy])];
}
