import { type ReactNode, useId } from 'react';
import './proposal-editor.css';

type PatchToggleProps = {
  /** The field, e.g. "Definition". */
  label: string;
  /** Its current value, in words. */
  current: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
  /** The input for the new value, shown while the field is chosen. */
  children: ReactNode;
};

/** One field of a patch: a checkbox to change it (showing what it is now), and the new value once chosen. */
export function PatchToggle({ label, current, checked, onToggle, children }: PatchToggleProps) {
  const currentId = useId();
  return (
    <div className={`patch-field${checked ? ' patch-field--on' : ''}`}>
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(event) => onToggle(event.target.checked)} aria-describedby={currentId} />
        <span>Change {label.toLowerCase()}</span>
      </label>
      <p className="patch-field__current" id={currentId}>
        <span className="muted">Now:</span> {current}
      </p>
      {checked ? <div className="patch-field__input">{children}</div> : null}
    </div>
  );
}
