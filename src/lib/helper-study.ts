/** Which of a test's accuracy studies the differential helper uses, as the test's content says. */

export interface HelperChoice {
	accuracy: ReadonlyArray<{ id: string }>;
	differential?: { study: string; why: string } | { excluded: true; why: string } | undefined;
}

/** The chosen study's id; the only study when there is one; undefined when the test is excluded or has none. */
export function helperStudyId(test: HelperChoice): string | undefined {
	const choice = test.differential;
	if (choice && 'excluded' in choice) return undefined;
	return choice?.study ?? test.accuracy[0]?.id;
}
