// Use case: a rep's timeline, read from every table that holds something of the rep.
import { buildTimeline, type TimelineEvent } from '../domain/timeline';
import { storedAssessments } from './self-assessments';
import type { Store } from './store';
import { winsLog, type WinsOptions } from './wins';

export async function repTimeline(store: Store, repId: string, opts: WinsOptions): Promise<TimelineEvent[]> {
  const [rep, periods, plans, checkIns, sessions, assignments, assessments, wins, imports] = await Promise.all([
    store.table('reps').get(repId),
    store.table('metricPeriods').where('repId', repId),
    store.table('plans').where('repId', repId),
    store.table('checkIns').where('repId', repId),
    store.table('roleplaySessions').where('repId', repId),
    store.table('roleplayAssignments').where('repId', repId),
    storedAssessments(store, repId),
    winsLog(store, repId, opts),
    store.table('imports').all(),
  ]);
  const periodsBy = new Map<string, Set<string>>();
  for (const p of periods) if (p.importId) (periodsBy.get(p.importId) ?? periodsBy.set(p.importId, new Set()).get(p.importId)!).add(p.period);
  const touched = imports
    .filter((r) => periodsBy.has(r.id) || rep?.createdByImportId === r.id)
    .map((record) => ({ record, periods: [...(periodsBy.get(record.id) ?? [])] }));
  return buildTimeline({ imports: touched, plans, checkIns, sessions, assignments, wins, assessments }, opts.asOf, opts.format);
}
