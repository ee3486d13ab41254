import { useMemo } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { Badge } from '../ui/Badge';
import { pluralize } from '../ui/format';
import { changeKindLabel, changeKindTone } from './change-labels';
import { ConflictList } from './ConflictList';
import { DocumentDiffView } from './DocumentDiffView';
import { asFrameworkDocument, ChangeFields_change, changeFromApi, changeSteps } from './proposal-changes';
import './proposals.css';

export const ProposalChanges_proposal = graphql(`
  fragment ProposalChanges_proposal on Proposal {
    status
    changes {
      description
      kind
      ...ChangeFields_change
    }
    preview {
      applies
      againstRevision
      before
      after
      conflicts {
        changeIndex
        path
        base
        current
        proposed
      }
      issues {
        code
        path
        message
      }
    }
  }
`);

/**
 * The change set, in order, each change with what it does to the framework field by field (applied one
 * after another to the preview's starting document), and any conflict or problem against the current draft.
 */
export function ProposalChanges(props: { proposal: FragmentType<typeof ProposalChanges_proposal> }) {
  const proposal = useFragment(ProposalChanges_proposal, props.proposal);
  const { preview } = proposal;
  const changes = useFragment(ChangeFields_change, proposal.changes);
  const steps = useMemo(() => {
    const before = asFrameworkDocument(preview.before);
    const skip = new Set(preview.conflicts.map((conflict) => conflict.changeIndex));
    return changeSteps(before, changes.map(changeFromApi), skip);
  }, [changes, preview.before, preview.conflicts]);
  const merged = proposal.status === 'MERGED' || proposal.status === 'RELEASED';

  return (
    <section className="page-section" aria-labelledby="changes-title">
      <h2 id="changes-title">Changes ({proposal.changes.length})</h2>
      <p className="muted">
        {merged
          ? 'What the change set did when it was merged into the working draft.'
          : `Shown against the framework as it is today (working draft version ${preview.againstRevision}). Changes apply in order; each sees the framework as the ones before it leave it.`}
      </p>
      {!preview.applies ? (
        <div className="notice notice--block" role="note" data-testid="preview-problems">
          <p>
            <strong>This change set does not apply cleanly to the current draft.</strong>{' '}
            {preview.conflicts.length > 0
              ? `${pluralize(preview.conflicts.length, 'conflict')}: someone changed the same fields since it was written. `
              : ''}
            The author can edit the proposal to bring it up to date.
          </p>
        </div>
      ) : null}
      <ol className="change-list">
        {proposal.changes.map((change, index) => {
          const step = steps[index];
          const reason = changes[index]?.reason;
          const conflicts = preview.conflicts.filter((conflict) => conflict.changeIndex === index);
          const issues = preview.issues.filter(
            (issue) => issue.path === `changes[${index}]` || issue.path.startsWith(`changes[${index}].`),
          );
          return (
            <li key={index} className="change-card" data-testid="change">
              <h3 className="change-card__title">
                <span className="change-card__number">{index + 1}.</span>{' '}
                <Badge tone={changeKindTone(change.kind)}>{changeKindLabel(change.kind)}</Badge> {change.description}
              </h3>
              {reason ? <p className="change-card__reason">Why: {reason}</p> : null}
              {conflicts.length > 0 ? <ConflictList conflicts={conflicts} /> : null}
              {issues.length > 0 ? (
                <ul className="issue-list" aria-label={`Problems with change ${index + 1}`}>
                  {issues.map((issue) => (
                    <li key={`${issue.path}-${issue.code}`}>{issue.message}</li>
                  ))}
                </ul>
              ) : null}
              {step && conflicts.length === 0 ? (
                <DocumentDiffView
                  diff={step.diff}
                  before={step.before}
                  after={step.after}
                  headingLevel={4}
                  emptyMessage={step.applied ? 'No change to the framework.' : 'This change does not apply to the current draft.'}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
