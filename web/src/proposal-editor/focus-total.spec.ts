import { focusTotal } from './focus-total';

describe('focusTotal', () => {
  it('adds the shares and says when they make 100', () => {
    expect(focusTotal(['25', '20', '30', '15', '10'])).toEqual({ total: 100, message: 'Total: 100%. The shares add up.', complete: true });
  });

  it('says how far off the total is, either way', () => {
    expect(focusTotal(['25', '20', '30', '20', '10']).message).toBe('Total: 105%. That is 5% too much; it must be 100%.');
    expect(focusTotal(['20', '', 'x', '20', '10']).message).toBe('Total: 50%. 50% left to share out; it must be 100%.');
  });
});
