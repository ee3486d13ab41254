import type { FrameworkDocument } from '@ocmf/standard';
import type { Ref } from 'react';
import { opLabel } from '../proposals/change-labels';
import { AddCategoryFields } from './AddCategoryFields';
import { AddMeasureFields } from './AddMeasureFields';
import type { ChangeDraft } from './change-form';
import type { FieldHelpers } from './change-fields';
import { changeId, fieldDomId } from './issue-paths';
import { MoveMeasureFields } from './MoveMeasureFields';
import { ReasonField } from './ReasonField';
import { RetireMeasureFields } from './RetireMeasureFields';
import { SetFocusFields } from './SetFocusFields';
import { UpdateCategoryFields } from './UpdateCategoryFields';
import { UpdateMeasureFields } from './UpdateMeasureFields';
import './proposal-editor.css';

type ChangeEditorProps = {
  index: number;
  count: number;
  draft: ChangeDraft;
  before: FrameworkDocument;
  /** The change in one line, once it is valid ("Add measure First Contact Resolution to Customer"). */
  description: string | null;
  /** The problem shown at a field id (`changes[0].measure.name`), if any. */
  errorAt: (fieldId: string) => string | undefined;
  onChange: (draft: ChangeDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
  moveUpRef?: Ref<HTMLButtonElement>;
  moveDownRef?: Ref<HTMLButtonElement>;
};

/** One change of the proposal: its own small form, with tools to move it up or down the list or remove it. */
export function ChangeEditor(props: ChangeEditorProps) {
  const { index, count, draft, before, errorAt, description, onChange, onMove, onRemove, headingRef, moveUpRef, moveDownRef } = props;
  const base = changeId(index);
  const fields: FieldHelpers = {
    name: (field) => `${base}.${field}`,
    id: (field) => fieldDomId(`${base}.${field}`),
    error: (field) => errorAt(`${base}.${field}`),
    input: (field) => ({ id: fields.id(field), name: fields.name(field), error: fields.error(field) }),
  };
  const headingId = fieldDomId(base);
  const changeError = errorAt(base);
  const number = index + 1;

  return (
    <section className="change-editor" aria-labelledby={headingId} data-testid={`change-editor-${index}`}>
      <div className="change-editor__head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="change-editor__title">
          Change {number}: {opLabel(draft.op)}
        </h3>
        <div className="change-editor__tools">
          <button
            type="button"
            ref={moveUpRef}
            className="button button--quiet button--small"
            onClick={() => onMove(-1)}
            disabled={index === 0}
          >
            Move up<span className="visually-hidden"> change {number}</span>
          </button>
          <button
            type="button"
            ref={moveDownRef}
            className="button button--quiet button--small"
            onClick={() => onMove(1)}
            disabled={index === count - 1}
          >
            Move down<span className="visually-hidden"> change {number}</span>
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onRemove}>
            Remove<span className="visually-hidden"> change {number}</span>
          </button>
        </div>
      </div>
      {description ? <p className="change-editor__summary">{description}</p> : null}
      {changeError ? <p className="field__error change-editor__error">{changeError}</p> : null}
      <OpFields draft={draft} before={before} onChange={onChange} fields={fields} />
      {draft.op !== 'RETIRE_MEASURE' ? (
        <ReasonField
          fields={fields}
          label="Why this change? (optional)"
          hint="A sentence for the changelog; the summary above can hold the longer argument."
          value={draft.reason}
          rows={2}
          onChange={(reason) => onChange({ ...draft, reason })}
        />
      ) : null}
    </section>
  );
}

function OpFields({
  draft,
  ...rest
}: {
  draft: ChangeDraft;
  before: FrameworkDocument;
  onChange: (draft: ChangeDraft) => void;
  fields: FieldHelpers;
}) {
  switch (draft.op) {
    case 'ADD_MEASURE':
      return <AddMeasureFields draft={draft} {...rest} />;
    case 'UPDATE_MEASURE':
      return <UpdateMeasureFields draft={draft} {...rest} />;
    case 'RETIRE_MEASURE':
      return <RetireMeasureFields draft={draft} {...rest} />;
    case 'MOVE_MEASURE':
      return <MoveMeasureFields draft={draft} {...rest} />;
    case 'ADD_CATEGORY':
      return <AddCategoryFields draft={draft} {...rest} />;
    case 'UPDATE_CATEGORY':
      return <UpdateCategoryFields draft={draft} {...rest} />;
    case 'SET_FOCUS':
      return <SetFocusFields draft={draft} {...rest} />;
  }
}
