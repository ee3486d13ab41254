import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../ui/useDocumentTitle';

function messageOf(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  return 'This page stopped working because of an error in the app. Reloading the page usually helps.';
}

/** Shown inside the layout when a page throws while rendering. */
export function PageErrorBoundary() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  return (
    <section className="message-panel message-panel--error" role="alert" data-testid="page-error">
      <h1>Something went wrong</h1>
      <p>{messageOf(error)}</p>
      <p>
        <a href={window.location.href}>Reload this page</a> or <a href="/">go to the home page</a>.
      </p>
    </section>
  );
}

/** Last resort when the layout itself fails: no header or footer, just a way out. */
export function RootErrorBoundary() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  return (
    <main id="main" className="page page--bare">
      <section className="message-panel message-panel--error" role="alert">
        <h1>Something went wrong</h1>
        <p>{messageOf(error)}</p>
        <p>
          <a href="/">Go to the home page</a>
        </p>
      </section>
    </main>
  );
}
