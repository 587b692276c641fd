import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useRef } from 'react';
import { hrefFor } from '@renderer/state/router';
import { useFormat } from '@renderer/ui/format';
import { VerdictBadge } from '@renderer/ui/VerdictBadge';
import { STAGE_LABEL, type SortKey, type TeamRow } from './model';

const ROW_HEIGHT = 62;

function Attainment({ value, vsMedian, low, headed = false }: { value: number | null; vsMedian: number | null; low: boolean; headed?: boolean }) {
  const fmt = useFormat();
  if (value === null) {
    if (vsMedian === null)
      return (
        <span className="muted" title="No target and no peer median for this period">
          —
        </span>
      );
    return (
      <span className={`att ${low ? 'att-low' : ''}`} title="No quota or target: the result against the median of the rep’s peers">
        {fmt.rate(vsMedian)}
        {headed ? null : <span className="muted small"> vs peers’ median</span>}
      </span>
    );
  }
  return (
    <span className={`att ${low ? 'att-low' : value >= 1 ? 'att-ok' : ''}`}>
      {fmt.rate(value)}
      <span className="bar-mini" aria-hidden="true">
        <span style={{ width: `${Math.min(100, Math.max(0, value * 100))}%` }} />
      </span>
    </span>
  );
}

function SortHeader({
  label,
  k,
  sort,
  onSort,
  className,
}: {
  label: string;
  k: SortKey;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (k: SortKey) => void;
  className?: string;
}) {
  const active = sort.key === k;
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-btn" onClick={() => onSort(k)}>
        {label}
        {active ? (
          sort.dir === 'asc' ? (
            <ArrowUp size={14} aria-hidden="true" />
          ) : (
            <ArrowDown size={14} aria-hidden="true" />
          )
        ) : (
          <ArrowUpDown size={14} aria-hidden="true" opacity={0.4} />
        )}
      </button>
    </th>
  );
}

/**
 * What the result columns hold, named by it: attainment where every rep shown has a quota or
 * target, the result against the team median where none has, both names where they are mixed.
 */
export function resultHeading(rows: readonly TeamRow[]): string {
  const attained = rows.some((r) => r.attainmentLast !== null || r.attainmentTrailing !== null);
  const vsMedian = rows.some(
    (r) => (r.attainmentLast === null && r.vsMedianLast !== null) || (r.attainmentTrailing === null && r.vsMedianTrailing !== null),
  );
  return attained && vsMedian ? 'Attainment or vs median' : vsMedian ? 'vs peers’ median' : 'Attainment';
}

/** The Plan cell: the plan's status, its follow-up (overdue in warning colour) and its day, then the import, each a short line. */
function PlanCell({ plan, lastImport }: { plan: TeamRow['plan']; lastImport: string | null }) {
  return (
    <td className="plan-cell">
      {plan ? (
        <>
          <div className="plan-line">{plan.status}</div>
          {plan.followUp ? <div className={`small plan-line${plan.overdue ? ' plan-overdue' : ''}`}>{plan.followUp}</div> : null}
          {plan.when ? <div className="small muted plan-line">{plan.when}</div> : null}
        </>
      ) : (
        <span className="muted">No plan</span>
      )}
      <div className="muted small">{lastImport ? `Imported ${lastImport}` : 'Added by hand'}</div>
    </td>
  );
}

/** The column headings, each (but the plan) a sort button; the result columns named by what they hold. */
function TeamHead({ rows, sort, onSort, periodLabel, windowLabel }: Omit<TableProps, 'rows'> & { rows: readonly TeamRow[] }) {
  const result = resultHeading(rows);
  const medianOnly = result === 'vs peers’ median';
  return (
    <thead>
      <tr aria-rowindex={1}>
        <SortHeader label="Rep" k="name" sort={sort} onSort={onSort} />
        <SortHeader label={medianOnly ? `${periodLabel} vs median` : `${result} ${periodLabel}`} k="attainmentLast" sort={sort} onSort={onSort} />
        <SortHeader
          label={
            medianOnly
              ? `${windowLabel || 'Trailing'} vs median`
              : `${result === 'Attainment' ? 'Trailing' : 'Trailing, either'}${windowLabel ? ` ${windowLabel}` : ''}`
          }
          k="attainmentTrailing"
          sort={sort}
          onSort={onSort}
        />
        <SortHeader label="Diagnosis" k="verdict" sort={sort} onSort={onSort} />
        <SortHeader label="Warning signs" k="warnings" sort={sort} onSort={onSort} />
        <th scope="col">Plan · import</th>
      </tr>
    </thead>
  );
}

/** The first two warning signs as chips, and how many more. */
function WarningsCell({ warnings }: { warnings: TeamRow['warnings'] }) {
  return (
    <td className="warn-list-cell">
      {warnings.length === 0 ? (
        <span className="muted">None</span>
      ) : (
        warnings.slice(0, 2).map((w) => (
          <span key={w.id} className={`warn-chip ${w.kind}`}>
            {w.label}
          </span>
        ))
      )}
      {warnings.length > 2 ? <span className="muted small">+{warnings.length - 2} more</span> : null}
    </td>
  );
}

/** One rep's cells: name and role (opening the rep for this period), results, diagnosis, warning signs, plan. */
function RepCells({ r, medianOnly }: { r: TeamRow; medianOnly: boolean }) {
  const fmt = useFormat();
  return (
    <>
      <td className="rep-cell">
        <a href={hrefFor(r.period ? { page: 'rep', repId: r.repId, period: r.period } : { page: 'rep', repId: r.repId })}>{r.name}</a>
        <div className="muted small">{r.role}</div>
      </td>
      <td>
        <Attainment value={r.attainmentLast} vsMedian={r.vsMedianLast} low={r.lowLast} headed={medianOnly} />
      </td>
      <td>
        <Attainment value={r.attainmentTrailing} vsMedian={r.vsMedianTrailing} low={r.lowTrailing} headed={medianOnly} />
      </td>
      <td>
        <VerdictBadge
          verdict={r.verdict}
          detail={r.weakStage && (r.verdict === 'skill' || r.verdict === 'mixed') ? STAGE_LABEL[r.weakStage] : null}
          lowConfidence={r.confidence === 'low'}
          overridden={r.overridden}
        />
      </td>
      <WarningsCell warnings={r.warnings} />
      <PlanCell plan={r.plan} lastImport={r.lastImport ? fmt.date(r.lastImport) : null} />
    </>
  );
}

/** The space the rows out of view would take, so the scroll bar stays true. */
function Spacer({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={6} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

type TableProps = {
  rows: TeamRow[];
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  onSort: (k: SortKey) => void;
  /** The period the "last period" column shows, e.g. "Oct 2026". */
  periodLabel: string;
  /** The trailing window, e.g. "Aug to Oct 2026". */
  windowLabel?: string;
};

/** Virtualised: only the rows in view are in the DOM, so hundreds of reps stay smooth. */
export function TeamTable({ rows, sort, onSort, periodLabel, windowLabel = '' }: TableProps) {
  const medianOnly = resultHeading(rows) === 'vs peers’ median';
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own memoisation
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1200, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="table-wrap team-scroll" ref={scrollRef}>
      <table className="table team-table" aria-label="Team" aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="col-rep" />
          <col className="col-att" />
          <col className="col-att" />
          <col className="col-verdict" />
          <col className="col-warn" />
          <col className="col-plan" />
        </colgroup>
        <TeamHead rows={rows} sort={sort} onSort={onSort} periodLabel={periodLabel} windowLabel={windowLabel} />
        <tbody>
          <Spacer height={top} />
          {items.map((item) => {
            const r = rows[item.index];
            if (!r) return null;
            return (
              <tr key={r.repId} aria-rowindex={item.index + 2} data-index={item.index} ref={virtualizer.measureElement}>
                <RepCells r={r} medianOnly={medianOnly} />
              </tr>
            );
          })}
          <Spacer height={bottom} />
        </tbody>
      </table>
    </div>
  );
}
