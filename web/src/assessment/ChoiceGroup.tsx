type ChoiceGroupProps<T extends string> = {
  /** The group's field id: the fieldset gets it (the error summary links there), and radios are named after it. */
  id: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string;
};

/**
 * A radio group in a fieldset with its legend (read with each option by screen readers); the arrow keys move
 * between options, as in any radio group. Its error is tied to the group.
 */
export function ChoiceGroup<T extends string>({ id, legend, options, value, onChange, error }: ChoiceGroupProps<T>) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`choice-group${error ? ' choice-group--invalid' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice-chip">
            <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
