import type { ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** A page that is planned but not built yet says plainly what will be there. */
export function ComingNext({ title, icon, summary, items }: { title: string; icon: ReactNode; summary: string; items: string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState icon={icon} title={`${title} is coming next`}>
        <p>{summary}</p>
        <ul>
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      </EmptyState>
    </>
  );
}
