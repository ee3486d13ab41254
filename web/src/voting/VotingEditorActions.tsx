import { useState } from 'react';
import { Link } from 'react-router';
import type { ProposalStatus } from '../gql/graphql';
import { ConflictList, type ConflictView } from '../proposals/ConflictList';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { describeError, errorCode } from '../ui/graphql-errors';
import { mergeConflictsOf } from './merge-conflicts';
import { useCloseVotingMutation } from './useCloseVotingMutation';
import { useMergeProposalMutation } from './useMergeProposalMutation';
import './voting.css';

type VotingEditorActionsProps = {
  proposalNumber: number;
  status: ProposalStatus;
  /** Whether the API would let an editor close the vote now, as far as this page knows. */
  canClose: boolean;
  /** Why not, when it would not. */
  closeHint: string | null;
};

type Failure = { message: string; conflicts: ConflictView[] };

/** What an editor does with a vote: close it once allowed, then merge an accepted proposal into the working draft. */
export function VotingEditorActions({ proposalNumber, status, canClose, closeHint }: VotingEditorActionsProps) {
  const { closeVoting, loading: closing } = useCloseVotingMutation();
  const { mergeProposal, loading: merging } = useMergeProposalMutation();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState<'close' | 'merge' | null>(null);

  if (status === 'MERGED') {
    return (
      <section className="voting-block voting-editor" aria-labelledby="voting-editor-title" data-testid="voting-editor-actions">
        <h3 id="voting-editor-title">Next step</h3>
        <p data-testid="next-step">
          {done ? `${done} ` : 'Merged into the working draft. '}It goes out with the next release:{' '}
          <Link to="/releases/prepare">Prepare the release</Link>.
        </p>
      </section>
    );
  }
  if (status !== 'VOTING' && status !== 'ACCEPTED') return null;

  const run = async (action: () => Promise<void>, success: string) => {
    setConfirming(null);
    setFailure(null);
    setDone('');
    try {
      await action();
      setDone(success);
    } catch (error) {
      const conflicts = mergeConflictsOf(error);
      const message =
        errorCode(error) === 'MERGE_CONFLICT'
          ? 'The proposal no longer applies cleanly to the working draft: someone changed the same fields since it was written. ' +
            'Nothing was merged. The author can resolve this in an amended proposal.'
          : describeError(error).message;
      setFailure({ message, conflicts });
    }
  };

  return (
    <section className="voting-block voting-editor" aria-labelledby="voting-editor-title" data-testid="voting-editor-actions">
      <h3 id="voting-editor-title">Editor actions</h3>
      {status === 'VOTING' ? (
        <>
          {closeHint ? <p className="muted">{closeHint}</p> : null}
          {canClose ? (
            <div className="button-row">
              <button type="button" className="button" disabled={closing} onClick={() => setConfirming('close')}>
                {closing ? 'Closing voting…' : 'Close voting'}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <>
          <p className="muted">
            Merging applies the accepted change set to the working draft; it then waits for the next release to be published.
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={merging} onClick={() => setConfirming('merge')}>
              {merging ? 'Merging…' : 'Merge into the draft'}
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming === 'close'}
        title={`Close voting on proposal #${proposalNumber}?`}
        confirmLabel="Close voting now"
        danger
        pending={closing}
        onConfirm={() => void run(() => closeVoting(proposalNumber), 'Voting is closed.')}
        onCancel={() => setConfirming(null)}
        testId="confirm-close-voting"
      >
        <p>
          Voting ends now, before its deadline. Nobody can cast or change a vote afterwards: the tally is frozen and the outcome, accepted
          or rejected, is decided from the votes cast so far.
        </p>
        <p>This cannot be undone.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'merge'}
        title={`Merge proposal #${proposalNumber} into the working draft?`}
        confirmLabel="Merge now"
        pending={merging}
        onConfirm={() => void run(() => mergeProposal(proposalNumber), 'Merged into the working draft.')}
        onCancel={() => setConfirming(null)}
        testId="confirm-merge"
      >
        <p>
          Its changes are applied to the working draft, and go out with the next release. A merge cannot be undone: only a later proposal
          can change them back.
        </p>
      </ConfirmDialog>
      <p className="status-message" role="status">
        {done}
      </p>
      {failure ? (
        <div className="notice notice--block" role="alert" data-testid="voting-action-error">
          <p>{failure.message}</p>
          {failure.conflicts.length > 0 ? <ConflictList conflicts={failure.conflicts} /> : null}
        </div>
      ) : null}
    </section>
  );
}
