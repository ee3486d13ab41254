import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../auth/useCurrentUser';
import { type FragmentType, graphql, useFragment } from '../gql';
import { PersonLink } from '../people/PersonLink';
import { describeError, type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useLinkEvidenceMutation } from './useLinkEvidenceMutation';
import { useRemoveEvidenceMutation } from './useRemoveEvidenceMutation';
import './case-studies.css';

export const ProposalEvidence_proposal = graphql(`
  fragment ProposalEvidence_proposal on Proposal {
    number
    status
    evidence {
      id
      note
      viewerCanRemove
      linkedBy {
        id
        ...PersonLink_person
      }
      caseStudy {
        id
        title
        organizationName
      }
    }
    impact {
      caseStudies {
        id
        title
        organizationName
        outcomes {
          measureKey
          measureName
        }
      }
    }
  }
`);

/** The published case studies a member may link, read only when the form opens. */
export const EvidenceChoicesQuery = graphql(`
  query EvidenceChoices {
    caseStudies(first: 50) {
      nodes {
        id
        title
        organizationName
      }
    }
  }
`);

const OPEN = new Set(['DISCUSSION', 'VOTING']);

/** Evidence linked to a proposal, the form to link more, and what its changes touch in the community. */
export function ProposalEvidence(props: { proposal: FragmentType<typeof ProposalEvidence_proposal> }) {
  const proposal = useFragment(ProposalEvidence_proposal, props.proposal);
  const viewer = useViewer();
  const { removeEvidence } = useRemoveEvidenceMutation();
  const [failure, setFailure] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const open = OPEN.has(proposal.status);

  const remove = async (id: string) => {
    setFailure(null);
    try {
      await removeEvidence(id);
    } catch (error) {
      setFailure(describeError(error).message);
    }
  };

  return (
    <>
      <section className="page-section proposal-evidence" aria-labelledby="evidence-title" data-testid="proposal-evidence">
        <h2 id="evidence-title">Evidence</h2>
        {proposal.evidence.length > 0 ? (
          <ul className="evidence-list">
            {proposal.evidence.map((evidence) => (
              <li key={evidence.id} className="evidence-list__item">
                <p>
                  <Link to={`/case-studies/${evidence.caseStudy.id}`}>{evidence.caseStudy.title}</Link>{' '}
                  <span className="muted">({evidence.caseStudy.organizationName})</span>
                </p>
                <p>{evidence.note}</p>
                <p className="muted">
                  Linked by <PersonLink person={evidence.linkedBy} />
                  {evidence.viewerCanRemove ? (
                    <>
                      {' · '}
                      <button type="button" className="link-button" onClick={() => void remove(evidence.id)}>
                        Remove<span className="visually-hidden"> the link to {evidence.caseStudy.title}</span>
                      </button>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No case study has been linked as evidence yet.</p>
        )}
        {failure ? (
          <p className="notice" role="alert">
            {failure}
          </p>
        ) : null}
        {open && viewer ? (
          linking ? (
            <LinkEvidenceForm proposalNumber={proposal.number} onDone={() => setLinking(false)} />
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setLinking(true)} data-testid="link-evidence">
              Link a case study as evidence
            </button>
          )
        ) : null}
      </section>
      <section className="page-section proposal-impact" aria-labelledby="impact-title" data-testid="proposal-impact">
        <h2 id="impact-title">Who this affects</h2>
        {proposal.impact.caseStudies.length > 0 ? (
          <>
            <p>Published case studies that use a measure this proposal changes, retires or moves:</p>
            <ul>
              {proposal.impact.caseStudies.map((caseStudy) => (
                <li key={caseStudy.id}>
                  <Link to={`/case-studies/${caseStudy.id}`}>{caseStudy.title}</Link>{' '}
                  <span className="muted">
                    ({caseStudy.organizationName}; {caseStudy.outcomes.map((o) => o.measureName).join(', ')})
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">No published case study uses the measures this proposal touches.</p>
        )}
      </section>
    </>
  );
}

function LinkEvidenceForm({ proposalNumber, onDone }: { proposalNumber: number; onDone: () => void }) {
  const { data, loading, error } = useQuery(EvidenceChoicesQuery, { fetchPolicy: 'cache-and-network' });
  const { linkEvidence, loading: saving } = useLinkEvidenceMutation();
  const [caseStudyId, setCaseStudyId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!caseStudyId) {
      setErrors({ form: null, fields: { caseStudyId: 'Choose a case study.' } });
      return;
    }
    try {
      await linkEvidence(proposalNumber, caseStudyId, note);
      onDone();
    } catch (failure) {
      setErrors(toFormErrors(failure, { caseStudyId: 'The case study', note: 'The note' }));
    }
  };

  if (error) return <p className="notice">Could not load the case studies. {describeError(error).message}</p>;
  const choices = data?.caseStudies.nodes ?? [];
  return (
    <form className="evidence-form" aria-label="Link a case study as evidence" onSubmit={(event) => void submit(event)} noValidate>
      {errors?.form ? (
        <p className="notice" role="alert">
          {errors.form}
        </p>
      ) : null}
      <SelectField
        label="Case study"
        name="caseStudyId"
        placeholder={loading && choices.length === 0 ? 'Loading…' : 'Choose a published case study…'}
        options={choices.map((c) => ({ value: c.id, label: `${c.title} (${c.organizationName})` }))}
        value={caseStudyId}
        error={errors?.fields.caseStudyId}
        onChange={(e) => setCaseStudyId(e.target.value)}
      />
      <TextField
        label="What it shows for this proposal"
        name="note"
        hint="One line."
        value={note}
        error={errors?.fields.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="evidence-form__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Linking…' : 'Link as evidence'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
