import type { ItemProgress, ProgressPoint } from '@shared/app';
import { PROGRESS_LABELS, type CarriedItem } from '@shared/domain/checkin';
import { formatValue } from '@shared/domain/plan';
import type { ProgressStatus } from '@shared/schemas';
import { Field } from '@renderer/ui/Field';
import { useFormat } from '@renderer/ui/format';
import { useTextFormat } from '../planner';
import type { Mark } from './draft';

const STATUSES = Object.keys(PROGRESS_LABELS) as ProgressStatus[];

/** A small line of the item's value per period since the plan began; incomplete periods hollow. */
export function Sparkline({ points, label }: { points: readonly ProgressPoint[]; label: string }) {
  const fmt = useFormat();
  const known = points.filter((p) => p.value !== null);
  if (known.length < 2) return null;
  const values = known.map((p) => p.value as number);
  const lo = Math.min(...values);
  const span = Math.max(...values) - lo || 1;
  const x = (i: number) => 4 + (i * 112) / (points.length - 1);
  const y = (v: number) => 36 - ((v - lo) / span) * 32;
  const coords = points.flatMap((p, i) => (p.value === null ? [] : [{ x: x(i), y: y(p.value), p }]));
  return (
    <svg
      className="sparkline"
      viewBox="0 0 120 40"
      width="120"
      height="40"
      role="img"
      aria-label={`${label} by period: ${points.map((p) => fmt.periodShort(p.period)).join(', ')}`}
    >
      <polyline points={coords.map((c) => `${c.x},${c.y}`).join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {coords.map((c) => (
        <circle key={c.p.period} cx={c.x} cy={c.y} r="2.5" fill={c.p.complete ? 'currentColor' : 'white'} stroke="currentColor" />
      ))}
    </svg>
  );
}

export function StatusBadge({ status }: { status: ProgressStatus | null }) {
  return <span className={`badge progress-status progress-${status ?? 'none'}`}>{status ? PROGRESS_LABELS[status] : 'Not measured'}</span>;
}

/** One action item at the check-in: the numbers and the computed status, then the manager's status, reason and word. */
export function ItemRow({
  action,
  carried,
  measured,
  mark,
  onChange,
}: {
  action: string;
  carried: CarriedItem | null;
  measured: ItemProgress | undefined;
  mark: Mark;
  onChange: (m: Mark) => void;
}) {
  const format = useTextFormat();
  const v = (n: number | null | undefined) => formatValue(n ?? null, measured?.unit ?? null, format);
  const computed = measured?.status ?? null;
  const differs = mark.status !== null && mark.status !== computed;
  return (
    <li className="checkin-item">
      <div className="checkin-item-head">
        <h3 className="checkin-item-title">{action}</h3>
        <StatusBadge status={computed} />
      </div>
      {carried ? (
        <p className="muted small">
          Carried from the last check-in
          {carried.fromStatus ? `, where it was ${PROGRESS_LABELS[carried.fromStatus].toLowerCase()}` : ', where it was added'}
          {carried.word ? `: “${carried.word}”` : '.'}
        </p>
      ) : null}
      {measured ? (
        <div className="checkin-numbers">
          <p>
            <span className="muted">{measured.label}:</span> start {v(measured.baseline)} → now <strong>{v(measured.current)}</strong> → target{' '}
            {v(measured.target)}
            {measured.expected !== null ? <span className="muted"> · expected by now {v(measured.expected)}</span> : null}
          </p>
          <Sparkline points={measured.series} label={measured.label} />
          <details className="checkin-rule">
            <summary>How this status was worked out</summary>
            <p className="small">{measured.rule}</p>
            {measured.incompleteNote ? <p className="small muted">{measured.incompleteNote}</p> : null}
          </details>
        </div>
      ) : (
        <p className="muted small">Not measured: added at a check-in, outside the plan’s own items. Give it your status below.</p>
      )}
      <div className="form-row">
        <Field label="Your status">
          <select
            className="input"
            value={mark.status ?? ''}
            onChange={(e) => onChange({ ...mark, status: e.target.value === '' ? null : (e.target.value as ProgressStatus) })}
          >
            <option value="">{computed ? `As computed: ${PROGRESS_LABELS[computed].toLowerCase()}` : 'Not set'}</option>
            {STATUSES.filter((s) => s !== computed).map((s) => (
              <option key={s} value={s}>
                {PROGRESS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        {differs ? (
          <Field label="Why it differs from the computed status">
            <input className="input" value={mark.reason} maxLength={1000} required onChange={(e) => onChange({ ...mark, reason: e.target.value })} />
          </Field>
        ) : null}
      </div>
      <Field label="Your word on it, for the rep">
        <textarea className="input" rows={2} maxLength={2000} value={mark.word} onChange={(e) => onChange({ ...mark, word: e.target.value })} />
      </Field>
    </li>
  );
}
