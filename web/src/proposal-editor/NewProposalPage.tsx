import { useSuspenseQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql } from '../gql';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { prefillFromQuery } from './prefill';
import { ProposalEditor } from './ProposalEditor';

export const NewProposalQuery = graphql(`
  query NewProposal {
    draft {
      revision
      document
    }
    me {
      id
    }
  }
`);

export function NewProposalPage() {
  useDocumentTitle('New proposal');
  // Always the latest draft: the change set is checked against it, here and by the API when it is saved.
  const { data } = useSuspenseQuery(NewProposalQuery, { fetchPolicy: 'network-only', queryKey: useRetryKey() });
  const { pathname, search } = useLocation();
  // `?addMeasure=Name` starts the proposal with an ADD_MEASURE change for that measure.
  const initial = useMemo(() => prefillFromQuery(new URLSearchParams(search)), [search]);
  if (!data.me) {
    return (
      <section className="message-panel">
        <h1>New proposal</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in</Link> to propose a change to the framework. Anyone
          with an account can.
        </p>
      </section>
    );
  }

  return (
    <div className="editor-page">
      <Breadcrumbs items={[{ label: 'Proposals', to: '/proposals' }, { label: 'New proposal' }]} />
      <header className="page-header">
        <h1 id="editor-title">New proposal</h1>
        <p className="lead">
          Say what should change in the framework and why. It is saved as a draft that only you can see; submit it for discussion when it is
          ready.
        </p>
      </header>
      <ProposalEditor draft={asFrameworkDocument(data.draft.document)} draftRevision={data.draft.revision} initial={initial} />
    </div>
  );
}

export function NewProposalPageLoading() {
  useDocumentTitle('New proposal');
  return <LoadingState label="Loading the working draft…" />;
}

export function NewProposalPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not load the working draft" onRetry={retry} />;
}
