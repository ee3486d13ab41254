import { buildThread } from './comment-thread';

const c = (id: string, parentId: string | null = null) => ({ id, parentId });

describe('buildThread', () => {
  it('nests replies under their parents, in order, with their depth', () => {
    const thread = buildThread([c('a'), c('b', 'a'), c('c'), c('d', 'b'), c('e', 'a')]);
    const shape = (nodes: ReturnType<typeof buildThread>): unknown =>
      nodes.map((node) => [node.comment.id, node.depth, shape(node.replies)]);
    expect(shape(thread)).toEqual([
      [
        'a',
        0,
        [
          ['b', 1, [['d', 2, []]]],
          ['e', 1, []],
        ],
      ],
      ['c', 0, []],
    ]);
  });

  it('keeps replies whose parent is missing or listed later, at the top level', () => {
    const thread = buildThread([c('x', 'gone'), c('y', 'z'), c('z', 'y')]);
    expect(thread.map((node) => node.comment.id)).toEqual(['x', 'y']);
    expect(thread[1]?.replies.map((node) => node.comment.id)).toEqual(['z']);
  });

  it('gives nothing for no comments', () => {
    expect(buildThread([])).toEqual([]);
  });
});
