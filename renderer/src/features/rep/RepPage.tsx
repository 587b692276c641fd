import { ArrowLeft, ClipboardList, Pencil } from 'lucide-react';
import { useMemo } from 'react';
import type { Assessment, HistoryPoint, RepDiagnosis, StatKey } from '../../../../shared/domain/diagnosis';
import { STAT_DEFINITIONS, STAT_LABELS, TERM_SHORT_LABELS, inGap } from '../../../../shared/domain/diagnosis';
import { hrefFor } from '../../app/router';
import { useAppStore } from '../../app/store';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { VerdictBadge } from '../../ui/VerdictBadge';
import { useDiagnosisData, useRepHistory, useTeamDiagnosis } from '../diagnosis/useDiagnosis';
import { STAGE_LABEL } from '../team/model';
import { DecompositionChart, formatValue, FunnelChart, TrendChart, type Format } from './charts';
import { CohortCard } from './CohortCard';
import { OverrideControl } from './OverrideControl';
import { RepTargets } from './RepTargets';
import { findExpectation } from '../../../../shared/domain/diagnosis';

const FORMATS: Partial<Record<StatKey, Format>> = {
  revenue: 'money',
  revenueWon: 'money',
  quota: 'money',
  effectiveQuota: 'money',
  avgDealSize: 'money',
  dealSize: 'money',
  pipeline: 'money',
  winRate: 'pct',
  closedWinRate: 'pct',
  winPerOpportunity: 'pct',
  conversionHeld: 'pct',
  conversionBooked: 'pct',
  conversionActivities: 'pct',
  cycleDaysMedian: 'days',
  pipelineCoverage: 'ratio',
  csat: 'ratio',
};
const SHORT_TERM = TERM_SHORT_LABELS;

const fmtOf = (k: StatKey): Format => FORMATS[k] ?? 'int';

const TRENDS: { key: StatKey; title: string }[] = [
  { key: 'revenue', title: 'Won revenue' },
  { key: 'meetingsHeld', title: 'Meetings held' },
  { key: 'activities', title: 'Calls + emails' },
  { key: 'opportunitiesCreated', title: 'Opportunities created' },
  { key: 'closedWinRate', title: 'Win rate' },
  { key: 'dealSize', title: 'Average deal size' },
  { key: 'cycleDaysMedian', title: 'Cycle length (median days)' },
];

function trendSummary(title: string, points: HistoryPoint[], key: StatKey, format: Format): string {
  const withValue = points.filter((p) => p.metrics[key]?.value !== null && p.metrics[key]?.value !== undefined);
  if (withValue.length === 0) return `No ${title.toLowerCase()} in the data.`;
  const first = withValue[0]!;
  const last = withValue[withValue.length - 1]!;
  const lm = last.metrics[key]!;
  const bench = lm.expectation !== null ? `expectation ${formatValue(lm.expectation, format)}` : `team median ${formatValue(lm.teamMedian, format)}`;
  return `${first.period}: ${formatValue(first.metrics[key]?.value, format)}; ${last.period}: ${formatValue(lm.value, format)} against ${bench}.`;
}

function metricRow(a: Assessment, key: StatKey) {
  return a.metrics.find((m) => m.key === key);
}

/** The rep's funnel: every stage a subset of the one before where the data allow (won ⊆ closed). */
function funnelStages(a: Assessment) {
  const d = a.decomposition;
  const first: StatKey[] = d.signal === 'opportunitiesCreated' ? ['opportunitiesCreated'] : [d.signal, 'opportunitiesCreated'];
  const stages = first.map((k) => {
    const m = metricRow(a, k);
    return { label: STAT_LABELS[k], rep: m?.value ?? null, benchmark: m?.benchmark ?? null };
  });
  const won = metricRow(a, 'dealsWon');
  const lost = metricRow(a, 'dealsLost');
  if (d.winRateBasis === 'closed' && won && lost) {
    const closed = won.value !== null && lost.value !== null ? won.value + lost.value : null;
    // The benchmark for closed deals: won at the benchmark, at the benchmark win rate.
    const rate = d.terms.find((t) => t.key === 'opportunityToWin')?.benchmark ?? null;
    stages.push({ label: 'Deals closed (won + lost)', rep: closed, benchmark: won.benchmark !== null && rate ? won.benchmark / rate : null });
  }
  stages.push({ label: STAT_LABELS.dealsWon, rep: won?.value ?? null, benchmark: won?.benchmark ?? null });
  return stages;
}

function Headline({ d }: { d: RepDiagnosis }) {
  const a = d.window;
  return (
    <div className="stat-row">
      {d.attainment === null && a.result.vsTeamMedian !== null ? (
        <div className="stat">
          <div className="stat-value">{Math.round(a.result.vsTeamMedian * 100)}%</div>
          <div className="stat-label">of the team median, trailing {a.windowLength} (no target set)</div>
        </div>
      ) : (
        <div className="stat">
          <div className="stat-value">{d.attainment === null ? '—' : `${Math.round(d.attainment * 100)}%`}</div>
          <div className="stat-label">attainment, trailing {a.windowLength}</div>
        </div>
      )}
      <div className="stat">
        <div className="stat-value">{d.current.result.attainment === null ? '—' : `${Math.round(d.current.result.attainment * 100)}%`}</div>
        <div className="stat-label">attainment, {d.period}</div>
      </div>
      <div className="stat">
        <div className="stat-value">{formatValue(a.result.value, a.result.metric === 'revenue' ? 'money' : 'int')}</div>
        <div className="stat-label">{a.result.metric === 'revenue' ? 'won revenue' : 'opportunities'} in the window</div>
      </div>
      <div className="stat">
        <div className="stat-value">{formatValue(a.result.target, a.result.metric === 'revenue' ? 'money' : 'int')}</div>
        <div className="stat-label">target ({a.result.targetSource ?? 'none set'})</div>
      </div>
      {d.ramp.inRamp ? (
        <div className="stat">
          <div className="stat-value">{Math.round(d.ramp.rampShare * 100)}%</div>
          <div className="stat-label">ramp share (month {d.ramp.tenureMonth})</div>
        </div>
      ) : null}
    </div>
  );
}

export function RepPage({ repId }: { repId: string }) {
  const data = useDiagnosisData();
  const team = useTeamDiagnosis(data, null);
  const history = useRepHistory(data, repId);
  const openRepForm = useAppStore((s) => s.openRepForm);
  const rep = data?.reps.find((r) => r.id === repId) ?? null;
  const d = useMemo(() => team?.reps.find((r) => r.repId === repId) ?? null, [team, repId]);

  if (data === undefined) return null;
  if (!rep) {
    return (
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
    );
  }

  const a = d?.window;
  const points = history?.points ?? [];
  const threshold = data.settings.diagnosis.gapThreshold;
  return (
    <>
      <a className="back-link" href={hrefFor({ page: 'team' })}>
        <ArrowLeft size={16} aria-hidden="true" /> Team
      </a>
      <PageHeader
        title={rep.name}
        subtitle={`${rep.role}${rep.startDate ? ` · started ${rep.startDate}` : ''}${d?.period ? ` · diagnosis for ${d.period}` : ''}`}
        actions={
          <>
            <Button icon={<Pencil size={16} />} onClick={() => openRepForm({ id: rep.id })}>
              Edit details
            </Button>
            <a className="btn btn-primary" href={hrefFor({ page: 'plans', repId: rep.id })}>
              <ClipboardList size={16} aria-hidden="true" /> Prepare a conversation
            </a>
          </>
        }
      />
      {!d || !a ? (
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
          <section className="card" aria-labelledby="verdict-title">
            <div className="verdict-head">
              <h2 id="verdict-title">Diagnosis</h2>
              <VerdictBadge
                verdict={d.verdict}
                detail={d.weakStage && (d.verdict === 'skill' || d.verdict === 'mixed') ? STAGE_LABEL[d.weakStage] : null}
                lowConfidence={d.confidence === 'low'}
                overridden={d.override !== null}
              />
              <span className="muted small">confidence: {d.confidence}</span>
            </div>
            <Headline d={d} />
            <h3 className="section-title">Why</h3>
            <ul className="evidence" aria-label="Evidence">
              {a.evidence.map((sentence, i) => (
                <li key={i}>{sentence}</li>
              ))}
            </ul>
            {a.evidence.some((e) => e.includes(a.rule.text)) ? null : (
              <p className="rule">
                <strong>Rule that fired:</strong> {a.rule.text}
              </p>
            )}
            {a.confidenceNotes.length ? (
              <ul className="notice notice-warn plain-list" aria-label="About the confidence">
                {a.confidenceNotes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
            <OverrideControl key={`${d.override?.id ?? 'none'}-${d.period}`} diagnosis={d} />
          </section>

          {d.warnings.length ? (
            <section className="card" aria-labelledby="warnings-title">
              <h2 id="warnings-title" className="card-title">
                Warning signs
              </h2>
              {d.checkSystemFirst ? (
                <p className="notice notice-info">
                  Check the set-up first: some signs point at the quota, ramp, territory or tooling rather than the rep.
                </p>
              ) : null}
              <ul className="warnings">
                {d.warnings.map((w) => (
                  <li key={w.id} className={`warning warning-${w.kind}`}>
                    <strong>{w.title}</strong>
                    <p>{w.detail}</p>
                    {w.evidence.length ? (
                      <details>
                        <summary>Evidence ({w.evidence.length} rows)</summary>
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
                                <td>{e.period}</td>
                                <td>{STAT_LABELS[e.metric]}</td>
                                <td className="num">{formatValue(e.value, fmtOf(e.metric))}</td>
                                <td className="num">{formatValue(e.benchmark, fmtOf(e.metric))}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </details>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
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
              summary={`The rep's funnel over the trailing ${a.windowLength} periods, next to the benchmark at each stage.${a.decomposition.winRateBasis === 'closed' ? ' Opportunities count when created and deals when they close, so in one window they are different deals; won deals are always part of closed ones.' : ''}`}
            />
          </div>

          <CohortCard assessment={a} />

          <h2 className="section-title">Trends against expectation and the team</h2>
          <div className="chart-grid">
            {TRENDS.filter((t) => points.some((p) => p.metrics[t.key]?.value !== null && p.metrics[t.key]?.value !== undefined)).map((t) => (
              <TrendChart
                key={t.key}
                title={t.title}
                format={fmtOf(t.key)}
                summary={trendSummary(t.title, points, t.key, fmtOf(t.key))}
                data={points.map((p) => ({
                  period: p.period,
                  value: p.metrics[t.key]?.value ?? null,
                  expectation: p.metrics[t.key]?.expectation ?? null,
                  median: p.metrics[t.key]?.teamMedian ?? null,
                }))}
              />
            ))}
          </div>

          <RepTargets key={rep.updatedAt} rep={rep} expectation={findExpectation(data.input.expectations, rep.role)} />

          <section className="card" aria-labelledby="metrics-title">
            <h2 id="metrics-title" className="card-title">
              Every number, trailing {a.windowLength} periods
            </h2>
            <div className="table-wrap flat">
              <table className="table" aria-label="Metrics against benchmarks">
                <thead>
                  <tr>
                    <th scope="col">Metric</th>
                    <th scope="col" className="num">
                      Rep
                    </th>
                    <th scope="col" className="num">
                      Expectation
                    </th>
                    <th scope="col" className="num">
                      Team median
                    </th>
                    <th scope="col" className="num">
                      Team quartiles
                    </th>
                    <th scope="col" className="num">
                      Against benchmark
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.metrics
                    .filter((m, i, all) => m.value !== null && all.findIndex((x) => x.label === m.label) === i)
                    .map((m) => (
                      <tr key={m.key}>
                        <td>
                          <details className="definition">
                            <summary>{m.label}</summary>
                            <span className="muted small">
                              {STAT_DEFINITIONS[m.key]}{' '}
                              {m.benchmarkSource === 'team-median'
                                ? 'Judged against the team median.'
                                : m.benchmarkSource === 'expectation'
                                  ? 'Judged against the expectation.'
                                  : ''}
                            </span>
                          </details>
                        </td>
                        <td className="num">{formatValue(m.value, fmtOf(m.key))}</td>
                        <td className="num">{formatValue(m.expectation, fmtOf(m.key))}</td>
                        <td className="num">{formatValue(m.teamMedian, fmtOf(m.key))}</td>
                        <td className="num">
                          {formatValue(m.teamQ1, fmtOf(m.key))} – {formatValue(m.teamQ3, fmtOf(m.key))}
                        </td>
                        <td className={`num ${m.key !== 'closingPace' && inGap(m.value, m.benchmark, threshold, m.higherIsBetter) ? 'att-low' : ''}`}>
                          {m.gap === null ? '—' : `${m.gap >= 0 ? '+' : ''}${Math.round(m.gap * 100)}%`}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </>
  );
}
