import type { ReactNode } from 'react';

export type BadgeTone = 'positive' | 'info' | 'neutral' | 'warning' | 'negative';

type BadgeProps = { tone: BadgeTone; children: ReactNode; testId?: string };

/** A short label; its meaning is in its text, the colour only supports it. */
export function Badge({ tone, children, testId }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
