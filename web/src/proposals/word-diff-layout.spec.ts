import { diffWords } from '@ocmf/standard';
import { mostlyRewritten } from './word-diff-layout';

describe('mostlyRewritten', () => {
  it('keeps the word diff when little changed', () => {
    expect(mostlyRewritten(diffWords('The time until the customer smiles again.', 'The time until the customer is happy again.'))).toBe(
      false,
    );
  });

  it('shows the two versions when the text was rewritten', () => {
    expect(
      mostlyRewritten(diffWords('Elapsed days to resolution.', 'How long a customer waits, from interruption to a happy state.')),
    ).toBe(true);
  });

  it('is never true for a pure addition or removal', () => {
    expect(mostlyRewritten(diffWords('', 'New notes.'))).toBe(false);
  });
});
