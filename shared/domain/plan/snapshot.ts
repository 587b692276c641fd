import type { MetricComparison, RepDiagnosis } from '../diagnosis';
import type { PeriodKind } from '@shared/schemas/common';
import type { FactsSnapshot, SnapshotMetric } from '@shared/schemas/plan';
import { isFlow, unitOfMetric } from '../metrics';

/** FNV-1a over a string, as 8 hex digits: cheap and deterministic (not for security). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function fingerprintOf(s: Pick<FactsSnapshot, 'period' | 'verdict' | 'weakStage' | 'metrics'>): string {
  const body = [s.period ?? '', s.verdict, s.weakStage ?? '', ...s.metrics.map((m) => `${m.key}=${m.value ?? '∅'}/${m.benchmark ?? '∅'}`)].join('|');
  return `${body.length}-${fnv1a(body)}`;
}

function toSnapshotMetric(m: MetricComparison): SnapshotMetric {
  return {
    key: m.key,
    label: m.label,
    unit: unitOfMetric(m.key),
    higherIsBetter: m.higherIsBetter,
    value: m.value,
    expectation: m.expectation,
    teamMedian: m.teamMedian,
    benchmark: m.benchmark,
    benchmarkSource: m.benchmarkSource,
    ...(m.benchmarkOrigin !== undefined ? { benchmarkOrigin: m.benchmarkOrigin, rampAdjusted: m.rampAdjusted ?? false } : {}),
    ...(m.peerGroup ? { peerGroup: m.peerGroup.slice(0, 200) } : {}),
    gap: m.gap,
    basis: isFlow(m.key) ? 'flow' : 'level',
  };
}

export type SnapshotOptions = {
  /** The manager's gap threshold (Settings → diagnosis); the plan's gaps are judged with it. */
  gapThreshold?: number | undefined;
};

/**
 * Freezes what the diagnosis says about one rep now: the figures of the window the Rep page
 * shows, each beside its expectation, team median and the benchmark actually used. This one set
 * is every number of the plan (no single-period figures: periodMetrics stays empty).
 */
export function snapshotFromDiagnosis(d: RepDiagnosis, periodKind: PeriodKind | null, now: Date, opts: SnapshotOptions = {}): FactsSnapshot {
  const a = d.window;
  const metrics = a.metrics.map(toSnapshotMetric);
  const core = { period: d.period, verdict: d.verdict, weakStage: d.weakStage, metrics };
  return {
    source: 'diagnosis',
    takenAt: now.toISOString(),
    repName: d.name,
    roleLabel: d.role || null,
    period: d.period,
    periodKind,
    windowPeriods: [...a.periods],
    verdict: d.verdict,
    weakStage: d.weakStage,
    confidence: d.confidence,
    overrideReason: d.override?.reason ?? null,
    rule: a.rule.text,
    attainment: d.attainment,
    metrics,
    periodMetrics: [],
    ...(opts.gapThreshold !== undefined ? { gapThreshold: opts.gapThreshold } : {}),
    evidence: [...a.evidence],
    warnings: d.warnings.map((w) => ({ id: w.id, kind: w.kind, title: w.title, detail: w.detail })),
    fingerprint: fingerprintOf(core),
  };
}

/** The peer group the snapshot's medians come from, as it was taken ("the role AE"); null in plans from before it was kept. */
export function snapshotPeerGroup(s: Pick<FactsSnapshot, 'metrics'>): string | null {
  return s.metrics.find((m) => m.peerGroup)?.peerGroup ?? null;
}

export type SnapshotChange =
  | { kind: 'verdict'; label: string; before: string; after: string }
  | { kind: 'period'; label: string; before: string | null; after: string | null }
  | { kind: 'metric'; key: string; label: string; unit: SnapshotMetric['unit']; before: number | null; after: number | null };

/** What is different in newer data: verdict, period and every metric whose value changed. */
export function diffSnapshots(before: FactsSnapshot, after: FactsSnapshot): SnapshotChange[] {
  if (before.fingerprint === after.fingerprint) return [];
  const out: SnapshotChange[] = [];
  if (before.period !== after.period) out.push({ kind: 'period', label: 'Period', before: before.period, after: after.period });
  const verdictOf = (s: FactsSnapshot) => (s.weakStage ? `${s.verdict} (${s.weakStage})` : s.verdict);
  if (verdictOf(before) !== verdictOf(after)) out.push({ kind: 'verdict', label: 'Diagnosis', before: verdictOf(before), after: verdictOf(after) });
  const old = new Map(before.metrics.map((m) => [m.key, m]));
  for (const m of after.metrics) {
    const prev = old.get(m.key);
    const was = prev ? prev.value : null;
    if (!sameNumber(was, m.value)) out.push({ kind: 'metric', key: m.key, label: m.label, unit: m.unit, before: was, after: m.value });
    old.delete(m.key);
  }
  for (const m of old.values())
    if (m.value !== null) out.push({ kind: 'metric', key: m.key, label: m.label, unit: m.unit, before: m.value, after: null });
  return out;
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
