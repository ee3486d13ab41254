import { skipToken, useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql, useFragment } from '../gql';
import { asFrameworkDocument, ChangeFields_change, changeFromApi } from '../proposals/proposal-changes';
import { parseProposalNumber } from '../proposals/proposal-number';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { draftFromChange } from './change-form';
import { ProposalEditor } from './ProposalEditor';

export const EditProposalQuery = graphql(`
  query EditProposal($number: Int!) {
    proposal(number: $number) {
      id
      number
      title
      summary
      status
      viewerCanEdit
      changes {
        ...ChangeFields_change
      }
    }
    draft {
      revision
      document
    }
  }
`);

export function EditProposalPage() {
  const params = useParams();
  const number = parseProposalNumber(params.number);
  const retryKey = useRetryKey();
  const { data } = useSuspenseQuery(
    EditProposalQuery,
    number === null ? skipToken : { variables: { number }, fetchPolicy: 'network-only', queryKey: retryKey },
  );
  const proposal = data?.proposal;
  const changes = useFragment(ChangeFields_change, proposal?.changes ?? []);
  useDocumentTitle(proposal ? `Edit #${proposal.number} ${proposal.title}` : 'Edit proposal');

  if (!data || !proposal) return <NoProposalToEdit />;

  if (!proposal.viewerCanEdit) {
    return (
      <section className="message-panel">
        <h1>You cannot edit this proposal</h1>
        <p>Only its author can edit a proposal, and only while it is a draft or in discussion.</p>
        <p>
          <Link to={`/proposals/${proposal.number}`}>Back to proposal #{proposal.number}</Link>
        </p>
      </section>
    );
  }

  const editing = {
    number: proposal.number,
    status: proposal.status,
    title: proposal.title,
    summary: proposal.summary,
    changes: changes.map((change, index) => draftFromChange(changeFromApi(change), index + 1)),
  };
  return (
    <div className="editor-page">
      <Breadcrumbs
        items={[
          { label: 'Proposals', to: '/proposals' },
          { label: `#${proposal.number}`, to: `/proposals/${proposal.number}` },
          { label: 'Edit' },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Proposal #{proposal.number}</p>
        <h1 id="editor-title">Edit proposal</h1>
        <p className="lead">
          {proposal.status === 'DISCUSSION'
            ? 'It is in discussion: your edits are recorded in its history, and the change set is checked again against today’s working draft.'
            : 'The change set is checked against today’s working draft when you save.'}
        </p>
      </header>
      <ProposalEditor draft={asFrameworkDocument(data.draft.document)} draftRevision={data.draft.revision} editing={editing} />
    </div>
  );
}

export function EditProposalPageLoading() {
  useDocumentTitle('Edit proposal');
  return <LoadingState label="Loading the proposal…" />;
}

export function EditProposalPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'PROPOSAL_NOT_FOUND')) return <NoProposalToEdit />;
  return <ErrorState error={error} heading="Could not load the proposal" onRetry={retry} />;
}

function NoProposalToEdit() {
  return (
    <NotFoundState heading="Proposal not found">
      <p>There is no proposal here that you can edit.</p>
      <p>
        <Link to="/proposals">See all proposals</Link>
      </p>
    </NotFoundState>
  );
}
