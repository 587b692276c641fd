import type { ReactNode } from 'react';

/**
 * A box that scrolls (a wide table, a long list): focusable so a keyboard user can scroll it
 * with the arrow keys, and named so a screen reader says what it holds.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className={`table-wrap scroll-region${className ? ` ${className}` : ''}`} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
