// What `candor diagnose --json` prints: per rep the verdict, each metric with what it is judged
// against and whose number that is, the creation cohort and the funnel terms (rates as fractions,
// log-ratios to three decimals).
import type { MetricComparison, RepDiagnosis, TeamDiagnosis } from '../shared/domain/diagnosis/index';
import { peerGroupName, peerSentence } from '../shared/domain/team';
import { benchmarkSourceOver, type BenchmarkSourceFacts } from '../shared/domain/metrics';
import { formatPeriodRange } from '../shared/lib/format';
import type { Benchmark } from './diagnose-table';

const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** JSON key of a metric: the conventional win rate (won ÷ closed) is `winRate`; the rest keep the engine's key. */
const jsonKey = (m: MetricComparison): string => (m.key === 'closedWinRate' ? 'winRate' : m.key);

/**
 * Per metric of the window: value, what it is judged against and whose number that is
 * (benchmarkOrigin: role, rep, data or team-median), named as the app names it ("AE target over
 * Aug to Oct 2017"); rates as fractions.
 */
function metricsOf(a: RepDiagnosis['window'], roleLabel: string | null = null, periodLabel = '') {
  const out: Record<string, ReturnType<typeof entry>> = {};
  const entry = (value: number | null, m: BenchmarkSourceFacts & { benchmark: number | null }) => {
    const named = m.benchmark !== null && m.benchmarkSource !== null;
    const origin = named ? (m.benchmarkOrigin ?? null) : null;
    const from = named ? benchmarkSourceOver(m, roleLabel, periodLabel) : null;
    return { value, benchmark: m.benchmark, benchmarkSource: m.benchmarkSource, benchmarkOrigin: origin, benchmarkFrom: from };
  };
  const none = { benchmark: null, benchmarkSource: null };
  for (const m of a.metrics) {
    if (m.key === 'winRate') continue; // the stated rate of a sheet; closedWinRate is the one win rate
    out[jsonKey(m)] = entry(m.value, m);
  }
  // The creation cohort (deal records with created dates): counts are not judged; the rate only
  // against the team median, and only when the cohort is mature.
  const c = a.cohort;
  if (c) {
    out.cohortWon = entry(c.won, none);
    out.cohortLost = entry(c.lost, none);
    out.cohortOpen = entry(c.open, none);
    out.cohortWinRate = entry(c.winRate, {
      benchmark: c.benchmark,
      benchmarkSource: c.benchmarkSource,
      benchmarkOrigin: 'team-median',
      peerGroup: peerGroupName(a.peers),
    });
  }
  return out;
}

/** The creation cohort of the window, or null where the data have no created dates. */
function cohortOf(a: RepDiagnosis['window']) {
  const c = a.cohort;
  if (!c) return null;
  return {
    periods: c.periods,
    dataEnd: c.dataEnd,
    created: c.created,
    won: c.won,
    lost: c.lost,
    open: c.open,
    winRate: c.winRate,
    openShare: c.openShare,
    immature: c.immature,
    teamMedian: c.teamMedian,
  };
}

/** "Aug to Oct 2017": the window a rep's figures cover. */
const windowLabel = (p: readonly string[], locale?: string) => (p.length ? formatPeriodRange(p[0]!, p[p.length - 1]!, locale) : '');

/** The JSON the command prints. */
export function diagnoseJson(team: TeamDiagnosis, benchmark: Benchmark, locale?: string) {
  return {
    period: team.period,
    periodKind: team.periodKind,
    window: team.window,
    windowPeriods: team.windowPeriods,
    benchmark,
    effortSignal: team.effortSignal,
    incompletePeriods: team.incompletePeriods,
    incompleteHead: team.incompleteHead,
    incompleteTail: team.incompletePeriods.filter((p) => !team.incompleteHead.includes(p)),
    notes: team.notes,
    reps: team.reps.map((r) => ({
      rep: r.name,
      role: r.role,
      verdict: r.verdict,
      weakStage: r.weakStage,
      confidence: r.confidence,
      attainment: r3(r.attainment),
      currentPeriod: {
        verdict: r.current.verdict,
        weakStage: r.current.weakStage,
        confidence: r.current.confidence,
        attainment: r3(r.current.result.attainment),
      },
      metrics: metricsOf(r.window, r.role || null, windowLabel(r.window.periods, locale)),
      /** Whose median the comparisons use, and why a narrower group was passed over. */
      peers: peerSentence(r.window.peers),
      cohort: cohortOf(r.window),
      terms: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.logRatio)])),
      closingPace: r3(r.window.decomposition.pace?.logRatio ?? null),
      termStatus: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, t.status])),
      shareOfShortfall: Object.fromEntries(r.window.decomposition.terms.map((t) => [t.key, r3(t.shareOfShortfall)])),
      checkSystemFirst: r.checkSystemFirst,
      warnings: r.warnings,
      evidence: r.window.evidence,
    })),
  };
}
