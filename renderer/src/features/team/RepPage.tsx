import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, Pencil } from 'lucide-react';
import { useDb } from '../../app/context';
import { hrefFor } from '../../app/router';
import { useAppStore } from '../../app/store';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

export function RepPage({ repId }: { repId: string }) {
  const db = useDb();
  const rep = useLiveQuery(async () => (await db.reps.get(repId)) ?? null, [db, repId]);
  const openRepForm = useAppStore((s) => s.openRepForm);
  if (rep === undefined) return null;
  if (rep === null) {
    return (
      <EmptyState
        title="This rep is not in your team"
        actions={
          <a className="btn" href={hrefFor({ page: 'team' })}>
            Back to the team
          </a>
        }
      >
        They may have been removed.
      </EmptyState>
    );
  }
  return (
    <>
      <a className="back-link" href={hrefFor({ page: 'team' })}>
        <ArrowLeft size={16} aria-hidden="true" /> Team
      </a>
      <PageHeader
        title={rep.name}
        subtitle={`${rep.role}${rep.startDate ? ` · started ${rep.startDate}` : ''}`}
        actions={
          <Button icon={<Pencil size={16} />} onClick={() => openRepForm({ id: rep.id })}>
            Edit details
          </Button>
        }
      />
    </>
  );
}
