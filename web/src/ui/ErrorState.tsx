import { describeError } from './graphql-errors';
import { PageTitle } from './PageTitle';

type ErrorStateProps = {
  error: unknown;
  /** The heading to use instead of the generic one, e.g. "Could not load this measure". */
  heading?: string;
  /** 1 when the error replaces the whole page (the default); 2 when the page already has its h1. */
  headingLevel?: 1 | 2;
  onRetry?: () => void;
};

/** Data that could not be loaded: says so politely, and offers to try again. */
export function ErrorState({ error, heading, headingLevel = 1, onRetry }: ErrorStateProps) {
  const { title, message } = describeError(error);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="message-panel message-panel--error" role="alert" data-testid="error-state">
      {headingLevel === 1 ? <PageTitle title={heading ?? title} /> : null}
      <Heading>{heading ?? title}</Heading>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}
