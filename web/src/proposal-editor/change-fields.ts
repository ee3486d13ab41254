import { AUDIENCES, type ChangeOp, DIRECTIONS, type FrameworkDocument, type LiveMeasureStatus } from '@ocmf/standard';
import { audienceLabel, directionLabel } from '../framework/labels';
import type { Audience, Direction } from '../gql/graphql';
import type { SelectOption } from '../ui/SelectField';
import type { ChangeDraftOf } from './change-form';

/** What each op's form needs to tie its inputs to the change's field ids (`changes[2].measure.name`). */
export type FieldHelpers = {
  /** The field id, also used as the input's name: `measure.name` → `changes[2].measure.name`. */
  name: (field: string) => string;
  /** The HTML id of the field's input (error summary links point at it). */
  id: (field: string) => string;
  /** The problem with this field, when it is shown. */
  error: (field: string) => string | undefined;
  /** All three, to spread on a field component: `<TextField {...fields.input('measure.name')} … />`. */
  input: (field: string) => { id: string; name: string; error: string | undefined };
};

export type ChangeFieldsProps<Op extends ChangeOp> = {
  draft: ChangeDraftOf<Op>;
  /** The framework as the earlier changes leave it: what this change can pick from. */
  before: FrameworkDocument;
  onChange: (draft: ChangeDraftOf<Op>) => void;
  fields: FieldHelpers;
};

export const AUDIENCE_OPTIONS: readonly SelectOption<Audience>[] = AUDIENCES.map((value) => ({ value, label: audienceLabel(value) }));

export const DIRECTION_OPTIONS: readonly SelectOption<Direction>[] = DIRECTIONS.map((value) => ({ value, label: directionLabel(value) }));

/** A measure being added or changed is active or emerging; retiring it is a change of its own. */
export const LIVE_STATUS_OPTIONS: readonly SelectOption<LiveMeasureStatus>[] = [
  { value: 'ACTIVE', label: 'Active: part of the framework' },
  { value: 'EMERGING', label: 'Emerging: try it before it becomes core' },
];
