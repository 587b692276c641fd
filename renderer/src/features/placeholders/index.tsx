import { useLiveQuery } from 'dexie-react-hooks';
import { ClipboardList } from 'lucide-react';
import { useDb } from '../../app/context';
import { ComingNext } from './ComingNext';

export function PlansPage({ repId }: { repId: string | null }) {
  const db = useDb();
  const rep = useLiveQuery(async () => (repId ? ((await db.reps.get(repId)) ?? null) : null), [db, repId]);
  return (
    <ComingNext
      title="Plans"
      icon={<ClipboardList size={24} />}
      summary={
        rep
          ? `The conversation planner for ${rep.name} is being built. It will start from the diagnosis you just read, including any override you set.`
          : 'Here you will prepare each conversation and keep the plans that come out of it.'
      }
      items={[
        'A guided planner: facts, expectations, diagnosis, talking points, questions and likely pushback',
        'SMART action items with milestones, a development plan and a check-in schedule',
        'A Word document for the rep with signature lines, and a private guide for you',
        'Check-ins that track each action item against new data',
      ]}
    />
  );
}
