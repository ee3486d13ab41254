import type { Change } from './changes.js';
import { findCategory, findMeasure } from './document-access.js';
import type { FrameworkDocument } from './document.js';

/**
 * The category and measure keys a change set touches, for filtering proposals and for showing who is affected.
 * A Focus % change touches only the categories whose share it changes.
 */
export const touchedKeys = (changes: readonly Change[], before: FrameworkDocument): { categories: string[]; measures: string[] } => {
  const categories = new Set<string>();
  const measures = new Set<string>();
  const addCategoryOf = (measureKey: string) => {
    const categoryKey = findMeasure(before, measureKey)?.categoryKey;
    if (categoryKey !== undefined) categories.add(categoryKey);
  };
  for (const change of changes) {
    switch (change.op) {
      case 'ADD_MEASURE':
        measures.add(change.measure.key);
        categories.add(change.measure.categoryKey);
        break;
      case 'UPDATE_MEASURE':
      case 'RETIRE_MEASURE':
        measures.add(change.measureKey);
        addCategoryOf(change.measureKey);
        break;
      case 'MOVE_MEASURE':
        measures.add(change.measureKey);
        addCategoryOf(change.measureKey);
        categories.add(change.categoryKey);
        break;
      case 'ADD_CATEGORY':
        categories.add(change.category.key);
        break;
      case 'UPDATE_CATEGORY':
        categories.add(change.categoryKey);
        break;
      case 'SET_FOCUS':
        for (const share of change.focus) {
          if (findCategory(before, share.categoryKey)?.focusPercent !== share.focusPercent) categories.add(share.categoryKey);
        }
        break;
    }
  }
  return { categories: [...categories].sort(), measures: [...measures].sort() };
};
