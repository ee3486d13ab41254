import { useSuspenseQuery } from '@apollo/client/react';
import { INDUSTRY_LABELS, ORGANIZATION_SIZE_LABELS } from '@ocmf/standard';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { canModerate } from '../auth/roles';
import { useViewer } from '../auth/useCurrentUser';
import { ReasonForm } from '../discussion/ReasonForm';
import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { Badge } from '../ui/Badge';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ErrorState } from '../ui/ErrorState';
import { formatDate, formatDateTime } from '../ui/format';
import { describeError, hasErrorCode } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { NotFoundState } from '../ui/NotFoundState';
import { type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { ServerHtml } from '../ui/ServerHtml';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { OutcomeChart } from './OutcomeChart';
import { describeImprovement, formatValue } from './case-study-form';
import { useFlagCaseStudyMutation } from './useFlagCaseStudyMutation';
import { useHideCaseStudyMutation } from './useHideCaseStudyMutation';
import { usePublishCaseStudyMutation } from './usePublishCaseStudyMutation';
import { useUnhideCaseStudyMutation } from './useUnhideCaseStudyMutation';
import './case-studies.css';

export const CaseStudyPage_caseStudy = graphql(`
  fragment CaseStudyPage_caseStudy on CaseStudy {
    id
    status
    title
    summary
    body
    bodyHtml
    organization
    organizationName
    industry
    organizationSize
    periodStart
    periodEnd
    releaseVersion
    publishedAt
    editedAt
    createdAt
    hiddenReason
    viewerIsAuthor
    author {
      id
      ...PersonLink_person
    }
    links {
      label
      url
    }
    outcomes {
      measureKey
      measureName
      unit
      direction
      before
      after
      improvementPercent
      usage
      periodStart
      periodEnd
      note
      noteHtml
      measureRetiredIn
    }
    revisions {
      title
      bodyHtml
      writtenAt
      outcomes {
        measureKey
        measureName
        unit
        before
        after
      }
    }
  }
`);

export const CaseStudyQuery = graphql(`
  query CaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      ...CaseStudyPage_caseStudy
    }
  }
`);

const USAGE_LABELS = { GUIDING: 'Guiding decisions', GRADING: 'Grading people or targets' } as const;

export function CaseStudyPage() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(CaseStudyQuery, { variables: { id }, fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const caseStudy = useFragment(CaseStudyPage_caseStudy, data.caseStudy);
  useDocumentTitle(caseStudy.title);
  const notice = savedMessage(useLocation().state);
  const period = periodText(caseStudy.periodStart, caseStudy.periodEnd);
  const facts = [
    caseStudy.industry ? INDUSTRY_LABELS[caseStudy.industry] : null,
    caseStudy.organizationSize ? ORGANIZATION_SIZE_LABELS[caseStudy.organizationSize] : null,
    period,
  ].filter(Boolean);

  return (
    <article className="case-study-page">
      <Breadcrumbs items={[{ label: 'Case studies', to: '/case-studies' }, { label: caseStudy.title }]} />
      <header className="page-header">
        <p className="eyebrow">Case study</p>
        <div className="title-row">
          <h1>{caseStudy.title}</h1>
          {caseStudy.status === 'DRAFT' ? <Badge tone="neutral">Draft</Badge> : null}
          {caseStudy.status === 'HIDDEN' ? <Badge tone="warning">Hidden</Badge> : null}
        </div>
        <p className="case-study-page__meta">
          <strong>{caseStudy.organizationName}</strong>
          {facts.length > 0 ? ` · ${facts.join(' · ')}` : ''} · using{' '}
          <Link to={`/releases/${encodeURIComponent(caseStudy.releaseVersion)}`}>OCMF v{caseStudy.releaseVersion}</Link>
        </p>
        <p className="case-study-page__meta">
          Shared by{' '}
          <strong>
            <PersonLink person={caseStudy.author} />
          </strong>
          {caseStudy.publishedAt ? (
            <>
              {' '}
              on <time dateTime={caseStudy.publishedAt}>{formatDate(caseStudy.publishedAt)}</time>
            </>
          ) : null}
          {caseStudy.editedAt ? (
            <>
              {' · '}edited <time dateTime={caseStudy.editedAt}>{formatDate(caseStudy.editedAt)}</time>
            </>
          ) : null}
        </p>
      </header>

      <CaseStudyActions caseStudy={data.caseStudy} notice={notice} />

      {caseStudy.status === 'HIDDEN' ? (
        <div className="message-panel" data-testid="case-study-hidden">
          <p>
            An editor hid this case study: <strong>{caseStudy.hiddenReason}</strong>
          </p>
        </div>
      ) : null}

      {caseStudy.bodyHtml !== null ? (
        <>
          <p className="lead">{caseStudy.summary}</p>
          <section className="page-section" aria-labelledby="outcomes-title" data-testid="case-study-outcomes">
            <h2 id="outcomes-title">Outcomes</h2>
            {caseStudy.outcomes.length > 0 ? (
              <>
                <OutcomeChart outcomes={caseStudy.outcomes} title={`Baseline and result of each measure in “${caseStudy.title}”`} />
                <ul className="outcome-list">
                  {caseStudy.outcomes.map((outcome) => (
                    <li key={outcome.measureKey} className="outcome-list__item" data-testid={`outcome-${outcome.measureKey}`}>
                      <h3>
                        <Link to={`/measures/${encodeURIComponent(outcome.measureKey)}`}>{outcome.measureName}</Link>
                      </h3>
                      <p>
                        From <strong>{formatValue(outcome.before, outcome.unit)}</strong> to{' '}
                        <strong>{formatValue(outcome.after, outcome.unit)}</strong>
                        {describeImprovement(outcome.improvementPercent) ? ` (${describeImprovement(outcome.improvementPercent)})` : ''}
                        {' · '}
                        {USAGE_LABELS[outcome.usage]}
                        {periodText(outcome.periodStart, outcome.periodEnd)
                          ? ` · ${periodText(outcome.periodStart, outcome.periodEnd)}`
                          : ''}
                      </p>
                      {outcome.direction === 'LOWER_IS_BETTER' ? <p className="muted">Lower is better for this measure.</p> : null}
                      {outcome.measureRetiredIn ? (
                        <p className="muted" data-testid="measure-retired">
                          This measure was retired in v{outcome.measureRetiredIn}.
                        </p>
                      ) : null}
                      {outcome.noteHtml ? <ServerHtml html={outcome.noteHtml} topHeadingLevel={4} /> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">No outcomes yet: add at least one before publishing.</p>
            )}
          </section>
          <section className="page-section" aria-labelledby="story-title">
            <h2 id="story-title">The story</h2>
            <ServerHtml html={caseStudy.bodyHtml} topHeadingLevel={3} testId="case-study-body" />
          </section>
          {caseStudy.links.length > 0 ? (
            <section className="page-section" aria-labelledby="links-title">
              <h2 id="links-title">Links</h2>
              <ul>
                {caseStudy.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} rel="nofollow ugc noopener noreferrer" target="_blank">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {caseStudy.revisions.length > 0 ? (
            <section className="page-section" aria-labelledby="versions-title">
              <h2 id="versions-title">Earlier versions</h2>
              <ol className="case-study-versions">
                {caseStudy.revisions.map((revision) => (
                  <li key={revision.writtenAt}>
                    <details>
                      <summary>
                        “{revision.title}”, written <time dateTime={revision.writtenAt}>{formatDateTime(revision.writtenAt)}</time>
                      </summary>
                      <ul>
                        {revision.outcomes.map((outcome) => (
                          <li key={outcome.measureKey}>
                            {outcome.measureName}: {formatValue(outcome.before, outcome.unit)} → {formatValue(outcome.after, outcome.unit)}
                          </li>
                        ))}
                      </ul>
                      <ServerHtml html={revision.bodyHtml} topHeadingLevel={4} />
                    </details>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

type Mode = 'idle' | 'flag' | 'hide';

/** What the reader may do: the author edits and publishes; members flag; editors hide and unhide. */
function CaseStudyActions(props: { caseStudy: FragmentType<typeof CaseStudyPage_caseStudy>; notice: string | null }) {
  const caseStudy = useFragment(CaseStudyPage_caseStudy, props.caseStudy);
  const viewer = useViewer();
  const [mode, setMode] = useState<Mode>('idle');
  const [message, setMessage] = useState<string | null>(props.notice);
  const [failure, setFailure] = useState<string | null>(null);
  const { publishCaseStudy, loading: publishing } = usePublishCaseStudyMutation();
  const { flagCaseStudy } = useFlagCaseStudyMutation();
  const { hideCaseStudy } = useHideCaseStudyMutation();
  const { unhideCaseStudy, loading: unhiding } = useUnhideCaseStudyMutation();
  if (!viewer) return null;

  const publish = async () => {
    setFailure(null);
    try {
      await publishCaseStudy(caseStudy.id);
      setMessage('Published: everyone can read it now.');
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };
  const unhide = async () => {
    setFailure(null);
    try {
      await unhideCaseStudy(caseStudy.id);
      setMessage('The case study is visible again.');
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  return (
    <section className="case-study-actions" aria-label="Actions">
      <p className="status-message" role="status" data-testid="case-study-status">
        {message}
      </p>
      {failure ? (
        <p className="notice" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="case-study-actions__buttons">
        {caseStudy.viewerIsAuthor && caseStudy.status !== 'HIDDEN' ? (
          <Link to={`/case-studies/${caseStudy.id}/edit`} className="button button--quiet" data-testid="edit-case-study">
            Edit
          </Link>
        ) : null}
        {caseStudy.viewerIsAuthor && caseStudy.status === 'DRAFT' ? (
          <button type="button" className="button" onClick={() => void publish()} disabled={publishing} data-testid="publish-case-study">
            {publishing ? 'Publishing…' : 'Publish'}
          </button>
        ) : null}
        {!caseStudy.viewerIsAuthor && caseStudy.status === 'PUBLISHED' && mode === 'idle' ? (
          <button type="button" className="button button--quiet" onClick={() => setMode('flag')}>
            Flag for an editor
          </button>
        ) : null}
        {canModerate(viewer.role) && caseStudy.status === 'PUBLISHED' && mode === 'idle' ? (
          <button type="button" className="button button--danger" onClick={() => setMode('hide')} data-testid="hide-case-study">
            Hide
          </button>
        ) : null}
        {canModerate(viewer.role) && caseStudy.status === 'HIDDEN' ? (
          <button type="button" className="button" onClick={() => void unhide()} disabled={unhiding}>
            {unhiding ? 'Unhiding…' : 'Unhide'}
          </button>
        ) : null}
      </div>
      {mode === 'flag' ? (
        <ReasonForm
          formLabel="Flag this case study"
          label="Why should an editor look at it?"
          hint="The editors see your reason; it is not shown publicly."
          submitLabel="Flag"
          pendingLabel="Flagging…"
          onSubmit={async (reason) => {
            await flagCaseStudy(caseStudy.id, reason);
            setMode('idle');
            setMessage('Thank you: an editor will look at it.');
          }}
          onCancel={() => setMode('idle')}
        />
      ) : null}
      {mode === 'hide' ? (
        <ReasonForm
          formLabel="Hide this case study"
          label="Public reason"
          hint="Shown in place of the case study. The content is kept."
          submitLabel="Hide"
          pendingLabel="Hiding…"
          danger
          onSubmit={async (reason) => {
            await hideCaseStudy(caseStudy.id, reason);
            setMode('idle');
            setMessage('Hidden.');
          }}
          onCancel={() => setMode('idle')}
        />
      ) : null}
    </section>
  );
}

export function CaseStudyPageLoading() {
  useDocumentTitle('Case study');
  return <LoadingState label="Loading the case study…" />;
}

export function CaseStudyPageFailed({ error, retry }: QueryFailure) {
  if (hasErrorCode(error, 'CASE_STUDY_NOT_FOUND')) {
    return (
      <NotFoundState heading="Case study not found">
        <p>There is no case study here that you can see. Drafts are visible to their authors only.</p>
        <p>
          <Link to="/case-studies">See all case studies</Link>
        </p>
      </NotFoundState>
    );
  }
  return <ErrorState error={error} heading="Could not load this case study" onRetry={retry} />;
}

function periodText(start: string | null, end: string | null): string | null {
  if (start && end) return `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return null;
}

function savedMessage(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'saved' in state && typeof state.saved === 'string') return state.saved;
  return null;
}
