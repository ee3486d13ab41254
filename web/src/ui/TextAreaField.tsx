import { type Ref, type TextareaHTMLAttributes, useId } from 'react';
import { Field } from './Field';
import { describedBy, fieldIds } from './field-ids';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  name: string;
  id?: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line input, with its hint and error tied to it like TextField's. */
export function TextAreaField({ label, name, id: givenId, hint, error, ref, rows = 4, ...textarea }: TextAreaFieldProps) {
  const ids = fieldIds(useId(), givenId, hint, error);
  return (
    <Field ids={ids} label={label} name={name} hint={hint} error={error}>
      <textarea
        {...textarea}
        ref={ref}
        id={ids.id}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids)}
      />
    </Field>
  );
}
