import { type ReactNode, useEffect, useId, useRef } from 'react';

type ConfirmDialogProps = {
  /** Whether the dialog is shown (as a modal `<dialog>`, so focus stays inside it and Escape cancels). */
  open: boolean;
  title: string;
  /** What will happen, in words: the consequence the person is agreeing to. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive or irreversible action: the confirm button says so by its colour. */
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
};

/**
 * A modal confirmation for an action that cannot be undone. It restates the consequence, starts with focus on
 * "Cancel" (the safe choice), and gives focus back to what opened it when it closes (the browser does, for a modal
 * `<dialog>`).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger,
  pending,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // Escape, or the browser closing it: the same as Cancel.
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      data-testid={testId}
    >
      {open ? (
        <>
          <h2 id={titleId} className="confirm-dialog__title">
            {title}
          </h2>
          <div id={bodyId} className="confirm-dialog__body">
            {children}
          </div>
          <div className="button-row">
            <button type="button" className={danger ? 'button button--danger' : 'button'} disabled={pending} onClick={onConfirm}>
              {confirmLabel}
            </button>
            <button ref={cancelRef} type="button" className="button button--quiet" onClick={onCancel}>
              {cancelLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
