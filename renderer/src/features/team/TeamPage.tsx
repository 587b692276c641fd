import { useLiveQuery } from 'dexie-react-hooks';
import { FileUp, UserPlus, Users } from 'lucide-react';
import { useState } from 'react';
import type { Rep } from '../../../../shared/schemas';
import { useDb } from '../../app/context';
import { hrefFor } from '../../app/router';
import { useAppStore } from '../../app/store';
import { listReps } from '../../db/repositories/reps';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { RemoveRepDialog, RepsTable } from '../reps';

export function TeamPage() {
  const db = useDb();
  const reps = useLiveQuery(() => listReps(db), [db]);
  const openRepForm = useAppStore((s) => s.openRepForm);
  const [removing, setRemoving] = useState<Rep | null>(null);

  return (
    <>
      <PageHeader
        title="Team"
        subtitle={
          reps && reps.length > 0
            ? `${reps.length} ${reps.length === 1 ? 'rep' : 'reps'}`
            : 'Your reps, their numbers and where each one needs support.'
        }
        actions={
          <>
            <a className="btn" href={hrefFor({ page: 'import' })}>
              <FileUp size={16} aria-hidden="true" /> Import metrics
            </a>
            <Button variant="primary" icon={<UserPlus size={16} />} onClick={() => openRepForm('new')}>
              Add rep
            </Button>
          </>
        }
      />
      {reps === undefined ? (
        <p className="muted" role="status">
          Loading your team…
        </p>
      ) : reps.length === 0 ? (
        <EmptyState
          icon={<Users size={24} />}
          title="No reps yet"
          actions={
            <>
              <Button variant="primary" icon={<UserPlus size={16} />} onClick={() => openRepForm('new')}>
                Add your first rep
              </Button>
              <a className="btn" href={hrefFor({ page: 'import' })}>
                <FileUp size={16} aria-hidden="true" /> Import a CRM export
              </a>
            </>
          }
        >
          Add reps by hand, or import a CRM export and Candor will create them from the file.
        </EmptyState>
      ) : (
        <RepsTable reps={reps} onRemove={setRemoving} />
      )}
      <RemoveRepDialog rep={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
