import type { BenchmarkPosition, Tracking, Usage } from '@ocmf/standard';

export const TRACKING_OPTIONS: readonly { value: Tracking; label: string }[] = [
  { value: 'YES', label: 'Yes' },
  { value: 'PARTLY', label: 'Partly' },
  { value: 'NO', label: 'No' },
  { value: 'NOT_APPLICABLE', label: 'Does not apply to us' },
];

export const USAGE_OPTIONS: readonly { value: Usage; label: string }[] = [
  { value: 'GUIDING', label: 'To guide decisions and learning' },
  { value: 'GRADING', label: 'To grade people or targets' },
  { value: 'NOT_USED', label: 'Not really used' },
];

const TRACKING_WORDS: Record<Tracking, string> = {
  YES: 'Tracked',
  PARTLY: 'Partly tracked',
  NO: 'Not tracked',
  NOT_APPLICABLE: 'Does not apply',
};

export const trackingLabel = (tracking: Tracking): string => TRACKING_WORDS[tracking];

const POSITION_WORDS: Record<BenchmarkPosition, string> = {
  BELOW_P25: 'below most contributors (under the 25th percentile)',
  P25_TO_MEDIAN: 'in the lower middle (between the 25th percentile and the median)',
  MEDIAN_TO_P75: 'in the upper middle (between the median and the 75th percentile)',
  ABOVE_P75: 'above most contributors (over the 75th percentile)',
};

/** Where a value falls among contributors, in words. */
export const positionLabel = (position: BenchmarkPosition): string => POSITION_WORDS[position];

/** A percentage as people read it: whole numbers as they are, others to one decimal. */
export const formatPercent = (value: number): string => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
