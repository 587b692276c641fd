// The Managers table: one row per manager (ManagerRowView), the trend's months over the last
// column. A company with many managers gets only the rows in view, the rest held by spacer rows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type RefObject } from 'react';
import type { ManagerRow, TrendMeasure } from '@shared/app/director';
import { useFormat } from '@renderer/ui/format';
import { ManagerRowView, MEASURE, OF_VERDICTS } from './ManagerRowView';

/** Above this many managers the table shows only the rows in view (a company of 150 teams). */
const VIRTUAL_FROM = 40;

/** Which rows to draw, and the height left above and below them (both 0 for a small table). */
function useRowsInView(count: number, scrollRef: RefObject<HTMLDivElement | null>) {
  const big = count >= VIRTUAL_FROM;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer manages its own memoisation
  const virtualizer = useVirtualizer({
    count: big ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 88,
    overscan: 4,
    initialRect: { width: 1200, height: 800 },
  });
  const items = big ? virtualizer.getVirtualItems() : Array.from({ length: count }, (_, index) => ({ index, start: 0, end: 0 }));
  const top = big ? (items[0]?.start ?? 0) : 0;
  const bottom = big ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return { big, items, top, bottom, measureRef: big ? virtualizer.measureElement : undefined };
}

/** The height of the rows not drawn, so the scroll bar stays true. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true">
      <td colSpan={6} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function ManagerTableHead({ span, measure }: { span: ManagerRow['trend']; measure: TrendMeasure }) {
  const fmt = useFormat();
  const first = span[0]?.period;
  const last = span[span.length - 1]?.period;
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col">Manager</th>
        <th scope="col">Reps by verdict</th>
        <th scope="col">Warning signs</th>
        <th scope="col">Plans (reps)</th>
        <th scope="col">Check-ins (all to date)</th>
        <th scope="col">
          {MEASURE[measure].label}
          {OF_VERDICTS.has(measure) ? ' of reps with a verdict' : ''}
          {first && last ? `, ${fmt.periodRange(first, last)}` : ''}
          {/* The months over the cells (each cell also names its month in full). */}
          <ol className="trend-cells trend-months" aria-hidden="true">
            {span.map((p) => (
              <li key={p.period}>
                <span className="trend-value">{fmt.periodShort(p.period)}</span>
              </li>
            ))}
          </ol>
        </th>
      </tr>
    </thead>
  );
}

export function ManagerTable({
  rows,
  period,
  incomplete,
  trendReady,
  measure,
}: {
  rows: ManagerRow[];
  period: string | null;
  incomplete: ReadonlySet<string>;
  trendReady: boolean;
  measure: TrendMeasure;
}) {
  const fmt = useFormat();
  const span = useMemo(() => rows[0]?.trend ?? [], [rows]);
  // Each month's name once for the whole table (a company has 150 managers).
  const labels = useMemo(() => new Map(span.map((p) => [p.period, fmt.period(p.period)])), [span, fmt]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const view = useRowsInView(rows.length, scrollRef);
  return (
    <div className={`table-wrap flat director${view.big ? ' director-scroll' : ''}`} ref={scrollRef}>
      <table className="table" aria-label="Managers" aria-rowcount={rows.length + 1}>
        <ManagerTableHead span={span} measure={measure} />
        <tbody>
          <SpacerRow height={view.top} />
          {view.items.map(({ index }) => {
            const row = rows[index];
            if (!row) return null;
            return (
              <ManagerRowView
                key={row.show + String(row.manager)}
                row={row}
                index={index}
                measure={measure}
                labels={labels}
                incomplete={incomplete}
                period={period}
                trendReady={trendReady}
                measureRef={view.measureRef}
              />
            );
          })}
          <SpacerRow height={view.bottom} />
        </tbody>
      </table>
    </div>
  );
}
