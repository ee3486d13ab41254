import { isEmptyDiff } from '@ocmf/standard';
import { useMemo } from 'react';
import { type FragmentType, graphql, useFragment } from '../gql';
import { DocumentDiffView } from '../proposals/DocumentDiffView';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { asDocumentDiff, diffSummary } from './release-diff';
import './releases.css';

export const ReleaseDiffView_releaseDiff = graphql(`
  fragment ReleaseDiffView_releaseDiff on ReleaseDiff {
    diff
    from {
      version
      document
    }
    to {
      version
      document
    }
  }
`);

type ReleaseDiffViewProps = { releaseDiff: FragmentType<typeof ReleaseDiffView_releaseDiff>; headingLevel: 3 | 4 };

/** What changed between two releases, measure by measure and field by field (word by word for text). */
export function ReleaseDiffView(props: ReleaseDiffViewProps) {
  const releaseDiff = useFragment(ReleaseDiffView_releaseDiff, props.releaseDiff);
  const { diff, before, after } = useMemo(
    () => ({
      diff: asDocumentDiff(releaseDiff.diff),
      before: asFrameworkDocument(releaseDiff.from.document),
      after: asFrameworkDocument(releaseDiff.to.document),
    }),
    [releaseDiff],
  );
  return (
    <div className="release-diff">
      {isEmptyDiff(diff) ? null : (
        <p className="release-diff__summary" data-testid="diff-summary">
          {diffSummary(diff)}.
        </p>
      )}
      <DocumentDiffView
        diff={diff}
        before={before}
        after={after}
        headingLevel={props.headingLevel}
        emptyMessage={`No change to the framework between v${releaseDiff.from.version} and v${releaseDiff.to.version}.`}
      />
    </div>
  );
}
