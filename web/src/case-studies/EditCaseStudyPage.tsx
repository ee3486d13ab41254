import { useSuspenseQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { CaseStudyEditor } from './CaseStudyEditor';
import { fromCaseStudy } from './case-study-form';

export const EditCaseStudyQuery = graphql(`
  query EditCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      status
      viewerIsAuthor
      title
      summary
      body
      organization
      industry
      organizationSize
      periodStart
      periodEnd
      releaseVersion
      outcomes {
        measureKey
        before
        after
        usage
        periodStart
        periodEnd
        note
      }
      links {
        label
        url
      }
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

export function EditCaseStudyPage() {
  const { id = '' } = useParams();
  // Always what is saved now: the editor starts from it.
  const { data } = useSuspenseQuery(EditCaseStudyQuery, { variables: { id }, fetchPolicy: 'network-only', queryKey: useRetryKey() });
  const { caseStudy } = data;
  useDocumentTitle(`Edit ${caseStudy.title}`);
  const back = `/case-studies/${caseStudy.id}`;
  if (!caseStudy.viewerIsAuthor || caseStudy.status === 'HIDDEN') {
    return (
      <section className="message-panel">
        <h1>Edit case study</h1>
        <p>
          {caseStudy.viewerIsAuthor
            ? 'An editor hid this case study, so it cannot be edited.'
            : 'Only the author of a case study can edit it.'}{' '}
          <Link to={back}>Back to the case study</Link>
        </p>
      </section>
    );
  }
  const published = caseStudy.status === 'PUBLISHED';
  return (
    <div className="editor-page">
      <Breadcrumbs items={[{ label: 'Case studies', to: '/case-studies' }, { label: caseStudy.title, to: back }, { label: 'Edit' }]} />
      <header className="page-header">
        <h1 id="editor-title">Edit case study</h1>
        <p className="lead">
          {published ? 'It is published: saving keeps the current version, which readers can still open.' : 'A draft only you can see.'}
        </p>
      </header>
      <CaseStudyEditor releases={data.releases} initial={fromCaseStudy(caseStudy)} caseStudyId={caseStudy.id} published={published} />
    </div>
  );
}

export function EditCaseStudyPageLoading() {
  useDocumentTitle('Edit case study');
  return <LoadingState label="Loading the case study…" />;
}

export function EditCaseStudyPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'CASE_STUDY_NOT_FOUND')) {
    return (
      <NotFoundState heading="Case study not found">
        <p>
          There is no case study here that you can edit. <Link to="/case-studies">See all case studies</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this case study" onRetry={retry} />;
}
