// The period switcher lists the other kinds of period at start-up without reading the data by
// them: the list must be exactly the periods that reading gives.
import { describe, expect, it } from 'vitest';
import { emptyMetricValues, type MetricPeriod, type PeriodKind } from '../schemas';
import { plainRep } from '@tests/helpers/seed';
import { loadDiagnosisData, periodsReadAs, withPeriodKind, type DiagnosisData } from './diagnosis';
import { memoryStore } from './memory-store';

const at = '2026-01-01T00:00:00.000Z';
let n = 0;
const row = (repId: string, period: string, periodKind: PeriodKind = 'month'): MetricPeriod => ({
  id: `m${++n}`,
  repId,
  period,
  periodKind,
  importId: null,
  values: { ...emptyMetricValues(), dealsWon: 1 },
  createdAt: at,
});

const load = (rows: MetricPeriod[]) =>
  loadDiagnosisData(memoryStore({ reps: [plainRep('a', 'Ana', at), plainRep('b', 'Bo', at)], metricPeriods: rows, imports: [] }));
const readBy = (data: DiagnosisData, kind: PeriodKind) => {
  const other = withPeriodKind(data, kind, true);
  return other && typeof other === 'object' ? other.periods : null;
};

describe('periodsReadAs', () => {
  it('lists the whole quarters of monthly data, as reading the data by quarter gives them', async () => {
    // Q4 2025 has two of its months only; Q1 2026 is whole across two reps; Q2 has April only.
    const data = await load([
      row('a', '2025-11'),
      row('a', '2025-12'),
      row('a', '2026-01'),
      row('b', '2026-02'),
      row('a', '2026-03'),
      row('b', '2026-04'),
    ]);
    expect(periodsReadAs(data, 'quarter')).toEqual(['2026-Q1']);
    expect(periodsReadAs(data, 'quarter')).toEqual(readBy(data, 'quarter'));
    expect(periodsReadAs(data, 'week')).toBeNull();
    expect(readBy(data, 'week')).toBeNull();
  });

  it('lists a kind stored as it is, and nothing when no quarter is whole', async () => {
    const mixed = await load([row('a', '2026-01'), row('a', '2026-02'), row('a', '2026-W03', 'week'), row('b', '2026-W01', 'week')]);
    expect(periodsReadAs(mixed, 'week')).toEqual(['2026-W01', '2026-W03']);
    expect(periodsReadAs(mixed, 'week')).toEqual(readBy(mixed, 'week'));
    expect(periodsReadAs(mixed, 'quarter')).toBeNull();
    expect(readBy(mixed, 'quarter')).toBeNull();
  });
});
