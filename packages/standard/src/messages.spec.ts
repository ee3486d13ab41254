import { capitalise, quote } from './messages.js';

describe('messages', () => {
  it('capitalises the first letter only', () => {
    expect(capitalise('the name of measure x')).toBe('The name of measure x');
    expect(capitalise('')).toBe('');
  });

  it('quotes values as JSON', () => {
    expect(quote('Customer')).toBe('"Customer"');
    expect(quote(42)).toBe('42');
    expect(quote(null)).toBe('null');
    expect(quote(undefined)).toBe('undefined');
  });
});
