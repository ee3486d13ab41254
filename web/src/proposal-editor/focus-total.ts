import { parseNumber } from './change-form';

/** The running total of the shares typed so far (what is not a number counts as 0), and what it says. */
export function focusTotal(texts: readonly string[]): { total: number; message: string; complete: boolean } {
  const total = texts.reduce((sum, text) => {
    const value = parseNumber(text);
    return Number.isFinite(value) ? sum + value : sum;
  }, 0);
  if (total === 100) return { total, message: 'Total: 100%. The shares add up.', complete: true };
  const gap = 100 - total;
  const message =
    gap > 0
      ? `Total: ${total}%. ${gap}% left to share out; it must be 100%.`
      : `Total: ${total}%. That is ${-gap}% too much; it must be 100%.`;
  return { total, message, complete: false };
}
