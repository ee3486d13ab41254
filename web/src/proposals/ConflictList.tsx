import './proposals.css';
/** A field that the working draft changed differently since the proposal was written. */
export type ConflictView = { path: string; base?: unknown; current?: unknown; proposed?: unknown };

/** Each conflicting field with its value at the proposal's base, in the current draft, and as proposed. */
export function ConflictList({ conflicts }: { conflicts: ConflictView[] }) {
  return (
    <div className="conflicts" data-testid="conflicts">
      <p className="conflicts__title">
        <strong>Conflict:</strong> the working draft changed {conflicts.length === 1 ? 'this field' : 'these fields'} after the proposal was
        written.
      </p>
      {conflicts.map((conflict) => (
        <div key={conflict.path} className="conflict" data-testid="conflict">
          <p className="conflict__path">
            <code>{conflict.path}</code>
          </p>
          <dl className="conflict__values">
            <div>
              <dt>When the proposal was written</dt>
              <dd>{formatJson(conflict.base)}</dd>
            </div>
            <div>
              <dt>In the current draft</dt>
              <dd>{formatJson(conflict.current)}</dd>
            </div>
            <div>
              <dt>Proposed</dt>
              <dd>{formatJson(conflict.proposed)}</dd>
            </div>
          </dl>
        </div>
      ))}
    </div>
  );
}

function formatJson(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.length > 0 ? value.join(', ') : 'none';
  return JSON.stringify(value);
}
