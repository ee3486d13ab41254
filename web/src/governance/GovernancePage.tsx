import { useSuspenseQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { canConfigureGovernance } from '../auth/roles';
import { useCurrentUser } from '../auth/useCurrentUser';
import { graphql, useFragment } from '../gql';
import { ErrorState } from '../ui/ErrorState';
import { formatDuration } from '../ui/duration';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { hiddenResultsSentence, quorumSentence, thresholdSentence } from '../voting/voting-rules';
import { Time } from '../ui/Time';
import { GovernanceSettingsForm } from './GovernanceSettingsForm';
import './governance.css';
import { RoleHolders } from './RoleHolders';

/** The rules as the page states them; saving them answers with the same, so the page shows what was saved. */
export const GovernancePage_settings = graphql(`
  fragment GovernancePage_settings on GovernanceSettings {
    votingWindowSeconds
    minimumWindowSeconds
    quorumPercent
    thresholdNumerator
    thresholdDenominator
    hideResultsUntilClose
    updatedAt
    ...GovernanceSettingsForm_settings
  }
`);

export const GovernanceQuery = graphql(`
  query Governance {
    governanceSettings {
      ...GovernancePage_settings
    }
  }
`);

const LIFECYCLE: { status: string; text: string }[] = [
  { status: 'Draft', text: 'The author writes the proposal: a title, a summary and a change set. Only they can see it.' },
  {
    status: 'In discussion',
    text: 'The author submits it. Anyone can read it and signed-in members comment; the author can still edit or withdraw it.',
  },
  { status: 'Voting', text: 'An editor opens the vote. Standard-setters vote until the closing time; comments stay open.' },
  {
    status: 'Accepted or Rejected',
    text: 'The vote closes by itself at its deadline. The outcome is computed once, under the rules the vote opened with, and frozen with the tally.',
  },
  { status: 'Merged', text: 'An editor applies an accepted proposal to the working draft of the framework.' },
  { status: 'Released', text: 'An editor publishes a release: an immutable, versioned snapshot that includes every merged proposal.' },
];

/** How proposals are decided, in plain words with the rules in force; administrators change the rules here. */
export function GovernancePage() {
  const { user } = useCurrentUser();
  const { data } = useSuspenseQuery(GovernanceQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const settings = useFragment(GovernancePage_settings, data.governanceSettings);
  return (
    <GovernanceFrame
      rules={
        <>
          <ul className="rule-list" data-testid="governance-rules">
            <li data-testid="rule-window">
              <strong>Window.</strong> A vote stays open for {formatDuration(settings.votingWindowSeconds)} unless the editor who opens it
              chooses another closing time
              {settings.minimumWindowSeconds
                ? `, which must be at least ${formatDuration(settings.minimumWindowSeconds)} away.`
                : '; there is no minimum.'}{' '}
              It closes by itself at its deadline; an editor may close it earlier only once every elector has voted.
            </li>
            <li data-testid="rule-electorate">
              <strong>Who votes.</strong> The standard-setters at the moment a vote opens are its electors, and only they vote on it. Role
              changes during the vote change nothing for it: someone who becomes a standard-setter later does not vote, someone who stops
              being one keeps their vote, and the quorum counts the same people throughout.
            </li>
            <li data-testid="rule-quorum">
              <strong>Quorum.</strong> {quorumSentence(settings)}
            </li>
            <li data-testid="rule-threshold">
              <strong>Threshold.</strong> {thresholdSentence(settings)}
            </li>
            <li data-testid="rule-results">
              <strong>Results.</strong> {hiddenResultsSentence(settings.hideResultsUntilClose)}
            </li>
            <li>
              <strong>Changes to these rules</strong> apply to votes opened afterwards only. Each vote keeps the rules it opened with, and
              its page states them.
            </li>
          </ul>
          <p className="muted">
            Last changed on <Time value={settings.updatedAt} />. See the <Link to="/proposals?status=VOTING">proposals being voted on</Link>
            .
          </p>
        </>
      }
    >
      {canConfigureGovernance(user?.role) ? (
        <section className="governance-rules" aria-labelledby="governance-edit-title">
          <h2 id="governance-edit-title">Change the rules</h2>
          <p>As an administrator you can change the rules. Votes already open keep theirs.</p>
          <GovernanceSettingsForm settings={settings} />
        </section>
      ) : null}
    </GovernanceFrame>
  );
}

export function GovernancePageLoading() {
  return <GovernanceFrame rules={<LoadingState label="Loading the voting rules…" />} />;
}

export function GovernancePageFailed({ error, retry }: QueryFailure) {
  return (
    <GovernanceFrame rules={<ErrorState error={error} heading="Could not load the voting rules" headingLevel={2} onRetry={retry} />} />
  );
}

/** The page around the rules in force (`rules`), which come from the API; `children` follow them. */
function GovernanceFrame({ rules, children }: { rules: ReactNode; children?: ReactNode }) {
  useDocumentTitle('Governance');
  return (
    <div className="governance-page">
      <header className="page-header">
        <h1>Governance</h1>
        <p className="lead">
          How a proposed change becomes part of the framework: who decides, and by which rules. The rules below are the ones in force now.
        </p>
      </header>

      <section className="governance-rules" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">The life of a proposal</h2>
        <ol className="lifecycle" data-testid="lifecycle">
          {LIFECYCLE.map((step) => (
            <li key={step.status}>
              <strong>{step.status}.</strong> {step.text}
            </li>
          ))}
        </ol>
        <p>
          An author may also <strong>withdraw</strong> their proposal while it is a draft or in discussion. Every step is recorded in the
          proposal&rsquo;s history: who, when, and why.
        </p>
      </section>

      <section className="governance-rules" aria-labelledby="voters-title">
        <h2 id="voters-title">Who votes</h2>
        <p>
          Only <strong>standard-setters</strong> vote, one vote each: approve, reject or abstain. A reason is optional, except to reject,
          and it is public. A standard-setter may change their vote until voting closes; the history keeps every earlier vote. Editors open
          and close votes and merge accepted proposals, but do not vote; administrators set the rules below.
        </p>
        <RoleHolders />
      </section>

      <section className="governance-rules" aria-labelledby="rules-title">
        <h2 id="rules-title">The voting rules in force</h2>
        {rules}
      </section>

      {children}
    </div>
  );
}
