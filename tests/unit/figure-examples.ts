/**
 * Example figure sets the engine must draw: exercises another engineer is writing (their figures
 * move into content once the files exist) and clinical-test pictures (issue 13). Written as content
 * would write them; the unit tests parse each with the schema and check its constraints, and
 * scripts/figure-gallery.ts draws them.
 */
export const exampleExerciseFigures: Record<string, unknown> = {};
export const exampleTestFigures: Record<string, unknown> = {};
