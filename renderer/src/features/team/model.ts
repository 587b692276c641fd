import { STAGE_SHORT_LABELS, VERDICT_LABELS } from '@shared/domain/diagnosis';
import type { Verdict, WeakStage } from '@shared/schemas';

/** What the Team page shows for one rep: a view model built from the diagnosis. */
export type TeamRow = {
  repId: string;
  name: string;
  role: string;
  period: string | null;
  attainmentLast: number | null;
  attainmentTrailing: number | null;
  /** Result ÷ team median, shown where no target exists ("vs team median"). */
  vsMedianLast: number | null;
  vsMedianTrailing: number | null;
  /** In gap (gap threshold from Settings) against the target, else the team median. */
  lowLast: boolean;
  lowTrailing: boolean;
  verdict: Verdict;
  computedVerdict: Verdict;
  overridden: boolean;
  weakStage: WeakStage | null;
  confidence: 'high' | 'medium' | 'low' | null;
  warnings: { id: string; label: string; kind: 'performance' | 'system' }[];
  /** The plan's status, its follow-up status (overdue in warning colour) and the day that goes with it; null without a plan. */
  plan: { status: string; followUp: string | null; when: string | null; overdue: boolean } | null;
  lastImport: string | null;
};

/** Labels come from the one vocabulary in shared/ (kept under their old names here). */
export const VERDICT_LABEL = VERDICT_LABELS;
export const STAGE_LABEL = STAGE_SHORT_LABELS;

export type SortKey = 'name' | 'attainmentLast' | 'attainmentTrailing' | 'verdict' | 'warnings';

const VERDICT_ORDER: Record<Verdict, number> = { mixed: 0, effort: 1, skill: 2, 'insufficient-data': 3, 'on-track': 4 };

export function sortRows(rows: TeamRow[], key: SortKey, dir: 'asc' | 'desc'): TeamRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const num = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY * sign : v);
  return [...rows].sort((a, b) => {
    let d = 0;
    switch (key) {
      case 'name':
        d = a.name.localeCompare(b.name);
        break;
      case 'attainmentLast':
        d = num(a.attainmentLast ?? a.vsMedianLast) - num(b.attainmentLast ?? b.vsMedianLast);
        break;
      case 'attainmentTrailing':
        d = num(a.attainmentTrailing ?? a.vsMedianTrailing) - num(b.attainmentTrailing ?? b.vsMedianTrailing);
        break;
      case 'verdict':
        d = VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
        break;
      case 'warnings':
        d = a.warnings.length - b.warnings.length;
        break;
    }
    if (Number.isNaN(d)) d = 0;
    return d * sign || a.name.localeCompare(b.name);
  });
}

export function filterRows(rows: TeamRow[], query: string, verdict: Verdict | 'all'): TeamRow[] {
  const q = query.trim().toLocaleLowerCase();
  return rows.filter(
    (r) => (verdict === 'all' || r.verdict === verdict) && (!q || r.name.toLocaleLowerCase().includes(q) || r.role.toLocaleLowerCase().includes(q)),
  );
}
