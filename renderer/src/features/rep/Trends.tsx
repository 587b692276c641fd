import type { Assessment, HistoryPoint, StatKey } from '@shared/domain/diagnosis';
import { trendSummary } from '@shared/domain/diagnosis';
import { peerMedianLabel, peerMedianName } from '@shared/domain/metrics';
import { peerGroupName } from '@shared/domain/team';
import { useFormat } from '@renderer/ui/format';
import { TrendChart } from './charts';
import { unitOf } from './units';

/** The trend charts, grouped so a person can scan what the rep does, how it converts, and what it yields. */
const TREND_GROUPS: { id: string; title: string; charts: { key: StatKey; title: string }[] }[] = [
  {
    id: 'activity',
    title: 'Activity',
    charts: [
      { key: 'meetingsHeld', title: 'Meetings held' },
      { key: 'activities', title: 'Calls + emails' },
      { key: 'opportunitiesCreated', title: 'Opportunities created' },
    ],
  },
  {
    id: 'conversion',
    title: 'Conversion',
    charts: [
      { key: 'conversionHeld', title: 'Meeting → opportunity' },
      { key: 'closedWinRate', title: 'Win rate' },
      { key: 'cycleDaysMedian', title: 'Days to close (median)' },
    ],
  },
  {
    id: 'results',
    title: 'Results',
    charts: [
      { key: 'revenue', title: 'Won revenue' },
      { key: 'dealsWon', title: 'Deals won' },
      { key: 'dealSize', title: 'Average deal size' },
    ],
  },
];

/** `peers`: whose median the team line is ("the median of the role AE"), named as every text names it. */
export function Trends({ points, incomplete, peers }: { points: HistoryPoint[]; incomplete: ReadonlySet<string>; peers: Assessment['peers'] }) {
  const median = peerMedianName(peerGroupName(peers));
  const medianLabel = peerMedianLabel(peerGroupName(peers));
  const fmt = useFormat();
  const has = (k: StatKey) => points.some((p) => p.metrics[k]?.value !== null && p.metrics[k]?.value !== undefined);
  const groups = TREND_GROUPS.map((g) => ({ ...g, charts: g.charts.filter((c) => has(c.key)) })).filter((g) => g.charts.length);
  if (!groups.length) return null;
  return (
    <section aria-labelledby="trends-title" className="trends">
      <div className="trends-head">
        <h2 id="trends-title" className="section-title">
          Trends
        </h2>
        <p className="muted small trend-legend" aria-hidden="true">
          <span className="key key-rep" /> Rep <span className="key key-expectation" /> Expected <span className="key key-median" /> {medianLabel}
        </p>
        {points.some((p) => incomplete.has(p.period)) ? (
          <p className="muted small">
            * and a hollow dot: a period whose data looks incomplete (the whole team’s opportunities created are under half of a usual period: the
            export starts or ends there). The one-line summaries leave it out.
          </p>
        ) : null}
      </div>
      {groups.map((g) => (
        <section key={g.id} className="trend-group" aria-labelledby={`trend-${g.id}`}>
          <h3 id={`trend-${g.id}`} className="trend-group-title">
            {g.title}
          </h3>
          <div className="small-multiples">
            {g.charts.map((t) => (
              <TrendChart
                key={t.key}
                title={t.title}
                unit={unitOf(t.key)}
                summary={trendSummary(t.title, points, t.key, unitOf(t.key), fmt, incomplete, median)}
                medianLabel={medianLabel}
                data={points.map((p) => ({
                  period: p.period,
                  value: p.metrics[t.key]?.value ?? null,
                  expectation: p.metrics[t.key]?.expectation ?? null,
                  median: p.metrics[t.key]?.teamMedian ?? null,
                  incomplete: incomplete.has(p.period),
                }))}
              />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
