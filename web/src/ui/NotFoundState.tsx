import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

type NotFoundStateProps = { heading: string; children: ReactNode };

/** A page for something that does not exist: what was not found, and where to go instead. */
export function NotFoundState({ heading, children }: NotFoundStateProps) {
  useDocumentTitle(heading);
  return (
    <section className="message-panel" data-testid="not-found">
      <h1>{heading}</h1>
      {children}
    </section>
  );
}
