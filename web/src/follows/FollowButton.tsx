import { useCurrentUser } from '../auth/useCurrentUser';
import type { FollowKind } from '../gql/graphql';
import { useIsFollowing } from './useIsFollowing';
import { useFollowMutation } from './useFollowMutation';
import { useUnfollowMutation } from './useUnfollowMutation';
import './follows.css';

type FollowButtonProps = {
  kind: FollowKind;
  followKey: string;
  /** What is followed, for screen readers when the label does not say: "proposal #12", "Time to Smile". */
  subject?: string;
  /** The words for following, e.g. "Watch releases"; default "Follow". */
  label?: string;
};

/** A toggle (aria-pressed) to follow something; shown to signed-in readers only. */
export function FollowButton({ kind, followKey, subject, label = 'Follow' }: FollowButtonProps) {
  const { user } = useCurrentUser();
  const on = useIsFollowing(kind, followKey, user !== null);
  const { follow, loading: following } = useFollowMutation();
  const { unfollow, loading: unfollowing } = useUnfollowMutation();
  if (!user || on === undefined) return null;
  return (
    <button
      type="button"
      className={`button button--small follow-button${on ? ' follow-button--on' : ' button--quiet'}`}
      aria-pressed={on}
      disabled={following || unfollowing}
      onClick={() => void (on ? unfollow(kind, followKey) : follow(kind, followKey))}
      data-testid="follow-button"
    >
      {label}
      {subject ? <span className="visually-hidden"> {subject}</span> : null}
    </button>
  );
}
