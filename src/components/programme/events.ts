/** Events the two programme elements send each other (they share a page, not a parent). */

/** Sent (bubbling, to the document) by the handout when the reader asks to change its programme; the builder shows itself. */
export const EDIT_EVENT = 'kb-programme-edit';
