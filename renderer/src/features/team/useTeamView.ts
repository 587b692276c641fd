import { useMemo, useState } from 'react';
import { periodEndDate } from '@shared/domain/diagnosis';
import { isoDay } from '@shared/domain/plan';
import { inFilter } from '@shared/domain/team';
import type { Verdict } from '@shared/schemas';
import { useStoreQuery } from '@renderer/db/hooks';
import { useFormat } from '@renderer/ui/format';
import { usePlans, useDiagnosisData, useDiagnosisFor, useTeamDiagnosis, useWarmRepHistories } from '../diagnosis';
import { useLiveFollowUp } from './live';
import { filterRows, sortRows, type SortKey } from './model';
import { useShownFilter } from './teamFilter';
import { useOnly } from './TeamScope';
import { toTeamRow } from './teamRow';

export const SUMMARY_ORDER: Verdict[] = ['effort', 'skill', 'mixed', 'on-track', 'insufficient-data'];

const isVerdict = (v: string | undefined): v is Verdict => SUMMARY_ORDER.includes(v as Verdict);

export type TeamSort = { key: SortKey; dir: 'asc' | 'desc' };

/** What the Team page asks for: the period, whose reps (`show`), a diagnosis and an `only` list from the address. */
export type TeamAsk = { period: string | null; show: string | undefined; verdict: string | undefined; only: string | undefined };

/**
 * Everything the Team page shows, worked out once: the team diagnosed for the period, the reps
 * in scope on its last day, their rows, and the rows the search, diagnosis filter and sort leave.
 */
export function useTeamView({ period, show, verdict: askedVerdict, only: askedOnly }: TeamAsk) {
  const fmt = useFormat();
  const data = useDiagnosisFor(useDiagnosisData(), period);
  const plans = usePlans();
  const checkIns = useStoreQuery((s) => s.table('checkIns').all(), []);
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | 'all'>(isVerdict(askedVerdict) ? askedVerdict : 'all');
  const [sort, setSort] = useState<TeamSort>({ key: 'verdict', dir: 'asc' });
  const team = useTeamDiagnosis(data, period);
  const scope = useShownFilter(show);
  useWarmRepHistories(data);

  // Whose reps: the one rule (inFilter) on the last day of the period shown.
  const scopeDate = (team?.period ? periodEndDate(team.period) : null) ?? isoDay(new Date());
  const inScope = useMemo(() => {
    if (!team || !data) return [];
    const byId = new Map(data.reps.map((r) => [r.id, r]));
    return team.reps.filter((d) => inFilter(byId.get(d.repId) ?? {}, scope.filter, scopeDate));
  }, [team, data, scope.filter, scopeDate]);
  const only = useOnly(askedOnly, inScope, plans);
  const live = useLiveFollowUp(plans);
  const rows = useMemo(
    () => (data ? only.reps.map((d) => toTeamRow(d, data, plans, fmt.date, checkIns, live)) : []),
    [only.reps, data, plans, fmt, checkIns, live],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, query, verdict), sort.key, sort.dir), [rows, query, verdict, sort]);
  const counts = useMemo(() => {
    const c = new Map<Verdict, number>();
    for (const r of rows) c.set(r.verdict, (c.get(r.verdict) ?? 0) + 1);
    return c;
  }, [rows]);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  return { data, team, scope, scopeDate, inScope, only, shown, counts, query, setQuery, verdict, setVerdict, sort, sortBy };
}

export type TeamView = ReturnType<typeof useTeamView>;
