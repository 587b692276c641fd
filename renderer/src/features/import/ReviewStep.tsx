import { useState } from 'react';
import { AlertTriangle, Info, ShieldAlert } from 'lucide-react';
import type { ImportRecord, StageOutcome } from '../../../../shared/schemas';
import { Button } from '../../ui/Button';
import type { FullReport, RowEffect } from '../../../../shared/domain/import/engine';
import type { RunResult } from './worker/protocol';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { useFormat } from '../../ui/format';

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

export function ReviewStep({
  result,
  previous,
  busy,
  onCommit,
  onBack,
  onDiscard,
  onRecheck,
}: {
  result: RunResult;
  previous: ImportRecord | null;
  busy: boolean;
  onCommit: () => void;
  onBack: () => void;
  onDiscard: () => void;
  /** Runs the check again with this stage map (every stage value of the file decided). */
  onRecheck: (stageMap: Record<string, StageOutcome>) => void;
}) {
  const f = useFormat();
  const { report, periods, checks, stageValues } = result;
  const [acknowledged, setAcknowledged] = useState(false);
  const [stageChoice, setStageChoice] = useState<Record<string, StageOutcome>>(() =>
    Object.fromEntries(stageValues.map((v) => [v.value, v.outcome])),
  );
  const unconfirmed = stageValues.filter((v) => !v.confirmed);
  const stagesChanged = stageValues.some((v) => stageChoice[v.value] !== v.outcome);
  const stagesPending = unconfirmed.length > 0 || stagesChanged;
  const blocked = (checks.length > 0 && !acknowledged) || stagesPending;
  const reps = new Set(periods.map((p) => p.rep.trim().toLowerCase())).size;
  const sorted = [...periods].sort((a, b) => a.rep.localeCompare(b.rep) || a.period.localeCompare(b.period));
  const hasDeals = periods.some((p) => p.values.dealsWon !== null || p.values.dealsLost !== null);
  const hasActivity = periods.some((p) => p.values.calls !== null || p.values.emails !== null || p.values.meetingsHeld !== null);
  const stagesSection = stageValues.length ? (
    <section className="card" aria-labelledby="all-stages-title">
      <h2 id="all-stages-title" className="card-title">
        Every stage value in the file
      </h2>
      <p className="muted small" style={{ marginBottom: 12 }}>
        {unconfirmed.length
          ? `${unconfirmed.length === 1 ? 'One stage value' : `${unconfirmed.length} stage values`} appeared only after the first rows. Say what ${unconfirmed.length === 1 ? 'it means' : 'they mean'}, then check the rows again.`
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
                    value={stageChoice[v.value] ?? v.outcome}
                    onChange={(e) => setStageChoice({ ...stageChoice, [v.value]: e.target.value as StageOutcome })}
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
      {stagesPending ? (
        <div className="form-actions" style={{ justifyContent: 'flex-start', marginTop: 12 }}>
          <Button variant="primary" onClick={() => onRecheck(stageChoice)} disabled={busy}>
            Use these stages and check again
          </Button>
        </div>
      ) : null}
    </section>
  ) : null;
  return (
    <div className="stack">
      {previous ? (
        <div className="notice notice-warn" role="alert">
          <AlertTriangle size={18} aria-hidden="true" />
          <span>
            This exact file was already imported on {f.dateTime(previous.importedAt)}. Importing it again adds its rows a second time (where the same
            rep and period appear twice, the newer import is used). You can undo either import later.
          </span>
        </div>
      ) : null}
      {checks.length ? (
        <section className="card stack" aria-labelledby="checks-title" role="alert" style={{ borderColor: 'var(--danger)' }}>
          <h2 id="checks-title" className="card-title" style={{ display: 'flex', gap: 8, alignItems: 'center', color: 'var(--danger)' }}>
            <ShieldAlert size={20} aria-hidden="true" /> This does not look like your team&rsquo;s sales figures
          </h2>
          <ul className="notice notice-error" aria-label="Why this file looks wrong" style={{ flexDirection: 'column', paddingLeft: 30, margin: 0 }}>
            {checks.map((c) => (
              <li key={c.id}>{c.message}</li>
            ))}
          </ul>
          <p className="muted small">
            Nothing is stored yet. Go back and choose other columns, choose another file, or, if these really are your reps&rsquo; figures, confirm
            below.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} disabled={busy} /> I have checked: these
            are my reps&rsquo; figures, import them anyway
          </label>
        </section>
      ) : null}

      {stagesPending ? stagesSection : null}

      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title" className="card-title">
          Validation report
        </h2>
        <div className="stat-row">
          <div className="stat">
            <div className="stat-value">{f.count(report.rowsRead)}</div>
            <div className="stat-label">rows read</div>
          </div>
          <div className="stat stat-good">
            <div className="stat-value">{f.count(report.rowsAccepted)}</div>
            <div className="stat-label">rows accepted</div>
          </div>
          <div className={`stat${report.rowsRejected ? ' stat-bad' : ''}`}>
            <div className="stat-value">{f.count(report.rowsRejected)}</div>
            <div className="stat-label">rows rejected</div>
          </div>
          <div className="stat">
            <div className="stat-value">{f.count(periods.length)}</div>
            <div className="stat-label">rows to store</div>
          </div>
          <div className="stat">
            <div className="stat-value">{f.count(reps)}</div>
            <div className="stat-label">reps</div>
          </div>
        </div>
        {report.warnings.length ? (
          <ul className="notice notice-info plain-list" aria-label="Warnings" style={{ marginTop: 14 }}>
            {report.warnings.map((w) => (
              <li key={w}>
                <Info size={14} aria-hidden="true" /> {w}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {report.errors.length ? (
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
                      <span className={`badge ${e.effect === 'row' ? 'badge-bad' : e.effect === 'value' ? 'badge-warn' : 'badge-neutral'}`}>
                        {EFFECT_LABELS[e.effect]}
                      </span>
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
      ) : null}

      {stagesPending ? null : stagesSection}

      <section className="card" aria-labelledby="result-title">
        <h2 id="result-title" className="card-title">
          What will be stored, per rep and period
        </h2>
        <ScrollRegion label="Rep-periods to import" className="flat preview-wrap tall">
          <table className="table" aria-label="Rep-periods to import">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Period</th>
                {hasDeals ? (
                  <>
                    <th scope="col" className="num">
                      Won
                    </th>
                    <th scope="col" className="num">
                      Lost
                    </th>
                    <th scope="col" className="num">
                      Won revenue
                    </th>
                    <th scope="col" className="num">
                      Win rate
                    </th>
                    <th scope="col" className="num">
                      Cycle days (median)
                    </th>
                  </>
                ) : null}
                {hasActivity ? (
                  <>
                    <th scope="col" className="num">
                      Calls
                    </th>
                    <th scope="col" className="num">
                      Emails
                    </th>
                    <th scope="col" className="num">
                      Meetings held
                    </th>
                  </>
                ) : null}
                {!hasDeals ? (
                  <th scope="col" className="num">
                    Revenue
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, MAX_PERIODS_SHOWN).map((p) => (
                <tr key={`${p.rep}|${p.period}`}>
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

      <div className="form-actions sticky-actions">
        {blocked ? (
          <p className="field-error" role="status">
            {stagesPending ? 'Confirm the stage values above to continue.' : 'Look at the warning above before importing.'}
          </p>
        ) : null}
        <Button variant="ghost" onClick={onBack} disabled={busy}>
          Back to the mapping
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          Import nothing
        </Button>
        <Button variant="primary" onClick={onCommit} disabled={busy || periods.length === 0 || blocked}>
          {report.rowsRejected ? `Import the ${f.count(report.rowsAccepted)} valid rows` : `Import ${f.count(report.rowsAccepted)} rows`}
        </Button>
      </div>
    </div>
  );
}
