import { useId, useState } from 'react';
import type { ValueUnit } from '@shared/lib/format';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { useFormat } from '@renderer/ui/format';
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const AXIS = '#586274';
const COLORS = { rep: '#2f5bd3', expectation: '#c2410c', median: '#7a8699', effort: '#c2410c', skill: '#6d28d9', good: '#1f7a4d', timing: '#9aa4b4' };

/** A chart with a caption and its data as a table, for screen readers and for anyone who prefers numbers. */
function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: { head: string[]; rows: (string | number)[][] };
  children: React.ReactNode;
}) {
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-t`} aria-describedby={`${id}-s`}>
      <div className="chart-head">
        <h3 id={`${id}-t`}>{title}</h3>
        <button type="button" className="link-btn" aria-expanded={showTable} onClick={() => setShowTable((s) => !s)}>
          {showTable ? 'Hide numbers' : 'Show numbers'}
        </button>
      </div>
      <p id={`${id}-s`} className="muted small chart-summary">
        {summary}
      </p>
      {/* The drawing is for the eye; the summary and the table carry the same facts for everyone else. */}
      <div aria-hidden="true" className="chart-drawing">
        {children}
      </div>
      {showTable ? (
        <ScrollRegion label={`${title}: numbers`}>
          <table className="table chart-table" aria-label={`${title}: numbers`}>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
    </figure>
  );
}

/** `incomplete`: the diagnosis finds this period's data incomplete; marked with * and a hollow dot. */
export type TrendPoint = { period: string; value: number | null; expectation: number | null; median: number | null; incomplete?: boolean };

/** The rep's dot: filled, or hollow on an incomplete period. */
function RepDot(props: { cx?: number; cy?: number; payload?: TrendPoint; index?: number }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || payload?.value === null || payload?.value === undefined) return <g key={props.index} />;
  const hollow = payload.incomplete === true;
  return (
    <circle key={props.index} cx={cx} cy={cy} r={hollow ? 3.5 : 2.5} fill={hollow ? '#fff' : COLORS.rep} stroke={COLORS.rep} strokeWidth={1.5} />
  );
}

export function TrendChart({
  title,
  data,
  unit,
  summary,
  medianLabel = 'Team median',
}: {
  title: string;
  data: TrendPoint[];
  unit: ValueUnit;
  summary: string;
  /** Whose median the team line is: "Median of the role AE". */
  medianLabel?: string;
}) {
  const fmt = useFormat();
  const hasExpectation = data.some((d) => d.expectation !== null);
  const incomplete = new Set(data.filter((d) => d.incomplete).map((d) => d.period));
  const periodName = (p: string) => `${fmt.period(p)}${incomplete.has(p) ? ' (incomplete data)' : ''}`;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      table={{
        head: ['Period', 'Rep', 'Expectation', medianLabel],
        rows: data.map((d) => [periodName(d.period), fmt.value(d.value, unit), fmt.value(d.expectation, unit), fmt.value(d.median, unit)]),
      }}
    >
      <ResponsiveContainer width="100%" height={150} initialDimension={{ width: 300, height: 150 }}>
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#eceff3" vertical={false} />
          <XAxis
            dataKey="period"
            tick={{ fontSize: 11, fill: AXIS }}
            tickLine={false}
            axisLine={false}
            tickFormatter={(p: string) => `${fmt.periodShort(p)}${incomplete.has(p) ? '*' : ''}`}
            minTickGap={12}
          />
          <YAxis tick={{ fontSize: 11, fill: AXIS }} tickLine={false} axisLine={false} width={52} tickFormatter={(v: number) => fmt.tick(v, unit)} />
          <Tooltip formatter={(v) => fmt.value(typeof v === 'number' ? v : null, unit)} labelFormatter={(p) => periodName(String(p))} />
          <Line
            type="monotone"
            dataKey="value"
            name="Rep"
            stroke={COLORS.rep}
            strokeWidth={2.5}
            dot={<RepDot />}
            connectNulls={false}
            isAnimationActive={false}
          />
          {hasExpectation ? (
            <Line
              type="stepAfter"
              dataKey="expectation"
              name="Expectation"
              stroke={COLORS.expectation}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          ) : null}
          <Line
            type="monotone"
            dataKey="median"
            name={medianLabel}
            stroke={COLORS.median}
            strokeDasharray="2 3"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export type FunnelStage = { label: string; rep: number | null; benchmark: number | null };

export function FunnelChart({ stages, summary }: { stages: FunnelStage[]; summary: string }) {
  const fmt = useFormat();
  return (
    <ChartFigure
      title="Funnel this period"
      summary={summary}
      table={{ head: ['Stage', 'Rep', 'Benchmark'], rows: stages.map((s) => [s.label, fmt.count(s.rep), fmt.count(s.benchmark)]) }}
    >
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 420, height: 220 }}>
        <BarChart data={stages} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} barCategoryGap={8} accessibilityLayer={false}>
          <CartesianGrid stroke="#eceff3" horizontal={false} />
          <XAxis
            type="number"
            tick={{ fontSize: 11, fill: AXIS }}
            tickLine={false}
            axisLine={false}
            tickFormatter={(v: number) => fmt.tick(v, 'count')}
          />
          <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12, fill: '#4a5465' }} tickLine={false} axisLine={false} />
          <Tooltip formatter={(v) => fmt.count(typeof v === 'number' ? v : null)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="rep" name="Rep" fill={COLORS.rep} radius={[0, 4, 4, 0]} isAnimationActive={false} />
          <Bar dataKey="benchmark" name="Benchmark" fill="#c9d3e6" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** kind 'timing': the closing-pace factor — shown so the bars add up, never judged. */
export type DecompositionTerm = { label: string; value: number | null; kind: 'effort' | 'skill' | 'timing'; note?: string };

export function DecompositionChart({ terms, summary }: { terms: DecompositionTerm[]; summary: string }) {
  const fmt = useFormat();
  const data = terms.map((t) => ({ ...t, pct: t.value === null ? null : (Math.exp(t.value) - 1) * 100 }));
  return (
    <ChartFigure
      title="Where the shortfall comes from"
      summary={summary}
      table={{
        head: ['Factor', 'Kind', 'Against benchmark'],
        rows: data.map((d) => [d.label, d.kind, d.pct === null ? (d.note ?? 'cannot be computed') : fmt.change(d.pct / 100)]),
      }}
    >
      <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 420, height: 200 }}>
        <BarChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#eceff3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#4a5465' }} tickLine={false} axisLine={false} interval={0} />
          <YAxis
            tick={{ fontSize: 11, fill: AXIS }}
            tickLine={false}
            axisLine={false}
            width={48}
            tickFormatter={(v: number) => fmt.change(v / 100)}
          />
          <ReferenceLine y={0} stroke="#9aa4b4" />
          <Tooltip formatter={(v) => (typeof v === 'number' ? `${fmt.change(v / 100)} against the benchmark` : 'cannot be computed')} />
          <Bar dataKey="pct" name="Against benchmark" isAnimationActive={false} radius={[4, 4, 0, 0]}>
            {data.map((d) => (
              <Cell
                key={d.label}
                fill={
                  d.kind === 'timing'
                    ? COLORS.timing
                    : d.pct !== null && d.pct >= 0
                      ? COLORS.good
                      : d.kind === 'effort'
                        ? COLORS.effort
                        : COLORS.skill
                }
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
