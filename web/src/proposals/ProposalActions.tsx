import { TEXT_LIMITS } from '@ocmf/standard';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../gql';
import { describeError, errorCode, fieldIssuesOf } from '../ui/graphql-errors';
import { TextAreaField } from '../ui/TextAreaField';
import { useSubmitProposalMutation } from './useSubmitProposalMutation';
import { useWithdrawProposalMutation } from './useWithdrawProposalMutation';
import './proposals.css';

export const ProposalActions_proposal = graphql(`
  fragment ProposalActions_proposal on Proposal {
    number
    status
    viewerCanEdit
  }
`);

type Failure = { message: string; details: string[] };

function failureOf(error: unknown): Failure {
  if (errorCode(error) === 'INVALID_CHANGES') {
    return {
      message: 'The change set no longer applies to the working draft. Edit the proposal to bring it up to date:',
      details: fieldIssuesOf(error).map((issue) => issue.message),
    };
  }
  return { message: describeError(error).message, details: [] };
}

type ProposalActionsProps = {
  proposal: FragmentType<typeof ProposalActions_proposal>;
  /** What just happened, to say first (e.g. "Saved as a draft" after the editor). */
  notice?: string | null;
};

/** What the author can do with their proposal now: edit it, submit it for discussion, withdraw it. */
export function ProposalActions(props: ProposalActionsProps) {
  const proposal = useFragment(ProposalActions_proposal, props.proposal);
  const { submitProposal, loading: submitting } = useSubmitProposalMutation();
  const { withdrawProposal, loading: withdrawing } = useWithdrawProposalMutation();
  const [withdrawOpen, setWithdrawOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [done, setDone] = useState(props.notice ?? '');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (withdrawOpen) reasonRef.current?.focus();
  }, [withdrawOpen]);

  const submit = async () => {
    setFailure(null);
    try {
      await submitProposal(proposal.number);
      setDone('Submitted for discussion. Anyone can now read it and signed-in members can comment.');
      statusRef.current?.focus();
    } catch (error) {
      setFailure(failureOf(error));
    }
  };

  const withdraw = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await withdrawProposal(proposal.number, reason.trim() || null);
      setWithdrawOpen(false);
      setDone('The proposal is withdrawn.');
      statusRef.current?.focus();
    } catch (error) {
      setFailure(failureOf(error));
    }
  };

  const cancelWithdraw = () => {
    setWithdrawOpen(false);
    setReason('');
    withdrawButton.current?.focus();
  };

  const canAct = proposal.viewerCanEdit;
  return (
    <div className="proposal-actions" data-testid="proposal-actions">
      <p ref={statusRef} tabIndex={-1} className="status-message" role="status" data-testid="action-status">
        {done}
      </p>
      {canAct ? (
        <>
          {proposal.status === 'DRAFT' ? (
            <p className="muted proposal-actions__note">
              This is a draft: only you can see it. Submit it for discussion when it is ready; you can still edit it during the discussion.
            </p>
          ) : null}
          <div className="button-row">
            <Link to={`/proposals/${proposal.number}/edit`} className="button button--quiet">
              Edit proposal
            </Link>
            {proposal.status === 'DRAFT' ? (
              <button type="button" className="button" onClick={() => void submit()} disabled={submitting}>
                {submitting ? 'Submitting…' : 'Submit for discussion'}
              </button>
            ) : null}
            {!withdrawOpen ? (
              <button ref={withdrawButton} type="button" className="button button--quiet" onClick={() => setWithdrawOpen(true)}>
                Withdraw…
              </button>
            ) : null}
          </div>
          {withdrawOpen ? (
            <form className="inline-form" onSubmit={(event) => void withdraw(event)} aria-label="Withdraw the proposal">
              <TextAreaField
                ref={reasonRef}
                label="Why are you withdrawing it? (optional)"
                name="withdraw-reason"
                hint="Shown in the proposal's history."
                value={reason}
                rows={3}
                maxLength={TEXT_LIMITS.reason.max}
                onChange={(event) => setReason(event.target.value)}
              />
              <div className="button-row">
                <button type="submit" className="button button--danger" disabled={withdrawing}>
                  {withdrawing ? 'Withdrawing…' : 'Withdraw proposal'}
                </button>
                <button type="button" className="button button--quiet" onClick={cancelWithdraw}>
                  Cancel
                </button>
              </div>
            </form>
          ) : null}
        </>
      ) : null}
      {failure ? (
        <div className="notice notice--block" role="alert" data-testid="action-error">
          <p>{failure.message}</p>
          {failure.details.length > 0 ? (
            <ul>
              {failure.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
