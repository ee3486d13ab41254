import type { CSSProperties } from 'react';

type WithFocus = { key: string; name: string; focusPercent: number };

export type FocusSegment = WithFocus & { colorIndex: number };

/** The sum of the Focus % shares; the framework's invariant is that it is exactly 100. */
export function focusTotal(categories: readonly { focusPercent: number }[]): number {
  return categories.reduce((sum, category) => sum + category.focusPercent, 0);
}

/** The categories in display order, each with a stable colour slot, for the bar and its legend. */
export function focusSegments(categories: readonly WithFocus[]): FocusSegment[] {
  return categories.map((category, index) => ({ ...category, colorIndex: categoryColorIndex(index) }));
}

const PALETTE_SIZE = 6;

/** Colour slot 1–6 for the category at this position in display order. */
export function categoryColorIndex(index: number): number {
  return (((index % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE) + 1;
}

/** Exposes a category's colour to CSS as `--accent` (the palette lives in base.css). */
export function accentStyle(colorIndex: number): CSSProperties {
  return { '--accent': `var(--category-${colorIndex})` } as CSSProperties;
}
