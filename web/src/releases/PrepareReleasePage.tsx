import { useSuspenseQuery } from '@apollo/client/react';
import { type FormEvent, startTransition, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isEmptyDiff, TEXT_LIMITS } from '@ocmf/standard';
import { canManageProposals } from '../auth/roles';
import { useViewer } from '../auth/useCurrentUser';
import { graphql } from '../gql';
import type { VersionBump } from '../gql/graphql';
import { DocumentDiffView } from '../proposals/DocumentDiffView';
import { asFrameworkDocument } from '../proposals/proposal-changes';
import { ProposalLinks } from '../proposals/ProposalLinks';
import { Breadcrumbs } from '../ui/Breadcrumbs';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorState } from '../ui/ErrorState';
import { FormErrorSummary } from '../ui/FormErrorSummary';
import { pluralize } from '../ui/format';
import { errorCode, type FormErrors, toFormErrors } from '../ui/graphql-errors';
import { LoadingState } from '../ui/LoadingState';
import { MarkdownField } from '../ui/MarkdownField';
import { QueryBoundary, type QueryFailure, useRetryKey } from '../ui/QueryBoundary';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useFocusFirstError } from '../ui/useFocusFirstError';
import { asDocumentDiff, diffSummary } from './release-diff';
import { usePublishReleaseMutation } from './usePublishReleaseMutation';
import { bumpBetween, bumpExplanation } from './version-bump';
import './releases.css';

export const PrepareReleaseQuery = graphql(`
  query PrepareRelease {
    releasePreview {
      previousVersion
      draftRevision
      requiredBump
      suggestedVersion
      allowedVersions
      canPublish
      diff
      mergedProposals {
        number
        title
        ...ProposalLinks_proposals
      }
    }
    previous: release(version: "latest") {
      version
      title
      document
    }
    draft {
      revision
      document
    }
  }
`);

const FIELD_LABELS = { version: 'Version', title: 'Title', notes: 'Release notes' };

/** Editors review what was merged since the last release, choose the version the rule allows, and publish. */
export function PrepareReleasePage() {
  useDocumentTitle('Prepare a release');
  const user = useViewer();
  if (!user || !canManageProposals(user.role)) {
    return (
      <section className="message-panel">
        <h1>Prepare a release</h1>
        {user ? (
          <p>Only editors and administrators publish releases.</p>
        ) : (
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent('/releases/prepare')}`}>Sign in</Link> as an editor to prepare a release.
          </p>
        )}
        <p>
          <Link to="/releases">See the published releases</Link>
        </p>
      </section>
    );
  }
  return (
    <QueryBoundary
      loading={<LoadingState label="Working out the next release…" />}
      failed={(failure) => <PrepareReleasePageFailed {...failure} />}
    >
      <PrepareRelease />
    </QueryBoundary>
  );
}

export function PrepareReleasePageLoading() {
  useDocumentTitle('Prepare a release');
  return <LoadingState label="Loading…" />;
}

export function PrepareReleasePageFailed({ error, retry }: QueryFailure) {
  return <ErrorState error={error} heading="Could not prepare a release" onRetry={retry} />;
}

/** What a release would publish now, always read afresh: someone may have merged or published since. */
function PrepareRelease() {
  const { data, refetch } = useSuspenseQuery(PrepareReleaseQuery, { fetchPolicy: 'network-only', queryKey: useRetryKey() });
  const { releasePreview: preview, previous, draft } = data;
  return (
    <div className="prepare-release-page">
      <Breadcrumbs items={[{ label: 'Releases', to: '/releases' }, { label: 'Prepare a release' }]} />
      <header className="page-header">
        <h1>Prepare a release</h1>
        <p className="lead">
          A release snapshots the working draft (revision {preview.draftRevision}) as an immutable, versioned release of the framework. It
          follows v{preview.previousVersion}.
        </p>
      </header>

      <section className="page-section" aria-labelledby="merged-title">
        <h2 id="merged-title">Merged since v{preview.previousVersion}</h2>
        {preview.mergedProposals.length > 0 ? (
          <ProposalLinks proposals={preview.mergedProposals} testId="merged-proposals" />
        ) : (
          <p className="message-panel" data-testid="nothing-to-release">
            Nothing has been merged since v{preview.previousVersion}, so there is nothing to publish. Merge an{' '}
            <Link to="/proposals?status=ACCEPTED">accepted proposal</Link> first.
          </p>
        )}
      </section>

      {preview.canPublish ? (
        <>
          <section className="page-section" aria-labelledby="prepare-changes-title" data-testid="prepare-diff">
            <h2 id="prepare-changes-title">Changes since v{preview.previousVersion}</h2>
            <PreviewDiff diff={preview.diff} before={previous.document} after={draft.document} />
          </section>
          <section className="page-section" aria-labelledby="publish-title">
            <h2 id="publish-title">Publish</h2>
            <PublishForm
              previousVersion={preview.previousVersion}
              proposalCount={preview.mergedProposals.length}
              suggestedNotes={suggestedNotes(preview.mergedProposals, asDocumentDiff(preview.diff))}
              suggestedVersion={preview.suggestedVersion}
              allowedVersions={preview.allowedVersions}
              requiredBump={preview.requiredBump}
              onOutdated={() => startTransition(() => void refetch())}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}

function PreviewDiff({ diff: raw, before: rawBefore, after: rawAfter }: { diff: unknown; before: unknown; after: unknown }) {
  const { diff, before, after } = useMemo(
    () => ({ diff: asDocumentDiff(raw), before: asFrameworkDocument(rawBefore), after: asFrameworkDocument(rawAfter) }),
    [raw, rawBefore, rawAfter],
  );
  return (
    <>
      {isEmptyDiff(diff) ? null : <p className="release-diff__summary">{diffSummary(diff)}.</p>}
      <DocumentDiffView
        diff={diff}
        before={before}
        after={after}
        headingLevel={3}
        emptyMessage="The merged proposals left the framework as it was."
      />
    </>
  );
}

/** Release notes drafted from what was merged: one line per proposal, then the changes in numbers. */
export function suggestedNotes(proposals: readonly { number: number; title: string }[], diff: ReturnType<typeof asDocumentDiff>): string {
  const lines = proposals.map((proposal) => `- ${proposal.title} (proposal #${proposal.number})`);
  const summary = isEmptyDiff(diff) ? '' : `\n\nIn all: ${diffSummary(diff)}.`;
  return `This release brings:\n\n${lines.join('\n')}${summary}`;
}

type PublishFormProps = {
  previousVersion: string;
  /** How many merged proposals the release carries. */
  proposalCount: number;
  /** Where the release notes start: the merged proposals and what they change, for the editor to edit. */
  suggestedNotes: string;
  suggestedVersion: string;
  allowedVersions: readonly string[];
  requiredBump: VersionBump;
  /** The preview no longer matches the server (someone else published): fetch it again. */
  onOutdated: () => void;
};

function PublishForm({
  previousVersion,
  proposalCount,
  suggestedNotes,
  suggestedVersion,
  allowedVersions,
  requiredBump,
  onOutdated,
}: PublishFormProps) {
  const navigate = useNavigate();
  const { publishRelease, loading } = usePublishReleaseMutation();
  const [version, setVersion] = useState(suggestedVersion);
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState(suggestedNotes);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [confirming, setConfirming] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const versionRef = useRef<HTMLSelectElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  useFocusFirstError(
    errors,
    [
      ['version', versionRef],
      ['title', titleRef],
      ['notes', notesRef],
    ],
    summaryRef,
  );

  // Publishing cannot be undone: the form only asks for a confirmation that says what will be published.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ([...title.trim()].length < TEXT_LIMITS.releaseTitle.min) {
      setErrors({ form: null, fields: { title: `Give the release a title of at least ${TEXT_LIMITS.releaseTitle.min} characters.` } });
      return;
    }
    setErrors(null);
    setConfirming(true);
  };

  const publish = async () => {
    setConfirming(false);
    try {
      const published = await publishRelease({ version, title: title.trim(), notes });
      void navigate(`/releases/${encodeURIComponent(published)}`);
    } catch (error) {
      setErrors(toFormErrors(error, FIELD_LABELS));
      const code = errorCode(error);
      if (code === 'RELEASE_VERSION_TAKEN' || code === 'NOTHING_TO_RELEASE') onOutdated();
    }
  };

  return (
    <form className="inline-form publish-form" onSubmit={submit} noValidate aria-labelledby="publish-title" data-testid="publish-form">
      <FormErrorSummary ref={summaryRef} message={errors?.form ?? null} />
      <p className="publish-form__rule" data-testid="required-bump">
        {bumpExplanation(requiredBump, suggestedVersion)} You may choose a higher version, never a lower one.
      </p>
      <SelectField
        ref={versionRef}
        label="Version"
        name="version"
        value={version}
        options={allowedVersions.map((allowed) => ({
          value: allowed,
          label: allowed === suggestedVersion ? `${allowed} (suggested)` : allowed,
        }))}
        error={errors?.fields.version}
        onChange={(event) => setVersion(event.target.value)}
      />
      <TextField
        ref={titleRef}
        label="Title"
        name="title"
        hint={`For example "Customer Success update". ${TEXT_LIMITS.releaseTitle.min} to ${TEXT_LIMITS.releaseTitle.max} characters.`}
        value={title}
        required
        maxLength={TEXT_LIMITS.releaseTitle.max}
        error={errors?.fields.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <MarkdownField
        ref={notesRef}
        label="Release notes (optional)"
        name="notes"
        hint="Markdown. What changed and why it matters to people using the framework."
        value={notes}
        rows={6}
        maxLength={TEXT_LIMITS.releaseNotes.max}
        error={errors?.fields.notes}
        onChange={setNotes}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {loading ? 'Publishing…' : `Publish v${version}`}
        </button>
      </div>
      <p className="muted">A published release never changes: check the changes above before you publish.</p>
      <ConfirmDialog
        open={confirming}
        title={`Publish v${version}?`}
        confirmLabel={`Publish v${version}`}
        pending={loading}
        onConfirm={() => void publish()}
        onCancel={() => setConfirming(false)}
        testId="confirm-publish"
      >
        <p data-testid="confirm-publish-summary">
          Publish {version}
          {title.trim() ? ` “${title.trim()}”` : ''}, a {bumpBetween(previousVersion, version)} release with{' '}
          {pluralize(proposalCount, 'proposal')}. Releases cannot be changed afterwards.
        </p>
      </ConfirmDialog>
    </form>
  );
}
