import type { ChangeOp, FrameworkDocument } from '@ocmf/standard';
import type { ChangeDraftOf } from './change-form';

/** What each op's form needs to tie its inputs to the change's field ids (`changes[2].measure.name`). */
export type FieldHelpers = {
  /** The field id, also used as the input's name: `measure.name` → `changes[2].measure.name`. */
  name: (field: string) => string;
  /** The HTML id of the field's input (error summary links point at it). */
  id: (field: string) => string;
  /** The problem with this field, when it is shown. */
  error: (field: string) => string | undefined;
};

export type ChangeFieldsProps<Op extends ChangeOp> = {
  draft: ChangeDraftOf<Op>;
  /** The framework as the earlier changes leave it: what this change can pick from. */
  before: FrameworkDocument;
  onChange: (draft: ChangeDraftOf<Op>) => void;
  fields: FieldHelpers;
};

export const AUDIENCE_OPTIONS = [
  { value: 'EXECUTIVE', label: 'Executives' },
  { value: 'MANAGER', label: 'Managers' },
];

export const DIRECTION_OPTIONS = [
  { value: 'HIGHER_IS_BETTER', label: 'Higher is better' },
  { value: 'LOWER_IS_BETTER', label: 'Lower is better' },
  { value: 'TARGET', label: 'Closer to the target is better' },
];

export const LIVE_STATUS_OPTIONS = [
  { value: 'ACTIVE', label: 'Active: part of the framework' },
  { value: 'EMERGING', label: 'Emerging: try it before it becomes core' },
];
