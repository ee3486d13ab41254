import type { MouseEvent, Ref } from 'react';

export type ErrorSummaryItem = { message: string; /** The id of the element to go to, when the problem has a place. */ targetId?: string };

type ErrorSummaryProps = { title: string; items: readonly ErrorSummaryItem[]; ref?: Ref<HTMLDivElement>; testId?: string };

/**
 * Every problem of a form at the top of it, each linking to its field (the GOV.UK pattern). The summary itself
 * takes focus after a failed submit, so keyboard and screen-reader users hear what to fix and can go there.
 */
export function ErrorSummary({ title, items, ref, testId }: ErrorSummaryProps) {
  const go = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="error-summary"
      role="region"
      aria-labelledby="error-summary-title"
      hidden={items.length === 0}
      data-testid={testId}
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item, index) => (
          <li key={`${index}-${item.message}`}>
            {item.targetId ? (
              <a href={`#${item.targetId}`} onClick={(event) => go(event, item.targetId!)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
