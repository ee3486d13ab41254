import { completeMention, mentionBeingTyped } from './mention-text';

describe('mentions being typed', () => {
  it('finds the @name at the end of the text, not inside an email address', () => {
    expect(mentionBeingTyped('Thanks @sa')).toEqual({ prefix: 'sa', start: 7 });
    expect(mentionBeingTyped('@Mia')).toEqual({ prefix: 'Mia', start: 0 });
    expect(mentionBeingTyped('mail sam@example')).toBeNull();
    expect(mentionBeingTyped('done @sam ')).toBeNull();
  });

  it('replaces it with the chosen handle and a space', () => {
    expect(completeMention('Thanks @sa', 'sam-setter')).toBe('Thanks @sam-setter ');
    expect(completeMention('no mention', 'sam')).toBe('no mention');
  });
});
