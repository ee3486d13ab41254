import { type Ref, type SelectHTMLAttributes, useId } from 'react';
import { Field } from './Field';
import { describedBy, fieldIds } from './field-ids';

export type SelectOption<Value extends string = string> = { value: Value; label: string };

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> & {
  label: string;
  name: string;
  options: readonly SelectOption[];
  /** A first option with an empty value, e.g. "Choose a category…" or "Any status". */
  placeholder?: string;
  id?: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
};

/** A labelled select, with its hint and error tied to it like TextField's. */
export function SelectField({ label, name, options, placeholder, id: givenId, hint, error, ref, ...select }: SelectFieldProps) {
  const ids = fieldIds(useId(), givenId, hint, error);
  return (
    <Field ids={ids} label={label} name={name} hint={hint} error={error}>
      <select {...select} ref={ref} id={ids.id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
