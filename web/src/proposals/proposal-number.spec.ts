import { parseProposalNumber } from './proposal-number';

describe('parseProposalNumber', () => {
  it('reads positive whole numbers', () => {
    expect(parseProposalNumber('1')).toBe(1);
    expect(parseProposalNumber('120')).toBe(120);
  });

  it('refuses anything else', () => {
    for (const value of [undefined, '', '0', '-1', '1.5', '01', 'new', '9999999999']) expect(parseProposalNumber(value)).toBeNull();
  });
});
