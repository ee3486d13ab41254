import { choiceOf } from './choices';

describe('choiceOf', () => {
  const CHOICES = ['APPROVE', 'REJECT'] as const;

  it('returns the value typed as one of the choices', () => {
    expect(choiceOf(CHOICES, 'REJECT')).toBe('REJECT');
  });

  it('returns null for anything else, including the empty placeholder', () => {
    expect(choiceOf(CHOICES, '')).toBeNull();
    expect(choiceOf(CHOICES, 'approve')).toBeNull();
  });
});
