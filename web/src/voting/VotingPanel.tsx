import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { canManageProposals } from '../auth/roles';
import { type FragmentType, graphql, useFragment } from '../gql';
import type { ProposalStatus, Role, VoteOutcome } from '../gql/graphql';
import { Badge } from '../ui/Badge';
import { formatDuration } from '../ui/duration';
import { Time } from '../ui/Time';
import { Countdown } from './Countdown';
import { OpenVotingForm } from './OpenVotingForm';
import { VoteForm } from './VoteForm';
import { VoteHistory } from './VoteHistory';
import { VoteList } from './VoteList';
import { VoteTally } from './VoteTally';
import { VotingEditorActions } from './VotingEditorActions';
import { VotingRules } from './VotingRules';
import { outcomeTitle, outcomeTone } from './voting-rules';
import './voting.css';

export const VotingPanel_proposal = graphql(`
  fragment VotingPanel_proposal on Proposal {
    id
    number
    status
    releasedIn
    mergedRevision
    voting {
      id
      isOpen
      closesAt
      closedAt
      electorate
      outcome
      outcomeReason
      resultsHidden
      viewerCanVote
      tally {
        voted
      }
      ...VotingRules_voting
      ...VoteTally_voting
      ...VoteForm_voting
      ...VoteList_voting
      ...VoteHistory_voting
    }
  }
`);

export const VotingPanel_settings = graphql(`
  fragment VotingPanel_settings on GovernanceSettings {
    votingWindowSeconds
    ...OpenVotingForm_settings
  }
`);

type VotingPanelProps = {
  proposal: FragmentType<typeof VotingPanel_proposal>;
  settings: FragmentType<typeof VotingPanel_settings>;
  viewerRole: Role | null;
  /** Called when the deadline has passed and the page still shows the vote open, to fetch the result. */
  onDeadlinePassed?: () => void;
};

/**
 * The proposal's vote: its rules, time left, the tally, who voted what and why, the vote form for
 * standard-setters, and the editors' controls (open, close, merge). It updates live with the page.
 */
export function VotingPanel(props: VotingPanelProps) {
  const proposal = useFragment(VotingPanel_proposal, props.proposal);
  const settings = useFragment(VotingPanel_settings, props.settings);
  const { voting, status } = proposal;
  const editor = canManageProposals(props.viewerRole);
  const deadlinePassed = useDeadlinePassed(voting && !voting.closedAt ? voting.closesAt : null);
  const { onDeadlinePassed } = props;

  // The server closes the vote by itself within a second or two of the deadline and pushes the result; if the
  // page has not heard of it a few seconds later (a dropped connection), it asks.
  useEffect(() => {
    if (!deadlinePassed || status !== 'VOTING' || !onDeadlinePassed) return;
    const timers = [5_000, 15_000].map((delay) => setTimeout(onDeadlinePassed, delay));
    return () => timers.forEach(clearTimeout);
  }, [deadlinePassed, status, onDeadlinePassed]);

  if (!voting) {
    if (status !== 'DISCUSSION') return null;
    return (
      <section className="page-section voting-panel" aria-labelledby="voting-title" data-testid="voting-panel">
        <h2 id="voting-title">Vote</h2>
        <p data-testid="voting-status">
          Not put to a vote yet. When an editor opens voting, the standard-setters have {formatDuration(settings.votingWindowSeconds)} (by
          default) to approve, reject or abstain. <Link to="/governance">How voting works</Link>
        </p>
        {editor ? <OpenVotingForm settings={settings} proposalNumber={proposal.number} /> : null}
      </section>
    );
  }

  const open = status === 'VOTING' && !voting.closedAt;
  const everyoneVoted = voting.tally !== null && voting.tally !== undefined && voting.tally.voted >= voting.electorate;
  const canClose = open && (deadlinePassed || !voting.isOpen || everyoneVoted || voting.resultsHidden);
  const closeHint = !open
    ? null
    : deadlinePassed || !voting.isOpen
      ? 'The deadline has passed: the vote closes by itself in a moment, or you can close it now.'
      : everyoneVoted
        ? 'Every standard-setter has voted, so you may close the vote before its deadline.'
        : voting.resultsHidden
          ? 'You may close the vote early only once every standard-setter has voted; otherwise it closes by itself at its deadline.'
          : 'The vote closes by itself at its deadline. You may close it early once every standard-setter has voted.';

  return (
    <section className="page-section voting-panel" aria-labelledby="voting-title" data-testid="voting-panel">
      <h2 id="voting-title">Vote</h2>
      <div className="voting-status" aria-live="polite" data-testid="voting-status">
        {open ? (
          deadlinePassed ? (
            <p className="voting-status__line">
              <strong>Voting time is up.</strong> The vote is closing; its outcome will appear here in a moment.
            </p>
          ) : (
            <p className="voting-status__line">
              <Badge tone="warning">Voting open</Badge> closes <Time value={voting.closesAt} show="both" testId="voting-closes" />
            </p>
          )
        ) : (
          <Outcome
            outcome={voting.outcome ?? null}
            reason={voting.outcomeReason ?? null}
            closedAt={voting.closedAt ?? null}
            status={status}
            releasedIn={proposal.releasedIn ?? null}
            mergedRevision={proposal.mergedRevision ?? null}
          />
        )}
      </div>
      {open && !deadlinePassed ? (
        <p className="countdown">
          <Countdown until={voting.closesAt} />
        </p>
      ) : null}

      {/* The form first: a standard-setter who has come to vote finds it without scrolling past the rules. */}
      {voting.viewerCanVote && open && !deadlinePassed ? <VoteForm voting={voting} proposalNumber={proposal.number} /> : null}
      <VoteTally voting={voting} />
      <VotingRules voting={voting} />
      <VoteList voting={voting} />
      <VoteHistory voting={voting} proposalNumber={proposal.number} />
      {editor ? <VotingEditorActions proposalNumber={proposal.number} status={status} canClose={canClose} closeHint={closeHint} /> : null}
    </section>
  );
}

type OutcomeProps = {
  outcome: VoteOutcome | null;
  reason: string | null;
  closedAt: string | null;
  status: ProposalStatus;
  releasedIn: string | null;
  mergedRevision: number | null;
};

function Outcome({ outcome, reason, closedAt, status, releasedIn, mergedRevision }: OutcomeProps) {
  if (!outcome) {
    return (
      <p className="voting-status__line">
        <strong>Voting has closed.</strong> The outcome is being recorded.
      </p>
    );
  }
  return (
    <div className={`voting-outcome voting-outcome--${outcome === 'PASSED' ? 'passed' : 'failed'}`} data-testid="voting-outcome">
      <p className="voting-outcome__title">
        <Badge tone={outcomeTone(outcome)}>Outcome</Badge> <strong data-testid="voting-outcome-title">{outcomeTitle(outcome)}</strong>
      </p>
      {reason ? (
        <p className="voting-outcome__reason" data-testid="voting-outcome-reason">
          {reason}
        </p>
      ) : null}
      {closedAt ? (
        <p className="voting-outcome__meta">
          Voting closed on <Time value={closedAt} />.
        </p>
      ) : null}
      {status === 'MERGED' || status === 'RELEASED' ? (
        <p className="voting-outcome__meta" data-testid="merge-note">
          Merged into the working draft{mergedRevision ? ` (its version ${mergedRevision})` : ''}.
          {status === 'RELEASED' && releasedIn ? (
            <>
              {' '}
              Published in <Link to={`/releases/${encodeURIComponent(releasedIn)}`}>release v{releasedIn}</Link>.
            </>
          ) : status === 'MERGED' ? (
            ' It will be published with the next release.'
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

/** Whether `deadline` (ISO) has passed; re-renders once when it does. Null: no deadline. */
function useDeadlinePassed(deadline: string | null): boolean {
  const at = deadline ? Date.parse(deadline) : Number.NaN;
  const [passed, setPassed] = useState(() => Number.isFinite(at) && at <= Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const left = Number.isFinite(at) ? at - Date.now() : Number.POSITIVE_INFINITY;
      setPassed(left <= 0);
      // Timers cannot wait longer than about 24 days: look again then.
      if (left > 0 && Number.isFinite(left)) timer = setTimeout(check, Math.min(left + 50, 2_000_000_000));
    };
    check();
    return () => clearTimeout(timer);
  }, [at]);
  return passed;
}
