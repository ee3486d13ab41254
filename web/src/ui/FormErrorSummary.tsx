import type { Ref } from 'react';

type FormErrorSummaryProps = { message: string | null; ref?: Ref<HTMLDivElement> };

/**
 * The form-level error, in a live region that is always in the page (so screen readers announce the message
 * when it appears, not only when the region does).
 */
export function FormErrorSummary({ message, ref }: FormErrorSummaryProps) {
  return (
    <div ref={ref} tabIndex={-1} className="form-summary" aria-live="assertive" aria-atomic="true" data-testid="form-error">
      {message ? <p className="form-summary__message">{message}</p> : null}
    </div>
  );
}
