import {
  type ChangeOp,
  type FrameworkDocument,
  CHANGE_OPS,
  applyChanges,
  describeChange,
  diffDocuments,
  TEXT_LIMITS,
} from '@ocmf/standard';
import { type FormEvent, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProposalStatus } from '../gql/graphql';
import { opLabel } from '../proposals/change-labels';
import { DocumentDiffView } from '../proposals/DocumentDiffView';
import { useCreateProposalMutation } from '../proposals/useCreateProposalMutation';
import { useUpdateProposalMutation } from '../proposals/useUpdateProposalMutation';
import { choiceOf } from '../ui/choices';
import { ErrorSummary, type ErrorSummaryItem } from '../ui/ErrorSummary';
import { formatDateTime, pluralize } from '../ui/format';
import { loadLocalDraft } from '../ui/local-draft';
import { MarkdownField } from '../ui/MarkdownField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useAutosave } from '../ui/useAutosave';
import { useMediaQuery } from '../ui/useMediaQuery';
import { useUnsavedWork } from '../ui/useUnsavedWork';
import { ChangeEditor } from './ChangeEditor';
import { buildChanges, type ChangeDraft, toChangeInput } from './change-form';
import { type EditorAction, editorReducer, initialEditorState, problemShown } from './editor-state';
import { editorDraftKey, isEditorContent, sameContent } from './editor-draft';
import { FrameworkOutline } from './FrameworkOutline';
import {
  combineIssues,
  emptyChoiceIssues,
  fieldDomId,
  fieldIdsOf,
  type Issue,
  messagesByField,
  placeIssues,
  unchangedFieldIssues,
} from './issue-paths';
import { saveFailure } from './server-errors';
import './proposal-editor.css';

type ProposalEditorProps = {
  /** The working draft the changes are written against. */
  draft: FrameworkDocument;
  draftRevision: number;
  /** An existing proposal being edited; a new one otherwise. */
  editing?: { number: number; status: ProposalStatus; title: string; summary: string; changes: ChangeDraft[] };
  /** What a new proposal starts with (e.g. a measure to add, from a self-assessment). */
  initial?: { title: string; summary: string; changes: ChangeDraft[] };
};

/** The name of the form control an event came from (each is named by its field id), if it came from one. */
const fieldNameOf = (target: EventTarget): string | undefined =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
    ? target.name
    : undefined;

/** Where focus goes after a change is added, moved or removed: each request is a new object, acted on once. */
type Focus = { uid: number; on: 'heading' | 'up' | 'down' } | { on: 'add' };

/**
 * The structured proposal editor: title, summary and an ordered list of changes, each with its own small form.
 * Every keystroke re-applies the change set to the working draft (with `@ocmf/standard`, no round trip) for the
 * live preview and for the problems shown next to the fields that cause them.
 */
export function ProposalEditor({ draft, draftRevision, editing, initial }: ProposalEditorProps) {
  const navigate = useNavigate();
  // Work typed here earlier and never saved (kept in this browser) comes back, unless the page was opened to start
  // something specific: then it is offered instead.
  const draftKey = editorDraftKey(editing?.number);
  const [stored, setStored] = useState(() => loadLocalDraft(draftKey, isEditorContent));
  const startsFrom = editing ?? initial;
  const restoresAtOnce = stored !== null && (editing !== undefined || initial === undefined);
  const [state, dispatch] = useReducer(editorReducer, restoresAtOnce ? stored.value : startsFrom, initialEditorState);
  // Side by side on a wide screen; on a phone, a toggle above the save button, so it is seen before saving.
  const wide = useMediaQuery('(min-width: 64rem)');
  const [previewOpen, setPreviewOpen] = useState(false);
  const [savedTo, setSavedTo] = useState<{ number: number; saved: string } | null>(null);
  const [server, setServer] = useState<{ issues: Issue[]; message: string | null } | null>(null);
  const [opToAdd, setOpToAdd] = useState<ChangeOp>('ADD_MEASURE');
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<Focus | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const { createProposal, loading: creating } = useCreateProposalMutation();
  const { updateProposal, loading: updating } = useUpdateProposalMutation();
  const headings = useRef(new Map<number, HTMLHeadingElement>());
  const upButtons = useRef(new Map<number, HTMLButtonElement>());
  const downButtons = useRef(new Map<number, HTMLButtonElement>());
  const addSelect = useRef<HTMLSelectElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const built = useMemo(() => buildChanges(draft, state.changes), [draft, state.changes]);
  const result = useMemo(() => applyChanges(draft, built.changes), [draft, built.changes]);
  const diff = useMemo(() => diffDocuments(draft, result.document), [draft, result.document]);

  // Problems: the editor's own (empty choices, fields ticked but unchanged), the model's for the change set, and the
  // form's.
  const changeIssues = combineIssues(
    [...emptyChoiceIssues(state.changes), ...unchangedFieldIssues(state.changes, built.before)],
    result.ok ? [] : result.issues,
  );
  const formIssues: Issue[] = [
    ...(state.title.trim() === '' ? [{ path: 'title', message: 'Give the proposal a title.' }] : []),
    ...(state.summary.trim() === ''
      ? [{ path: 'summary', message: 'Say why in the summary: the motivation, and evidence if you have it.' }]
      : []),
    ...(state.changes.length === 0 ? [{ path: 'changes', message: 'Add at least one change.' }] : []),
  ];
  const fieldIds = fieldIdsOf(
    state.changes,
    built.before.map((doc, index) => (state.changes[index]?.op === 'SET_FOCUS' ? doc.categories.length : 0)),
  );
  // Each problem shows once its field was visited, or after a save attempt (see problemShown); the API's, after a save.
  const placedChangeIssues = placeIssues(changeIssues, fieldIds);
  const shownChangeIssues = placedChangeIssues.filter((issue) => problemShown(state, issue.target));
  const shown = [
    ...placeIssues(formIssues, fieldIds).filter((issue) => problemShown(state, issue.target)),
    ...shownChangeIssues,
    ...placeIssues(server?.issues ?? [], fieldIds),
  ];
  const byField = messagesByField(shown);
  const errorAt = (fieldId: string) => byField.get(fieldId)?.join(' ');
  const summaryItems: ErrorSummaryItem[] = [
    ...(server?.message ? [{ message: server.message }] : []),
    ...shown.map((issue) => ({ message: issue.message, targetId: issue.target ? fieldDomId(issue.target) : undefined })),
  ];
  const allProblems = formIssues.length + changeIssues.length;

  const content = useMemo(() => ({ title: state.title, summary: state.summary, changes: state.changes }), [state]);
  const dirty = !sameContent(content, startsFrom);
  const clearStored = useAutosave(draftKey, content, dirty && savedTo === null);
  useUnsavedWork(dirty && savedTo === null, editing ? `your edits to proposal #${editing.number}` : 'your new proposal');

  // Navigate once the leave guard has seen that the work is saved.
  useEffect(() => {
    if (savedTo) void navigate(`/proposals/${savedTo.number}`, { state: { saved: savedTo.saved } });
  }, [savedTo, navigate]);

  useEffect(() => {
    if (!focus) return;
    if (focus.on === 'add') addSelect.current?.focus();
    else {
      const refs = focus.on === 'heading' ? headings : focus.on === 'up' ? upButtons : downButtons;
      const target = refs.current.get(focus.uid);
      if (target && !(target as HTMLButtonElement).disabled) target.focus();
      else headings.current.get(focus.uid)?.focus();
    }
  }, [focus]);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const visit = (fieldId: string | undefined) => {
    if (fieldId && fieldIds.has(fieldId)) dispatch({ type: 'visit', fieldId });
  };

  /** Any edit makes the last save's errors stale. */
  const edit = (action: EditorAction) => {
    setServer(null);
    dispatch(action);
  };

  const addChange = () => {
    const uid = state.nextUid;
    edit({ type: 'addChange', op: opToAdd });
    setAnnouncement(`Change ${state.changes.length + 1} added: ${opLabel(opToAdd)}.`);
    setFocus({ uid, on: 'heading' });
  };

  const moveChange = (change: ChangeDraft, index: number, offset: -1 | 1) => {
    edit({ type: 'moveChange', uid: change.uid, offset });
    setAnnouncement(`Change moved to position ${index + offset + 1} of ${state.changes.length}.`);
    const to = index + offset;
    const lands = to === 0 ? 'down' : to === state.changes.length - 1 ? 'up' : offset === -1 ? 'up' : 'down';
    setFocus({ uid: change.uid, on: lands });
  };

  const removeChange = (change: ChangeDraft, index: number) => {
    edit({ type: 'removeChange', uid: change.uid });
    setAnnouncement(`Change ${index + 1} removed.`);
    const neighbour = state.changes[index + 1] ?? state.changes[index - 1];
    setFocus(neighbour ? { uid: neighbour.uid, on: 'heading' } : { on: 'add' });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'attemptSave' });
    setServer(null);
    if (allProblems > 0) {
      setSummaryFocus((n) => n + 1);
      return;
    }
    const input = { title: state.title.trim(), summary: state.summary, changes: built.changes.map(toChangeInput) };
    try {
      const number = editing ? await updateProposal({ number: editing.number, ...input }) : await createProposal(input);
      const saved = editing ? 'Your changes are saved.' : 'Saved as a draft: only you can see it until you submit it for discussion.';
      clearStored();
      setSavedTo({ number, saved });
    } catch (error) {
      setServer(saveFailure(error));
      setSummaryFocus((n) => n + 1);
    }
  };

  const saving = creating || updating;
  const preview = (
    <>
      <p
        className={
          state.changes.length === 0 || (shownChangeIssues.length === 0 && changeIssues.length > 0)
            ? 'muted'
            : shownChangeIssues.length > 0
              ? 'editor-preview__problems'
              : 'editor-preview__ok'
        }
        data-testid="preview-status"
      >
        {state.changes.length === 0
          ? 'Add a change to see its effect.'
          : shownChangeIssues.length > 0
            ? `${pluralize(shownChangeIssues.length, 'problem')} in the changes, shown next to the fields. Changes with problems are left out of the preview.`
            : changeIssues.length > 0
              ? 'Changes not filled in yet are left out of the preview.'
              : 'Every change applies to the working draft.'}
      </p>
      <h3 className="editor-preview__subtitle">What changes</h3>
      <DocumentDiffView diff={diff} before={draft} after={result.document} headingLevel={4} emptyMessage="Nothing changes yet." />
      <details className="editor-preview__outline" open>
        <summary>The framework after these changes</summary>
        <FrameworkOutline before={draft} after={result.document} diff={diff} />
      </details>
    </>
  );
  const saveLabel = !editing ? 'Save as draft' : editing.status === 'DRAFT' ? 'Save draft' : 'Save changes';

  return (
    <div className="editor-layout">
      <form
        className="editor-form"
        onSubmit={(event) => void save(event)}
        noValidate
        aria-labelledby="editor-title"
        data-testid="proposal-editor"
        // Every input is named by its field id: typing in one, or leaving it, lets its problems show.
        onChange={(event) => visit(fieldNameOf(event.target))}
        onBlur={(event) => visit(fieldNameOf(event.target))}
      >
        <ErrorSummary
          ref={summaryRef}
          title={
            summaryItems.length === 1
              ? 'There is a problem with this proposal'
              : `There are ${summaryItems.length} problems with this proposal`
          }
          items={state.attempted || server ? summaryItems : []}
          testId="error-summary"
        />
        {stored ? (
          <div className="draft-notice" role="status" data-testid="draft-notice">
            {restoresAtOnce ? (
              <>
                <p>Restored the unsaved work you left here on {formatDateTime(stored.savedAt)}.</p>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => {
                    clearStored();
                    setStored(null);
                    dispatch({ type: 'restore', content: startsFrom ?? { title: '', summary: '', changes: [] } });
                  }}
                >
                  Discard it
                </button>
              </>
            ) : (
              <>
                <p>
                  You have unsaved work from {formatDateTime(stored.savedAt)}: “{stored.value.title || 'untitled'}”.
                </p>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => {
                    setStored(null);
                    dispatch({ type: 'restore', content: stored.value });
                  }}
                >
                  Restore it
                </button>
              </>
            )}
          </div>
        ) : null}
        <TextField
          id={fieldDomId('title')}
          label="Title"
          name="title"
          hint="What the proposal does, in a few words: “Add Customer Success metrics”."
          value={state.title}
          maxLength={TEXT_LIMITS.proposalTitle.max}
          required
          onChange={(event) => edit({ type: 'setTitle', value: event.target.value })}
          error={errorAt('title')}
        />
        <MarkdownField
          id={fieldDomId('summary')}
          label="Summary"
          name="summary"
          hint="Why the framework should change: the motivation, and evidence if you have it. Markdown works."
          value={state.summary}
          maxLength={TEXT_LIMITS.proposalSummary.max}
          required
          onChange={(value) => edit({ type: 'setSummary', value })}
          error={errorAt('summary')}
        />

        <section className="editor-changes" aria-labelledby={fieldDomId('changes')}>
          <h2 id={fieldDomId('changes')} tabIndex={-1}>
            Changes
          </h2>
          <p className="muted">
            Changes apply in order, each to the framework as the ones before it leave it (the working draft, version {draftRevision}).
          </p>
          {errorAt('changes') ? <p className="field__error">{errorAt('changes')}</p> : null}
          {state.changes.length === 0 ? <p>No changes yet. Choose a kind of change below and add it.</p> : null}
          {state.changes.map((change, index) => {
            const builtChange = built.changes[index];
            const before = built.before[index] ?? draft;
            const hasProblems = changeIssues.some(
              (issue) => issue.path === `changes[${index}]` || issue.path.startsWith(`changes[${index}].`),
            );
            return (
              <ChangeEditor
                key={change.uid}
                index={index}
                count={state.changes.length}
                draft={change}
                before={before}
                description={builtChange && !hasProblems ? describeChange(before, builtChange) : null}
                errorAt={errorAt}
                onChange={(next) => edit({ type: 'replaceChange', change: next })}
                onMove={(offset) => moveChange(change, index, offset)}
                onRemove={() => removeChange(change, index)}
                headingRef={(element) => void (element ? headings.current.set(change.uid, element) : headings.current.delete(change.uid))}
                moveUpRef={(element) => void (element ? upButtons.current.set(change.uid, element) : upButtons.current.delete(change.uid))}
                moveDownRef={(element) =>
                  void (element ? downButtons.current.set(change.uid, element) : downButtons.current.delete(change.uid))
                }
              />
            );
          })}
          <div className="add-change">
            <SelectField
              ref={addSelect}
              label="Kind of change to add"
              name="new-change-op"
              options={CHANGE_OPS.map((op) => ({ value: op, label: opLabel(op) }))}
              value={opToAdd}
              onChange={(event) => setOpToAdd(choiceOf(CHANGE_OPS, event.target.value) ?? opToAdd)}
            />
            <button type="button" className="button button--quiet" onClick={addChange}>
              Add change
            </button>
          </div>
        </section>

        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>

        {wide ? null : (
          <div className="editor-preview-toggle">
            <button
              type="button"
              className="button button--quiet"
              aria-expanded={previewOpen}
              aria-controls={previewOpen ? 'editor-preview-inline' : undefined}
              onClick={() => setPreviewOpen((open) => !open)}
            >
              {previewOpen ? 'Hide the preview' : 'Show the preview'}
            </button>
            {previewOpen ? (
              <section id="editor-preview-inline" className="editor-preview" aria-labelledby="preview-title" data-testid="editor-preview">
                <h2 id="preview-title">Preview</h2>
                {preview}
              </section>
            ) : null}
          </div>
        )}

        <div className="editor-form__save button-row">
          <button type="submit" className="button" disabled={saving}>
            {saving ? 'Saving…' : saveLabel}
          </button>
          <Link to={editing ? `/proposals/${editing.number}` : '/proposals'}>Cancel</Link>
          {!editing ? <span className="muted">Nobody else sees a draft until you submit it for discussion.</span> : null}
        </div>
      </form>

      {wide ? (
        <aside className="editor-preview" aria-labelledby="preview-title" data-testid="editor-preview">
          <h2 id="preview-title">Preview</h2>
          {preview}
        </aside>
      ) : null}
    </div>
  );
}
