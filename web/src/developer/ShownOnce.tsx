import { useId, useState } from 'react';

type ShownOnceProps = { label: string; value: string; note: string; testId: string };

/** A secret the server shows only once (a token, a signing secret), with a copy button. */
export function ShownOnce({ label, value, note, testId }: ShownOnceProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      setStatus('Could not copy: select the text and copy it yourself.');
    }
  };
  return (
    <div className="shown-once" data-testid={`${testId}-panel`}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <p className="field__hint" id={`${id}-note`}>
          {note}
        </p>
        <input
          id={id}
          className="shown-once__value"
          readOnly
          value={value}
          aria-describedby={`${id}-note`}
          onFocus={(event) => event.target.select()}
          data-testid={testId}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={() => void copy()}>
          Copy
        </button>
        <p className="status-message" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
