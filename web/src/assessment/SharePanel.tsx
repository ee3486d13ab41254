import { useState } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { formatDateTime } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { useRevokeAssessmentShareMutation } from './useRevokeAssessmentShareMutation';
import { useShareAssessmentMutation } from './useShareAssessmentMutation';

export const SharePanel_assessment = graphql(`
  fragment SharePanel_assessment on Assessment {
    id
    sharedAt
  }
`);

/** The owner creates a read-only link to the assessment (shown once: only its hash is kept) or revokes it. */
export function SharePanel(props: { assessment: FragmentType<typeof SharePanel_assessment> }) {
  const assessment = useFragment(SharePanel_assessment, props.assessment);
  const { shareAssessment, loading: sharing } = useShareAssessmentMutation();
  const { revokeShare, loading: revoking } = useRevokeAssessmentShareMutation();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const share = async () => {
    setError(null);
    try {
      setUrl(await shareAssessment(assessment.id));
      setStatus('A new share link was created. Copy it now: it is shown only once.');
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  const revoke = async () => {
    setError(null);
    try {
      await revokeShare(assessment.id);
      setUrl(null);
      setStatus('The share link was revoked: it no longer works.');
    } catch (failure) {
      setError(describeError(failure).message);
    }
  };
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus('Could not copy: select the link and copy it yourself.');
    }
  };

  return (
    <section className="result-section owner-panel no-print" aria-labelledby="share-title" data-testid="share-panel">
      <h2 id="share-title">Share</h2>
      <p>
        Your assessment is private. A share link lets anyone who has it read the results (not your name or email address) until you revoke
        it.
      </p>
      {assessment.sharedAt && !url ? <p>A share link has been active since {formatDateTime(assessment.sharedAt)}.</p> : null}
      {url ? (
        <div className="field share-link">
          <label htmlFor="share-url">Share link</label>
          <input id="share-url" readOnly value={url} onFocus={(event) => event.target.select()} data-testid="share-url" />
        </div>
      ) : null}
      <div className="button-row">
        {url ? (
          <button type="button" className="button" onClick={() => void copy()}>
            Copy link
          </button>
        ) : null}
        <button type="button" className={url ? 'button button--quiet' : 'button'} onClick={() => void share()} disabled={sharing}>
          {assessment.sharedAt ? 'Create a new link' : 'Create a share link'}
        </button>
        {assessment.sharedAt ? (
          <button type="button" className="button button--danger" onClick={() => void revoke()} disabled={revoking}>
            Revoke link
          </button>
        ) : null}
      </div>
      <p className="status-message" role="status">
        {status}
      </p>
      {error ? (
        <p className="notice" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
