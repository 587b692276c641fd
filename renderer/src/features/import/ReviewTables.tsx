// The three tables of the review step: every stage value of the file with what it counts as, the
// rows with problems and what happens to each, and the figures that would be stored per rep and
// period.
import type { StageOutcome } from '@shared/schemas';
import type { FullReport, RowEffect } from '@shared/domain/import/engine';
import { Button } from '@renderer/ui/Button';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { useFormat } from '@renderer/ui/format';
import type { RunResult } from './worker/protocol';

const MAX_ERRORS_SHOWN = 200;
const MAX_PERIODS_SHOWN = 60;

const OUTCOME_LABELS: Record<StageOutcome, string> = { won: 'Won', lost: 'Lost', open: 'Open' };

/** A cell's text longer than this is shown by its start and end (the whole of it in the tooltip). */
const VALUE_SHOWN = 40;
const shortValue = (v: string) => (v.length > VALUE_SHOWN ? `${v.slice(0, 28)}…${v.slice(-8)}` : v);

/** What a row problem did to its row, in the words of the review table. */
const EFFECT_LABELS: Record<RowEffect, string> = {
  row: 'Row left out',
  value: 'Imported without this value',
  none: 'Imported',
};

const EFFECT_BADGES: Record<RowEffect, string> = { row: 'badge-bad', value: 'badge-warn', none: 'badge-neutral' };

/**
 * One sentence over the row problems: how many rows are left out (the report's count), and how
 * many of the listed ones are imported without a value or as read or cleaned.
 */
export function problemSummary(report: Pick<FullReport, 'rowsRejected' | 'errors'>, f: { count: (n: number) => string }): string {
  const rows = (effect: RowEffect) => new Set(report.errors.filter((e) => e.effect === effect).map((e) => e.row)).size;
  const plural = (n: number, one: string, many: string) => `${f.count(n)} ${n === 1 ? one : many}`;
  const value = rows('value');
  const kept = rows('none');
  const parts = [
    report.rowsRejected > 0 ? `${plural(report.rowsRejected, 'row is', 'rows are')} left out` : null,
    value > 0 ? `${plural(value, 'row is', 'rows are')} imported without a value that could not be read` : null,
    kept > 0 ? `${plural(kept, 'row is', 'rows are')} imported as read or cleaned` : null,
  ].filter((p): p is string => p !== null);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

export function StageValues({
  stageValues,
  choice,
  onChoose,
  pending,
  busy,
  onRecheck,
}: {
  stageValues: RunResult['stageValues'];
  choice: Record<string, StageOutcome>;
  onChoose: (value: string, outcome: StageOutcome) => void;
  /** A stage value is not confirmed yet, or one was changed: the rows must be checked again. */
  pending: boolean;
  busy: boolean;
  onRecheck: () => void;
}) {
  const f = useFormat();
  const unconfirmed = stageValues.filter((v) => !v.confirmed).length;
  return (
    <section className="card" aria-labelledby="all-stages-title">
      <h2 id="all-stages-title" className="card-title">
        Every stage value in the file
      </h2>
      <p className="muted small" style={{ marginBottom: 12 }}>
        {unconfirmed
          ? `${unconfirmed === 1 ? 'One stage value' : `${unconfirmed} stage values`} appeared only after the first rows. Say what ${unconfirmed === 1 ? 'it means' : 'they mean'}, then check the rows again.`
          : 'All of these were confirmed on the mapping page. Change one and check the rows again to use it.'}
      </p>
      <div className="table-wrap flat">
        <table className="table" aria-label="Stage values">
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col">Counts as</th>
            </tr>
          </thead>
          <tbody>
            {stageValues.map((v) => (
              <tr key={v.value} style={v.confirmed ? undefined : { background: 'var(--warn-soft)' }}>
                <td>
                  {v.value}
                  {v.confirmed ? null : (
                    <span className="badge" style={{ marginLeft: 8 }}>
                      not in the first rows
                    </span>
                  )}
                </td>
                <td className="num">{f.count(v.rows)}</td>
                <td>
                  <select
                    aria-label={`Stage “${v.value}” counts as`}
                    value={choice[v.value] ?? v.outcome}
                    onChange={(e) => onChoose(v.value, e.target.value as StageOutcome)}
                    disabled={busy}
                  >
                    {(Object.keys(OUTCOME_LABELS) as StageOutcome[]).map((o) => (
                      <option key={o} value={o}>
                        {OUTCOME_LABELS[o]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pending ? (
        <div className="form-actions" style={{ justifyContent: 'flex-start', marginTop: 12 }}>
          <Button variant="primary" onClick={onRecheck} disabled={busy}>
            Use these stages and check again
          </Button>
        </div>
      ) : null}
    </section>
  );
}

export function ProblemRows({ report }: { report: FullReport }) {
  const f = useFormat();
  if (report.errors.length === 0) return null;
  return (
    <section className="card" aria-labelledby="errors-title">
      <h2 id="errors-title" className="card-title">
        Rows with problems
      </h2>
      <p className="muted small" style={{ marginTop: 0 }}>
        {problemSummary(report, f)}
      </p>
      <ScrollRegion label="Rows with problems" className="flat preview-wrap">
        <table className="table" aria-label="Rows with problems">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">What happens</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.slice(0, MAX_ERRORS_SHOWN).map((e, i) => (
              <tr key={`${e.row}-${e.column}-${i}`}>
                <td className="num">{e.row}</td>
                <td>{e.column}</td>
                <td className="cell-break">
                  <code title={e.value.length > VALUE_SHOWN ? e.value : undefined}>{shortValue(e.value)}</code>
                </td>
                <td className="cell-fit">
                  <span className={`badge ${EFFECT_BADGES[e.effect]}`}>{EFFECT_LABELS[e.effect]}</span>
                </td>
                <td className="cell-wrap">{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {report.errors.length > MAX_ERRORS_SHOWN ? (
        <p className="muted small" style={{ marginTop: 8 }}>
          …and {f.count(report.errors.length - MAX_ERRORS_SHOWN)} more.
        </p>
      ) : null}
    </section>
  );
}

type Columns = { hasDeals: boolean; hasActivity: boolean };

export function PeriodsToStore({ periods }: { periods: RunResult['periods'] }) {
  const f = useFormat();
  const sorted = [...periods].sort((a, b) => a.rep.localeCompare(b.rep) || a.period.localeCompare(b.period));
  const columns: Columns = {
    hasDeals: periods.some((p) => p.values.dealsWon !== null || p.values.dealsLost !== null),
    hasActivity: periods.some((p) => p.values.calls !== null || p.values.emails !== null || p.values.meetingsHeld !== null),
  };
  return (
    <section className="card" aria-labelledby="result-title">
      <h2 id="result-title" className="card-title">
        What will be stored, per rep and period
      </h2>
      <ScrollRegion label="Rep-periods to import" className="flat preview-wrap tall">
        <table className="table" aria-label="Rep-periods to import">
          <thead>
            <PeriodHeaders {...columns} />
          </thead>
          <tbody>
            {sorted.slice(0, MAX_PERIODS_SHOWN).map((p) => (
              <PeriodRow key={`${p.rep}|${p.period}`} row={p} {...columns} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {sorted.length > MAX_PERIODS_SHOWN ? (
        <p className="muted small" style={{ marginTop: 8 }}>
          Showing the first {MAX_PERIODS_SHOWN} of {f.count(sorted.length)} rows.
        </p>
      ) : null}
    </section>
  );
}

/** Deal columns when the file has deals, activity columns when it has activities, revenue alone otherwise. */
function PeriodHeaders({ hasDeals, hasActivity }: Columns) {
  const head = (label: string) => (
    <th key={label} scope="col" className="num">
      {label}
    </th>
  );
  return (
    <tr>
      <th scope="col">Rep</th>
      <th scope="col">Period</th>
      {hasDeals ? ['Won', 'Lost', 'Won revenue', 'Win rate', 'Cycle days (median)'].map(head) : null}
      {hasActivity ? ['Calls', 'Emails', 'Meetings held'].map(head) : null}
      {!hasDeals ? head('Revenue') : null}
    </tr>
  );
}

function PeriodRow({ row: p, hasDeals, hasActivity }: Columns & { row: RunResult['periods'][number] }) {
  const f = useFormat();
  return (
    <tr>
      <td>{p.rep}</td>
      <td>{f.period(p.period)}</td>
      {hasDeals ? (
        <>
          <td className="num">{f.count(p.values.dealsWon)}</td>
          <td className="num">{f.count(p.values.dealsLost)}</td>
          <td className="num">{f.money(p.values.revenueWon)}</td>
          <td className="num">{f.rate(p.values.winRate)}</td>
          <td className="num">{f.days(p.values.cycleDaysMedian)}</td>
        </>
      ) : null}
      {hasActivity ? (
        <>
          <td className="num">{f.count(p.values.calls)}</td>
          <td className="num">{f.count(p.values.emails)}</td>
          <td className="num">{f.count(p.values.meetingsHeld)}</td>
        </>
      ) : null}
      {!hasDeals ? <td className="num">{f.money(p.values.revenueWon)}</td> : null}
    </tr>
  );
}
