import type { Category, FrameworkDocument, Measure } from './document.js';

export const findCategory = (doc: FrameworkDocument, key: string): Category | undefined => doc.categories.find((c) => c.key === key);

export const findMeasure = (doc: FrameworkDocument, key: string): Measure | undefined => doc.measures.find((m) => m.key === key);

/** Categories sorted by position (a new array; the document is left as it is). */
export const categoriesInOrder = (doc: FrameworkDocument): Category[] => [...doc.categories].sort((a, b) => a.position - b.position);

export const cloneCategory = (category: Category): Category => ({ ...category });

export const cloneMeasure = (measure: Measure): Measure => ({ ...measure, aliases: [...measure.aliases] });

/** A copy that shares no object or array with the original. */
export const cloneDocument = (doc: FrameworkDocument): FrameworkDocument => ({
  categories: doc.categories.map(cloneCategory),
  measures: doc.measures.map(cloneMeasure),
});
