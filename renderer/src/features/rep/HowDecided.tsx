import type { Assessment, RepDiagnosis, StatKey } from '@shared/domain/diagnosis';
import { STAT_DEFINITIONS, STAT_LABELS, TERM_SHORT_LABELS } from '@shared/domain/diagnosis';
import { DecompositionChart, FunnelChart } from './charts';
import { CohortCard } from './CohortCard';
import { MetricsTable } from './MetricsTable';

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

/** The factors of the shortfall, each against its benchmark (closing pace when the data carry it). */
function decompositionTerms(a: Assessment) {
  const d = a.decomposition;
  return [
    ...d.terms
      .filter((t) => t.status !== 'out-of-scope' && !(t.key === 'meetingToOpportunity' && d.signal === 'opportunitiesCreated'))
      .map((t) => ({
        label: TERM_SHORT_LABELS[t.key],
        value: t.logRatio,
        kind: t.side,
        ...(t.note ? { note: `${t.label}: ${t.note}` } : {}),
      })),
    ...(d.pace ? [{ label: 'Closing pace', value: d.pace.logRatio, kind: 'timing' as const, note: STAT_DEFINITIONS.closingPace }] : []),
  ];
}

/** "How this was decided": the evidence, the rule, the confidence, the charts and every number. */
export function HowDecided({ d, threshold }: { d: RepDiagnosis; threshold: number }) {
  const a = d.window;
  return (
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
            terms={decompositionTerms(a)}
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
  );
}
