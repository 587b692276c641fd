import { ArrowLeft, ClipboardList, Pencil } from 'lucide-react';
import { useMemo } from 'react';
import type { Assessment, HistoryPoint, RepDiagnosis, StatKey } from '@shared/domain/diagnosis';
import { findExpectation, inGap, STAT_DEFINITIONS, STAT_LABELS, TERM_SHORT_LABELS, trendSummary } from '@shared/domain/diagnosis';
import type { ValueUnit } from '@shared/lib/format';
import { hrefFor, navigate } from '@renderer/state/router';
import { useAppStore } from '@renderer/state/store';
import { Button } from '@renderer/ui/Button';
import { EmptyState } from '@renderer/ui/EmptyState';
import { useFormat } from '@renderer/ui/format';
import { PageHeader } from '@renderer/ui/PageHeader';
import { PeriodSelect } from '@renderer/ui/PeriodSelect';
import { ScrollRegion } from '@renderer/ui/ScrollRegion';
import { VerdictBadge } from '@renderer/ui/VerdictBadge';
import { periodChoices, useDiagnosisData, useDiagnosisFor, useRepHistory, useTeamDiagnosis } from '../diagnosis';
import { STAGE_LABEL } from '../team';
import { benchmarkSourceName, peerMedianLabel, peerMedianName } from '@shared/domain/metrics';
import { peerGroupName, peerSentence } from '@shared/domain/team';
import { DecompositionChart, FunnelChart, TrendChart } from './charts';
import { AssignedPractice } from '../roleplay';
import { CohortCard } from './CohortCard';
import { OverrideControl } from './OverrideControl';
import { RepTargets } from './RepTargets';
import { SelfAssessmentCard } from './SelfAssessment';
import { RepTimeline } from './Timeline';
import { WinsLog } from './WinsLog';
import './followup.css';
import { topReasons, verdictSentence } from './verdict';

const UNITS: Partial<Record<StatKey, ValueUnit>> = {
  revenue: 'money',
  revenueWon: 'money',
  quota: 'money',
  effectiveQuota: 'money',
  avgDealSize: 'money',
  dealSize: 'money',
  pipeline: 'money',
  winRate: 'rate',
  closedWinRate: 'rate',
  winPerOpportunity: 'rate',
  conversionHeld: 'rate',
  conversionBooked: 'rate',
  conversionActivities: 'rate',
  cycleDaysMedian: 'days',
  pipelineCoverage: 'ratio',
  closingPace: 'score',
  csat: 'score',
};
const SHORT_TERM = TERM_SHORT_LABELS;

export const unitOf = (k: StatKey): ValueUnit => UNITS[k] ?? 'count';

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

/** The rep's funnel: every stage a subset of the one before where the data allow (won ⊆ closed). */
function funnelStages(a: Assessment) {
  const d = a.decomposition;
  const metric = (k: StatKey) => a.metrics.find((x) => x.key === k);
  const first: StatKey[] = d.signal === 'opportunitiesCreated' ? ['opportunitiesCreated'] : [d.signal, 'opportunitiesCreated'];
  const stages = first.map((k) => {
    const m = metric(k);
    return { label: STAT_LABELS[k], rep: m?.value ?? null, benchmark: m?.benchmark ?? null };
  });
  const won = metric('dealsWon');
  const lost = metric('dealsLost');
  if (d.winRateBasis === 'closed' && won && lost) {
    const closed = won.value !== null && lost.value !== null ? won.value + lost.value : null;
    // The benchmark for closed deals: won at the benchmark, at the benchmark win rate.
    const rate = d.terms.find((t) => t.key === 'opportunityToWin')?.benchmark ?? null;
    stages.push({ label: 'Deals closed (won + lost)', rep: closed, benchmark: won.benchmark !== null && rate ? won.benchmark / rate : null });
  }
  stages.push({ label: STAT_LABELS.dealsWon, rep: won?.value ?? null, benchmark: won?.benchmark ?? null });
  return stages;
}

/** The verdict first: one sentence, three reasons; how it was decided one click away. */
function VerdictCard({ d, threshold }: { d: RepDiagnosis; threshold: number }) {
  const fmt = useFormat();
  const a = d.window;
  const reasons = topReasons(d, fmt);
  return (
    <section className="card verdict-card" aria-labelledby="verdict-title">
      <div className="verdict-head">
        <h2 id="verdict-title">The verdict</h2>
        <VerdictBadge
          verdict={d.verdict}
          detail={d.weakStage && (d.verdict === 'skill' || d.verdict === 'mixed') ? STAGE_LABEL[d.weakStage] : null}
          lowConfidence={d.confidence === 'low'}
          overridden={d.override !== null}
        />
      </div>
      <p className="verdict-sentence">{verdictSentence(d, fmt)}</p>
      {d.ramp.inRamp ? (
        <p className="muted small">
          New hire in month {d.ramp.tenureMonth ?? '—'}: held to {fmt.rate(d.ramp.rampShare)} of the full expectation.
        </p>
      ) : null}
      {reasons.length ? (
        <>
          <h3 className="section-title">Why</h3>
          <ol className="reasons" aria-label="Top reasons">
            {reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        </>
      ) : null}
      {d.confidence === 'low' ? (
        <p className="notice notice-warn">This rests on few deals or meetings: treat it as a question to explore, not a settled fact.</p>
      ) : null}
      <p className="muted small peer-line" aria-label="Peer group">
        Team medians on this page: {peerSentence(a.peers)}
      </p>
      <OverrideControl key={`${d.override?.id ?? 'none'}-${d.period}`} diagnosis={d} />
      <details className="how">
        <summary>How this was decided</summary>
        <div className="how-body">
          <ul className="evidence" aria-label="Evidence">
            {a.evidence.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
          {a.evidence.some((e) => e.includes(a.rule.text)) ? null : (
            <p className="rule">
              <strong>Rule that applied:</strong> {a.rule.text}
            </p>
          )}
          {a.confidenceNotes.length ? (
            <ul className="notice notice-warn plain-list" aria-label="About the confidence">
              {a.confidenceNotes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          <div className="chart-grid">
            <DecompositionChart
              summary={
                a.decomposition.notes[0] ??
                `Each bar is one factor of ${a.decomposition.scope === 'revenue' ? 'won revenue' : 'opportunities'} against its benchmark; effort in orange, skill in purple.`
              }
              terms={[
                ...a.decomposition.terms
                  .filter(
                    (t) => t.status !== 'out-of-scope' && !(t.key === 'meetingToOpportunity' && a.decomposition.signal === 'opportunitiesCreated'),
                  )
                  .map((t) => ({
                    label: SHORT_TERM[t.key],
                    value: t.logRatio,
                    kind: t.side,
                    ...(t.note ? { note: `${t.label}: ${t.note}` } : {}),
                  })),
                ...(a.decomposition.pace
                  ? [{ label: 'Closing pace', value: a.decomposition.pace.logRatio, kind: 'timing' as const, note: STAT_DEFINITIONS.closingPace }]
                  : []),
              ]}
            />
            <FunnelChart
              stages={funnelStages(a)}
              summary={`The rep's funnel over ${a.periods.length} periods, next to the benchmark at each stage.${a.decomposition.winRateBasis === 'closed' ? ' Opportunities count when created and deals when they close, so in one window they are different deals; won deals are always part of closed ones.' : ''}`}
            />
          </div>
          <CohortCard assessment={a} />
          <MetricsTable a={a} threshold={threshold} roleLabel={d.role} />
        </div>
      </details>
    </section>
  );
}

function MetricsTable({ a, threshold, roleLabel }: { a: Assessment; threshold: number; roleLabel: string | null }) {
  const fmt = useFormat();
  return (
    <>
      <h3 className="section-title">Every number, {a.periods.length === 1 ? 'this period' : `last ${a.periods.length} periods`}</h3>
      <ScrollRegion label="Metrics against benchmarks" className="flat">
        <table className="table" aria-label="Metrics against benchmarks">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                Rep
              </th>
              <th scope="col" className="num">
                Expected
              </th>
              <th scope="col" className="num">
                {peerMedianLabel(peerGroupName(a.peers))}
              </th>
              <th scope="col" className="num">
                Middle half of the team
              </th>
              <th scope="col" className="num">
                Against benchmark
              </th>
            </tr>
          </thead>
          <tbody>
            {a.metrics
              .filter((m, i, all) => m.value !== null && all.findIndex((x) => x.label === m.label) === i)
              .map((m) => {
                const unit = unitOf(m.key);
                return (
                  <tr key={m.key}>
                    <td>
                      <details className="definition">
                        <summary>{m.label}</summary>
                        <span className="muted small">
                          {STAT_DEFINITIONS[m.key]}{' '}
                          {m.benchmarkSource === 'team-median'
                            ? `Judged against the median of ${peerGroupName(a.peers)}.`
                            : m.benchmarkSource && m.benchmark !== null
                              ? `Judged against ${benchmarkSourceName(m, roleLabel)}.`
                              : ''}
                        </span>
                      </details>
                    </td>
                    <td className="num" title={fmt.title(m.value, unit)}>
                      {fmt.value(m.value, unit)}
                    </td>
                    <td className="num">{fmt.value(m.expectation, unit)}</td>
                    <td className="num" title={fmt.title(m.teamMedian, unit)}>
                      {fmt.value(m.teamMedian, unit)}
                    </td>
                    <td className="num">
                      {fmt.value(m.teamQ1, unit)} – {fmt.value(m.teamQ3, unit)}
                    </td>
                    <td className={`num ${m.key !== 'closingPace' && inGap(m.value, m.benchmark, threshold, m.higherIsBetter) ? 'att-low' : ''}`}>
                      {fmt.change(m.gap)}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function WarningSigns({ d }: { d: RepDiagnosis }) {
  const fmt = useFormat();
  if (!d.warnings.length) return null;
  return (
    <section className="card" aria-labelledby="warnings-title">
      <h2 id="warnings-title" className="card-title">
        Warning signs
      </h2>
      {d.checkSystemFirst ? (
        <p className="notice notice-info">Check the set-up first: some signs point at the quota, ramp, territory or tooling rather than the rep.</p>
      ) : null}
      <ul className="warnings">
        {d.warnings.map((w) => (
          <li key={w.id} className={`warning warning-${w.kind}`}>
            <strong>{w.title}</strong>
            <p>{w.detail}</p>
            {w.evidence.length ? (
              <details>
                <summary>The numbers ({w.evidence.length})</summary>
                <ScrollRegion label={`Numbers for: ${w.title}`} className="flat">
                  <table className="table chart-table" aria-label={`Evidence for: ${w.title}`}>
                    <thead>
                      <tr>
                        <th scope="col">Period</th>
                        <th scope="col">Metric</th>
                        <th scope="col" className="num">
                          Value
                        </th>
                        <th scope="col" className="num">
                          Compared with
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {w.evidence.map((e, i) => (
                        <tr key={i}>
                          <td>{fmt.period(e.period)}</td>
                          <td>{STAT_LABELS[e.metric]}</td>
                          <td className="num">{fmt.value(e.value, unitOf(e.metric))}</td>
                          <td className="num">{fmt.value(e.benchmark, unitOf(e.metric))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** `peers`: whose median the team line is ("the median of the role AE"), named as every text names it. */
function Trends({ points, incomplete, peers }: { points: HistoryPoint[]; incomplete: ReadonlySet<string>; peers: Assessment['peers'] }) {
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

export function RepPage({ repId, period = null }: { repId: string; period?: string | null }) {
  const fmt = useFormat();
  const data = useDiagnosisFor(useDiagnosisData(), period);
  const team = useTeamDiagnosis(data, period);
  const history = useRepHistory(data, repId);
  const openRepForm = useAppStore((s) => s.openRepForm);
  const rep = data?.reps.find((r) => r.id === repId) ?? null;
  const d = useMemo(() => team?.reps.find((r) => r.repId === repId) ?? null, [team, repId]);
  const shownPeriod = team?.period ?? null;
  const backHref = hrefFor(shownPeriod ? { page: 'team', period: shownPeriod } : { page: 'team' });

  if (data === undefined) {
    return (
      <p className="muted" role="status">
        Loading this rep…
      </p>
    );
  }
  if (!rep) {
    return (
      <>
        <PageHeader title="Rep not found" />
        <EmptyState
          title="This rep is not in your team"
          actions={
            <a className="btn" href={hrefFor({ page: 'team' })}>
              Back to the team
            </a>
          }
        >
          They may have been removed.
        </EmptyState>
      </>
    );
  }

  const points = history?.points ?? [];
  const incomplete = new Set(team?.incompletePeriods ?? []);
  return (
    <>
      <a className="back-link" href={backHref}>
        <ArrowLeft size={16} aria-hidden="true" /> Team
      </a>
      <PageHeader
        title={rep.name}
        subtitle={`${rep.role}${rep.startDate ? ` · started ${fmt.date(rep.startDate)}` : ''}`}
        actions={
          <>
            <Button icon={<Pencil size={16} />} onClick={() => openRepForm({ id: rep.id })}>
              Edit details
            </Button>
            <a
              className="btn btn-primary"
              href={hrefFor(shownPeriod ? { page: 'plans', repId: rep.id, period: shownPeriod } : { page: 'plans', repId: rep.id })}
            >
              <ClipboardList size={16} aria-hidden="true" /> Prepare a conversation
            </a>
          </>
        }
      />
      {!d ? (
        <EmptyState
          title="No metrics for this rep yet"
          actions={
            <a className="btn" href={hrefFor({ page: 'import' })}>
              Import metrics
            </a>
          }
        >
          Import a CRM export or a metrics sheet that includes {rep.name} to see a diagnosis.
        </EmptyState>
      ) : (
        <div className="stack">
          <div className="toolbar">
            <PeriodSelect
              periods={data.periods}
              {...periodChoices(data)}
              value={shownPeriod}
              onChange={(p) => navigate({ page: 'rep', repId, period: p })}
            />
            <p className="muted small">Judged over {fmt.periodRange(team?.windowPeriods[0] ?? shownPeriod ?? '', shownPeriod ?? '')}.</p>
          </div>
          <VerdictCard d={d} threshold={data.settings.diagnosis.gapThreshold} />
          <WarningSigns d={d} />
          <Trends points={points} incomplete={incomplete} peers={d.window.peers} />
          <RepTargets key={rep.updatedAt} rep={rep} expectation={findExpectation(data.input.expectations, rep.role)} />
        </div>
      )}
      <AssignedPractice repId={rep.id} repName={rep.name} />
      <WinsLog repId={rep.id} repName={rep.name} />
      <SelfAssessmentCard repId={rep.id} repName={rep.name} />
      <RepTimeline repId={rep.id} repName={rep.name} />
    </>
  );
}
