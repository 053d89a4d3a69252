/**
 * Astro's `reference()` turns an id into `{ collection, id }` when it loads content. Outside Astro (the
 * content checker, the unit tests) the schemas get this stand-in, which parses the same shape.
 */
import { kebabId, type CollectionName, type EntryRef, type ReferenceFn } from '../../schemas/shared.ts';

export const plainReference: ReferenceFn = <C extends CollectionName>(collection: C) =>
	kebabId.transform((id): EntryRef<C> => ({ collection, id }));
