// One manager's row of the Managers table: reps by verdict, warning signs, plans, check-ins and
// the trend of the measure chosen; every number is a link to the Team page with the reps behind it.
import { onlyValue, type ManagerRow, type OnlyFilter, type TrendMeasure } from '@shared/app/director';
import type { Verdict } from '@shared/schemas';
import { hrefFor } from '@renderer/state/router';
import { VERDICT_LABEL } from '../team';

const VERDICTS: Verdict[] = ['effort', 'skill', 'mixed', 'on-track', 'insufficient-data'];

type LinkTo = { verdict?: Verdict; only?: OnlyFilter };

function Count({ row, n, label, to, period }: { row: ManagerRow; n: number; label: string; to: LinkTo; period: string | null }) {
  const text = `${n} ${label}`;
  if (row.manager === null || n === 0) return <span className={n === 0 ? 'count muted' : 'count'}>{text}</span>;
  return (
    <a className="count" href={hrefFor({ page: 'team', show: row.show, ...(period ? { period } : {}), ...to })}>
      {text}
    </a>
  );
}

/** What each trend measure counts, for the column heading and the cell titles. */
export const MEASURE: Record<TrendMeasure, { label: string; only: OnlyFilter; words: string }> = {
  inGap: { label: 'Reps in gap', only: 'in-gap', words: 'reps in gap (effort, skill or both) of the reps with a verdict' },
  withWarnings: { label: 'Reps with warning signs', only: 'warnings', words: 'reps with warning signs of the reps with a verdict' },
  signed: { label: 'Signed plans', only: 'plan-signed', words: 'reps with a held or signed plan at the month’s end' },
  overdueCheckIn: {
    label: 'Plans with a check-in overdue',
    only: 'plan-overdue',
    words: 'reps whose open plan had a check-in overdue at the month’s end',
  },
  escalated: { label: 'Escalated plans', only: 'plan-escalated', words: 'reps whose plan was escalated by the month’s end' },
  checkInsHeld: { label: 'Check-ins held', only: 'checkins-done', words: 'reps with a check-in held in the month' },
  checkInsOverdue: { label: 'Check-ins overdue', only: 'checkins-overdue', words: 'reps with a check-in overdue at the month’s end' },
};

export const OF_VERDICTS: ReadonlySet<TrendMeasure> = new Set(['inGap', 'withWarnings']);

function Trend({
  row,
  measure,
  labels,
  incomplete,
}: {
  row: ManagerRow;
  measure: TrendMeasure;
  labels: ReadonlyMap<string, string>;
  incomplete: ReadonlySet<string>;
}) {
  const m = MEASURE[measure];
  return (
    <ol className="trend-cells" aria-label={`${m.label} per month, ${row.manager ?? 'no manager'}`}>
      {row.trend.map((p) => {
        const n = p[measure];
        const star = incomplete.has(p.period) ? '*' : '';
        const text = OF_VERDICTS.has(measure) ? `${n}/${p.reps}${star}` : `${n}${star}`;
        // The name starts with what the cell shows (1/5, 2*), then says what it counts.
        const title = `${labels.get(p.period) ?? p.period}: ${text} ${m.words}${star ? ' (* incomplete data)' : ''}`;
        const only = OF_VERDICTS.has(measure) ? m.only : onlyValue(m.only, p.period);
        return (
          <li key={p.period} className={star ? 'incomplete' : undefined} title={title}>
            {row.manager === null || n === 0 ? (
              <span className={n === 0 ? 'trend-value muted' : 'trend-value'}>{text}</span>
            ) : (
              <a className="trend-value" href={hrefFor({ page: 'team', show: row.show, period: p.period, only })} aria-label={title}>
                {text}
              </a>
            )}
          </li>
        );
      })}
    </ol>
  );
}

type RowProps = {
  row: ManagerRow;
  index: number;
  measure: TrendMeasure;
  labels: ReadonlyMap<string, string>;
  incomplete: ReadonlySet<string>;
  period: string | null;
  trendReady: boolean;
  measureRef: ((el: Element | null) => void) | undefined;
};

export function ManagerRowView({ row, index, measure, labels, incomplete, period, trendReady, measureRef }: RowProps) {
  return (
    <tr aria-rowindex={index + 2} data-index={index} ref={measureRef}>
      <th scope="row">
        {row.manager === null ? (
          <span>No manager on record</span>
        ) : (
          <a href={hrefFor({ page: 'team', show: row.show, ...(period ? { period } : {}) })}>{row.manager}</a>
        )}
        <div className="muted small">{row.reps} reps</div>
      </th>
      <td>
        <div className="counts">
          {VERDICTS.filter((v) => v === 'on-track' || row.byVerdict[v] > 0).map((v) => (
            <Count key={v} row={row} n={row.byVerdict[v]} label={VERDICT_LABEL[v].toLowerCase()} to={{ verdict: v }} period={period} />
          ))}
        </div>
      </td>
      <td>
        <Count row={row} n={row.withWarnings} label="with signs" to={{ only: 'warnings' }} period={period} />
      </td>
      <td>
        <div className="counts">
          <Count row={row} n={row.plans.draft} label="draft" to={{ only: 'plan-draft' }} period={period} />
          <Count row={row} n={row.plans.signed} label="signed" to={{ only: 'plan-signed' }} period={period} />
          <Count row={row} n={row.plans.overdueCheckIn} label="check-in overdue" to={{ only: 'plan-overdue' }} period={period} />
          <Count row={row} n={row.plans.escalated} label="escalated" to={{ only: 'plan-escalated' }} period={period} />
        </div>
      </td>
      <td>
        <div className="counts">
          <Count row={row} n={row.checkIns.done} label="done" to={{ only: 'checkins-done' }} period={period} />
          <Count row={row} n={row.checkIns.due} label="due" to={{ only: 'checkins-due' }} period={period} />
          <Count row={row} n={row.checkIns.overdue} label="overdue" to={{ only: 'checkins-overdue' }} period={period} />
        </div>
      </td>
      <td>
        <Trend row={row} measure={measure} labels={labels} incomplete={incomplete} />
        {trendReady ? null : <span className="muted small">Working out the earlier months…</span>}
      </td>
    </tr>
  );
}
