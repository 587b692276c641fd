import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noteNavigation, takePendingHeadingFocus } from './focus';
import { PageHeader } from './PageHeader';

const at = (hash: string) => `http://127.0.0.1/${hash}`;

describe('focus after navigation', () => {
  it('a page change moves focus to the new page heading, once', () => {
    noteNavigation(at('#/team'), at('#/team/r1'));
    render(<PageHeader title="Dev Patel" />);
    expect(screen.getByRole('heading', { name: 'Dev Patel', level: 1 })).toHaveFocus();
    expect(takePendingHeadingFocus()).toBe(false);
  });

  it('a new period in the query keeps focus where it is', () => {
    noteNavigation(at('#/team/r1?period=2026-09'), at('#/team/r1?period=2026-10'));
    render(<PageHeader title="Team" />);
    expect(screen.getByRole('heading', { name: 'Team' })).not.toHaveFocus();
  });

  it('a stale request is dropped', () => {
    noteNavigation(at('#/team'), at('#/import'), 0);
    expect(takePendingHeadingFocus(10_000)).toBe(false);
  });

  it('a hashchange event without URLs (as code may dispatch) never throws', () => {
    expect(() => window.dispatchEvent(new Event('hashchange'))).not.toThrow();
    expect(() => noteNavigation('', '#/team')).not.toThrow();
    expect(takePendingHeadingFocus()).toBe(true);
  });
});
