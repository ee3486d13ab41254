type Threadable = { id: string; parentId?: string | null };

export type ThreadNode<T extends Threadable> = { comment: T; depth: number; replies: ThreadNode<T>[] };

/**
 * Nests comments (oldest first, as the API lists them) under the comments they reply to, keeping their order.
 * A reply attaches only to a parent listed before it, so a reply whose parent is missing becomes a top-level
 * comment instead of disappearing (and no loop can form).
 */
export function buildThread<T extends Threadable>(comments: readonly T[]): ThreadNode<T>[] {
  const roots: ThreadNode<T>[] = [];
  const nodes = new Map<string, ThreadNode<T>>();
  for (const comment of comments) {
    const parent = comment.parentId ? nodes.get(comment.parentId) : undefined;
    const node: ThreadNode<T> = { comment, depth: parent ? parent.depth + 1 : 0, replies: [] };
    nodes.set(comment.id, node);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}
