import { TextInputPipe } from './text-input.pipe.js';

const decomposed = 'Cafe\u0301';

describe('TextInputPipe', () => {
  const pipe = new TextInputPipe();

  it('normalises GraphQL arguments and HTTP input to NFC and refuses NUL characters with the field', () => {
    // @nestjs/graphql passes arguments as parameter type 3 (GqlParamtype.ARGS).
    expect(pipe.transform({ title: decomposed }, { type: 3 as never, data: 'input' })).toEqual({ title: 'Café' });
    expect(pipe.transform(decomposed, { type: 'query', data: 'q' })).toBe('Café');
    expect(() => pipe.transform({ title: 'a\u0000b' }, { type: 'body', data: 'input' })).toThrow(
      'input.title: must not contain a NUL character (U+0000)',
    );
  });

  it("leaves the server's own values alone: a resolver's parent, context and info, custom decorators", () => {
    for (const type of [0, 1, 2, 'custom']) {
      const parent = { title: decomposed, nested: { text: 'a\u0000b' } };
      expect(pipe.transform(parent, { type: type as never })).toBe(parent);
      expect(parent.title).toBe(decomposed);
    }
  });
});
