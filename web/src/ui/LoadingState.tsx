type LoadingStateProps = { label: string };

/** Shown while a page's data is on its way; announced politely to screen readers. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="loading-state" role="status" aria-live="polite" data-testid="loading">
      <span className="loading-state__bar" aria-hidden="true" />
      <p>{label}</p>
    </div>
  );
}
