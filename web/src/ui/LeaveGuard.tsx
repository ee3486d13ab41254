import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { type BlockerFunction, useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';
import { subscribeUnsavedWork, unsavedWork } from './unsaved-work';

/**
 * Warns before unsaved work (see useUnsavedWork) is left behind: the browser's own prompt when the tab closes or
 * reloads (`beforeunload`), and a dialog for a link inside the app (react-router's navigation blocker). One for the
 * whole app, since a router takes one blocker.
 */
export function LeaveGuard() {
  const what = useSyncExternalStore(subscribeUnsavedWork, unsavedWork);
  // Read at the moment of navigating, so work saved just before (and released in the same effect pass) lets it through.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => unsavedWork() !== '' && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (what === '') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [what]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave this page"
      cancelLabel="Stay and keep editing"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      testId="leave-dialog"
    >
      <p>
        {what ? `You have not saved ${what}.` : 'You have unsaved work.'} A copy stays in this browser and comes back when you return, but
        nothing reaches the site until you save or post it.
      </p>
    </ConfirmDialog>
  );
}
