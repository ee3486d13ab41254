import type { FrameworkDocument } from '@ocmf/standard';
import type { CategoryType, MeasureType } from './framework.types.js';

/**
 * Turns a document into linked GraphQL views (categories with their measures, each measure with its
 * category). Pure and in memory: the document is one small JSON value, so no field needs the database.
 */
export function documentView(doc: FrameworkDocument): { categories: CategoryType[]; measures: MeasureType[] } {
  const categories: CategoryType[] = [...doc.categories]
    .sort((a, b) => a.position - b.position)
    .map((category) => ({ ...category, measures: [] }));
  const byKey = new Map(categories.map((category) => [category.key, category]));
  const measures: MeasureType[] = doc.measures.map((measure) => {
    const category = byKey.get(measure.categoryKey);
    if (!category) throw new Error(`Measure ${measure.key} refers to unknown category ${measure.categoryKey}`);
    const view: MeasureType = {
      ...measure,
      aliases: [...measure.aliases],
      category,
      replacedBy: measure.replacedBy ?? null,
      replacement: null,
    };
    category.measures.push(view);
    return view;
  });
  const measureByKey = new Map(measures.map((measure) => [measure.key, measure]));
  for (const measure of measures) if (measure.replacedBy) measure.replacement = measureByKey.get(measure.replacedBy) ?? null;
  return { categories, measures };
}
