import { useSuspenseQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CaseStudyEditor } from './CaseStudyEditor';
import { emptyForm } from './case-study-form';
import { newestRelease } from './editor-releases';

export const NewCaseStudyQuery = graphql(`
  query NewCaseStudy {
    me {
      id
    }
    releases {
      version
      title
      measures {
        key
        name
        unit
        status
        categoryKey
      }
    }
  }
`);

export function NewCaseStudyPage() {
  useDocumentTitle('Write a case study');
  const { data } = useSuspenseQuery(NewCaseStudyQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  if (!data.me) {
    return (
      <section className="message-panel">
        <h1>Write a case study</h1>
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent('/case-studies/new')}`}>Sign in</Link> to share a case study. Anyone with an account
          can.
        </p>
      </section>
    );
  }
  return (
    <div className="editor-page">
      <Breadcrumbs items={[{ label: 'Case studies', to: '/case-studies' }, { label: 'Write a case study' }]} />
      <header className="page-header">
        <h1 id="editor-title">Write a case study</h1>
        <p className="lead">
          How your organisation used OCMF’s measures, and what happened to them. It is saved as a draft only you can see; publish it when it
          is ready.
        </p>
      </header>
      <CaseStudyEditor releases={data.releases} initial={emptyForm(newestRelease(data.releases))} />
    </div>
  );
}

export function NewCaseStudyPageLoading() {
  useDocumentTitle('Write a case study');
  return <LoadingState label="Loading the editor…" />;
}

export function NewCaseStudyPageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not open the editor" onRetry={retry} />;
}
