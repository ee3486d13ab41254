/**
 * A ballot's current votes as the API lists them, with `vote` in place of its voter's previous one: one per voter,
 * oldest cast first, then by voter id (UUIDs, whose text sorts as PostgreSQL sorts them).
 */
export function withVote<T>(votes: readonly T[], vote: T, key: (vote: T) => { voterId: string; castAt: string }): T[] {
  const { voterId, castAt } = key(vote);
  const others = votes.filter((other) => key(other).voterId !== voterId);
  const after = others.findIndex((other) => {
    const at = key(other).castAt;
    return at > castAt || (at === castAt && key(other).voterId > voterId);
  });
  return after === -1 ? [...others, vote] : [...others.slice(0, after), vote, ...others.slice(after)];
}
