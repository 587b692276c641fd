import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { checkInSummaryDocument, statusText } from '@shared/app';
import { type ScheduledCheckIn } from '@shared/domain/checkin';
import { documentFileName } from '@shared/domain/document';
import { formatValue } from '@shared/domain/plan';
import { metricFacts } from '@shared/domain/metrics';
import type { CheckIn, Plan } from '@shared/schemas';
import { usePlatform } from '@renderer/platform';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { useFormat } from '@renderer/ui/format';
import { useTextFormat } from '../planner';
import { RecordedPractice } from './Practice';

/** A recorded check-in as it was: what it measured, the statuses and words, and the summary for the rep. */
// long-function: read-only markup of a recorded check-in, one block per part.
export function RecordedCheckIn({ plan, row, schedule }: { plan: Plan; row: CheckIn; schedule: readonly ScheduledCheckIn[] }) {
  const platform = usePlatform();
  const notify = useAppStore((s) => s.notify);
  const format = useTextFormat();
  const fmt = useFormat();
  const [busy, setBusy] = useState(false);
  const metric = (key: string | null) => (key ? (plan.snapshot.metrics.find((m) => m.key === key) ?? metricFacts(key)) : undefined);
  const unitOf = (key: string | null) => metric(key)?.unit ?? null;
  const labelOf = (key: string | null) => metric(key)?.label ?? 'No metric';

  const exportSummary = async () => {
    setBusy(true);
    try {
      const model = checkInSummaryDocument(plan, row, schedule, format);
      const { renderDocx } = await import('@shared/export/docx');
      const bytes = await renderDocx(model);
      const saved = await platform.saveFile({
        suggestedName: documentFileName(row.heldDate ?? row.dueDate, plan.snapshot.repName || 'Rep', 'checkin'),
        bytes,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filterName: 'Word document',
        extensions: ['docx'],
      });
      if (saved !== null) notify('success', `Saved ${saved}.`);
    } catch (e) {
      notify('error', e instanceof Error ? `Could not export the summary: ${e.message}` : 'Could not export the summary.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="recorded-title">
      <h2 id="recorded-title" className="card-title">
        Recorded {fmt.date(row.recordedAt ?? row.dueDate)}, held {fmt.date(row.heldDate ?? row.dueDate)}
      </h2>
      {row.facts ? (
        <p className="muted small">
          Measured on {fmt.date(row.facts.asOf)}
          {row.facts.latestPeriod ? ` on the data up to ${fmt.period(row.facts.latestPeriod)}` : ': no complete period of new data yet'}
          {row.facts.latestIncomplete ? ' (a newer period was still incomplete and not read)' : ''}.
        </p>
      ) : null}
      <div className="table-wrap flat">
        <table className="table">
          <caption className="visually-hidden">Action items at this check-in</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Measure</th>
              <th scope="col" className="num">
                Start
              </th>
              <th scope="col" className="num">
                Now
              </th>
              <th scope="col" className="num">
                Target
              </th>
              <th scope="col">Status</th>
              <th scope="col">Your word</th>
            </tr>
          </thead>
          <tbody>
            {(row.items ?? []).map((i) => (
              <tr key={i.itemId}>
                <td>{i.action}</td>
                <td>{labelOf(i.metricKey)}</td>
                <td className="num">{formatValue(i.baseline, unitOf(i.metricKey), format)}</td>
                <td className="num">{formatValue(i.current, unitOf(i.metricKey), format)}</td>
                <td className="num">{formatValue(i.target, unitOf(i.metricKey), format)}</td>
                <td title={i.rule}>{statusText(i)}</td>
                <td>{i.word || <span className="muted">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(row.newItems ?? []).length > 0 ? (
        <>
          <h3 className="checkin-subhead">New action items</h3>
          <ul className="plain-list">
            {(row.newItems ?? []).map((n) => (
              <li key={n.id}>
                {n.action}
                {n.deadline ? ` · by ${fmt.date(n.deadline)}` : ''} · {n.owner}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <RecordedPractice rows={row.facts?.practice} />
      <h3 className="checkin-subhead">Notes</h3>
      <p className="prewrap">{row.notes || <span className="muted">No notes were taken.</span>}</p>
      <div className="form-actions">
        <Button variant="primary" icon={<FileDown size={16} />} disabled={busy} onClick={() => void exportSummary()}>
          Export the summary for the rep (.docx)
        </Button>
      </div>
    </section>
  );
}
