import { useSuspenseQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ReasonForm } from '../discussion/ReasonForm';
import { graphql } from '../gql';
import type { FlaggedCaseStudiesQuery as FlaggedCaseStudiesData } from '../gql/graphql';
import { PersonLink } from '../people/PersonLink';
import { pluralize } from '../ui/format';
import { describeError } from '../ui/graphql-errors';
import { useRetryKey } from '../ui/QueryBoundary';
import { useDismissCaseStudyFlagsMutation } from './useDismissCaseStudyFlagsMutation';
import { useHideCaseStudyMutation } from './useHideCaseStudyMutation';
import './case-studies.css';

export const FlaggedCaseStudiesQuery = graphql(`
  query FlaggedCaseStudies {
    caseStudyModerationQueue {
      caseStudy {
        id
        title
        organizationName
        author {
          id
          ...PersonLink_person
        }
      }
      flags {
        id
        reason
        createdAt
        flagger {
          id
          ...PersonLink_person
        }
      }
    }
  }
`);

/** Case studies members flagged, for the editors' moderation page. */
export function FlaggedCaseStudies({ onDone }: { onDone: (message: string) => void }) {
  const { data } = useSuspenseQuery(FlaggedCaseStudiesQuery, { fetchPolicy: 'cache-and-network', queryKey: useRetryKey() });
  const queue = data.caseStudyModerationQueue;
  return (
    <section className="page-section" aria-labelledby="flagged-case-studies-title" data-testid="flagged-case-studies">
      <h2 id="flagged-case-studies-title">Flagged case studies</h2>
      {queue.length === 0 ? (
        <p className="muted">No case study has an open flag.</p>
      ) : (
        <>
          <p className="muted">{pluralize(queue.length, 'case study', 'case studies')} waiting</p>
          <ol className="flagged-list" aria-label="Flagged case studies">
            {queue.map((item) => (
              <FlaggedCaseStudyCard key={item.caseStudy.id} item={item} onDone={onDone} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type Item = FlaggedCaseStudiesData['caseStudyModerationQueue'][number];

function FlaggedCaseStudyCard({ item, onDone }: { item: Item; onDone: (message: string) => void }) {
  const [hiding, setHiding] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { hideCaseStudy } = useHideCaseStudyMutation();
  const { dismissCaseStudyFlags, loading } = useDismissCaseStudyFlagsMutation();
  const keep = async () => {
    setFailure(null);
    try {
      await dismissCaseStudyFlags(item.caseStudy.id);
      onDone(`Kept “${item.caseStudy.title}”; its flags are closed.`);
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };
  return (
    <li className="flagged-card">
      <h3>
        <Link to={`/case-studies/${item.caseStudy.id}`}>{item.caseStudy.title}</Link>
      </h3>
      <p className="muted">
        {item.caseStudy.organizationName}, shared by <PersonLink person={item.caseStudy.author} />
      </p>
      <ul>
        {item.flags.map((flag) => (
          <li key={flag.id}>
            <PersonLink person={flag.flagger} />: {flag.reason}
          </li>
        ))}
      </ul>
      {failure ? (
        <p className="notice" role="alert">
          {failure}
        </p>
      ) : null}
      {hiding ? (
        <ReasonForm
          formLabel={`Hide “${item.caseStudy.title}”`}
          label="Public reason"
          hint="Shown in place of the case study. The content is kept."
          submitLabel="Hide"
          pendingLabel="Hiding…"
          danger
          onSubmit={async (reason) => {
            await hideCaseStudy(item.caseStudy.id, reason);
            onDone(`Hid “${item.caseStudy.title}”.`);
          }}
          onCancel={() => setHiding(false)}
        />
      ) : (
        <div className="flagged-card__actions">
          <button type="button" className="button button--danger" onClick={() => setHiding(true)}>
            Hide
          </button>
          <button type="button" className="button button--quiet" onClick={() => void keep()} disabled={loading}>
            Keep it
          </button>
        </div>
      )}
    </li>
  );
}
